import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { IWheelLayout } from '../../../../domain/wheel';
import type { IRingColors } from '../../model/ringColors';
import { ensureContrast, isHighContrastTheme } from '../../../../common/HostThemeProvider';

/** Props of {@link WheelBackground}. */
export interface IWheelBackgroundProps {
  layout: IWheelLayout;
  colors: ReadonlyMap<string, IRingColors>;
  theme: ITheme;
  yearLabel: string;
  todayLabel: string;
}

const rotate = (deg: number, x: number, y: number): string => `rotate(${deg.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})`;

/**
 * The wheel's static layers: ring bands, month (or day) and ISO week segments with labels, the hub with the year and
 * the today line. Memoised: it changes only with the layout or the theme, never on hover or focus.
 */
function WheelBackgroundImpl(props: IWheelBackgroundProps): React.ReactElement {
  const { layout, theme, colors } = props;
  const s = theme.semanticColors;
  const p = theme.palette;
  const c = layout.center;
  // Fluent's shared red is the same in every theme; lighten it where the page is dark.
  const todayColor = ensureContrast(p.redDark, s.bodyBackground);
  // Segments are told apart by background shades, which high contrast flattens to black: outline them instead.
  const separator = isHighContrastTheme(theme) ? s.bodyText : s.bodyBackground;
  return (
    <g aria-hidden="true" data-layer="background">
      {layout.rings.map(ring => (
        <path key={ring.name} data-ring={ring.name} d={ring.path} fill={colors.get(ring.name)?.band ?? p.neutralLighterAlt}
          stroke={p.neutralQuaternaryAlt} strokeWidth={0.5} />
      ))}
      {layout.months.map((m, i) => (
        <g key={m.key}>
          <path d={m.path} fill={m.weekend || m.holiday ? p.neutralLight : i % 2 === 0 ? p.neutralLighter : p.neutralLighterAlt}
            stroke={separator} strokeWidth={1} />
          <text x={m.labelX} y={m.labelY} transform={rotate(m.labelRotation, m.labelX, m.labelY)} textAnchor="middle"
            dominantBaseline="central" fontSize={layout.months.length > 12 ? 11 : 15} fill={s.bodyText}
            fontWeight={m.holiday ? 600 : 400}>
            {layout.months.length > 12 ? m.shortLabel : m.label}
          </text>
        </g>
      ))}
      {layout.weeks.map((w, i) => (
        <g key={w.key}>
          <path d={w.path} fill={i % 2 === 0 ? s.bodyBackground : p.neutralLighterAlt} stroke={isHighContrastTheme(theme) ? separator : p.neutralLight} strokeWidth={0.5} />
          <text x={w.labelX} y={w.labelY} transform={rotate(w.labelRotation, w.labelX, w.labelY)} textAnchor="middle"
            dominantBaseline="central" fontSize={9} fill={s.bodySubtext}>{w.shortLabel}</text>
        </g>
      ))}
      <circle cx={c} cy={c} r={layout.hub} fill={s.bodyBackground} stroke={p.neutralQuaternary} strokeWidth={1} />
      <text x={c} y={c} textAnchor="middle" dominantBaseline="central" fill={s.bodyText} fontWeight={600}
        fontSize={Math.min(34, layout.hub * 0.42)}>{props.yearLabel}</text>
      {layout.today && (
        <g data-layer="today">
          <line x1={layout.today.x1} y1={layout.today.y1} x2={layout.today.x2} y2={layout.today.y2}
            stroke={todayColor} strokeWidth={2.5} strokeDasharray="6 3" />
          <circle cx={layout.today.x2} cy={layout.today.y2} r={4} fill={todayColor} />
          <title>{props.todayLabel}</title>
        </g>
      )}
    </g>
  );
}

/** See {@link WheelBackgroundImpl}. */
export const WheelBackground = React.memo(WheelBackgroundImpl);
