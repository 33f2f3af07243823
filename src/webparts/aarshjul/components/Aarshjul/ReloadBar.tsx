import * as React from 'react';
import { keyframes, mergeStyleSets, useTheme } from '@fluentui/react';

const slide = keyframes({ '0%': { left: '-30%' }, '100%': { left: '100%' } });

/**
 * The thin »reloading« bar above the wheel while a save or another year reloads: an indeterminate progress bar in
 * the theme's accent, 10 px tall like the space it replaces. Our own, not Fluent's ProgressIndicator: that is 3.4 KB
 * of first-load code for one animated line. Still without motion when the user asks for reduced motion.
 */
export function ReloadBar(props: { label: string }): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets({
    root: { height: 10, display: 'flex', alignItems: 'center' },
    track: { position: 'relative', overflow: 'hidden', height: 2, width: '100%', background: theme.palette.neutralLight },
    bar: {
      position: 'absolute', top: 0, height: 2, width: '30%', background: theme.palette.themePrimary,
      animationName: slide, animationDuration: '2s', animationIterationCount: 'infinite', animationTimingFunction: 'linear',
      selectors: {
        '@media (prefers-reduced-motion: reduce)': { animationName: 'none', left: 0, width: '100%', opacity: 0.6 },
        '@media (forced-colors: active)': { background: 'Highlight' }
      }
    }
  }), [theme]);
  return (
    <div className={classes.root}>
      <div className={classes.track} role="progressbar" aria-label={props.label} aria-valuetext={props.label}>
        <div className={classes.bar} />
      </div>
    </div>
  );
}
