import * as React from 'react';
import { mergeStyleSets, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import type { ItemShape } from '../../model/entries';
import { ringLabel } from '../../model/labels';
import type { IRingColors } from '../../model/ringColors';
import { ShapeIcon } from '../ShapeIcon';

/** Props of {@link Legend}. */
export interface ILegendProps {
  rings: readonly string[];
  colors: ReadonlyMap<string, IRingColors>;
  strings: IAarshjulWebPartStrings;
  /** A ring whose items are still loading (the Møder ring while Graph answers): a small spinner beside its name. */
  loadingRing?: string;
}

/** The wheel's legend: the rings from the centre out with their colours, and what each shape means. */
export function Legend(props: ILegendProps): React.ReactElement {
  const { strings, colors } = props;
  const theme = useTheme();
  const text = theme.semanticColors.bodyText;
  const bg = theme.semanticColors.bodyBackground;
  const classes = React.useMemo(() => mergeStyleSets({
    root: { display: 'flex', flexWrap: 'wrap', gap: '4px 24px', justifyContent: 'center', margin: '8px 0' },
    list: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', margin: 0, padding: 0 },
    item: { display: 'flex', alignItems: 'center', gap: 6, fontSize: 12 }
  }), []);
  const shapes: [ItemShape, string][] = [
    ['period', strings.LegendPeriod], ['deadline', strings.TypeDeadline], ['milestone', strings.TypeMilestone],
    ['meeting', strings.TypeMeeting]
  ];
  return (
    <div className={classes.root} role="group" aria-label={strings.Legend}>
      <ol className={classes.list} aria-label={strings.FilterRings}>
        {props.rings.map(ring => (
          <li key={ring} className={classes.item}>
            <ShapeIcon shape="period" color={colors.get(ring)?.item ?? text} background={bg} />{ringLabel(ring, strings)}
            {/* Spoken by the notice above the wheel; here it only shows which ring is still coming. */}
            {ring === props.loadingRing && <span aria-hidden="true"><Spinner size={SpinnerSize.xSmall} title={strings.MeetingsLoading} /></span>}
          </li>
        ))}
      </ol>
      <ul className={classes.list} aria-label={strings.FieldType}>
        {shapes.map(([shape, label]) => (
          <li key={shape} className={classes.item}><ShapeIcon shape={shape} color={text} background={bg} />{label}</li>
        ))}
        <li className={classes.item}><ShapeIcon shape="deadline" color={text} background={bg} done={true} />{strings.LegendDone}</li>
      </ul>
    </div>
  );
}
