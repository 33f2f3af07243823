import { hiddenContentStyle, mergeStyles, type IRawStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/**
 * The cockpit's classes for the host's theme: only semantic colours, so SharePoint section themes and Teams' three
 * themes keep their contrast; badge colours are fixed pairs with at least 4.5:1.
 */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a record of class names
export function cockpitClasses(theme: Theme) {
  const s = theme.semanticColors;
  const badge: IRawStyle = { display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: 600, fontSize: 12, lineHeight: '18px' };
  return {
    root: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, color: s.bodyText }),
    title: mergeStyles({ margin: 0, fontSize: 20, fontWeight: 600 }),
    toolbar: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }),
    scope: mergeStyles({ display: 'flex', gap: 4, alignItems: 'center' }),
    scopeLabel: mergeStyles({ fontWeight: 600, marginRight: 4 }),
    horizon: mergeStyles({ color: s.bodySubtext, flex: '1 1 auto' }),
    grid: mergeStyles({
      display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', margin: 0, padding: 0, listStyle: 'none'
    }),
    card: mergeStyles({
      border: `1px solid ${s.bodyDivider}`, borderRadius: 4, padding: '12px 14px', background: s.bodyBackground, minWidth: 0,
      display: 'flex', flexDirection: 'column', gap: 8
    }),
    wide: mergeStyles({ gridColumn: '1 / -1' }),
    heading: mergeStyles({ margin: 0, fontSize: 16, fontWeight: 600, display: 'flex', alignItems: 'baseline', gap: 8 }),
    subheading: mergeStyles({ margin: '4px 0 0', fontSize: 14, fontWeight: 600, display: 'flex', alignItems: 'baseline', gap: 8 }),
    count: mergeStyles({
      ...badge, minWidth: 22, textAlign: 'center', background: s.bodyStandoutBackground, color: s.bodyText,
      border: `1px solid ${s.bodyDivider}`, fontVariantNumeric: 'tabular-nums'
    }),
    weeks: mergeStyles({ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))' }),
    list: mergeStyles({ margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 8 }),
    item: mergeStyles({ minWidth: 0, overflowWrap: 'anywhere' }),
    meta: mergeStyles({ fontSize: 12, color: s.bodySubtext, marginTop: 2, display: 'flex', flexWrap: 'wrap', gap: '2px 8px', alignItems: 'center' }),
    late: mergeStyles({ color: s.errorText, fontWeight: 600 }),
    none: mergeStyles({ margin: 0, color: s.bodySubtext }),
    more: mergeStyles({ margin: 0, fontSize: 12, color: s.bodySubtext }),
    footer: mergeStyles({ marginTop: 'auto', paddingTop: 4 }),
    link: mergeStyles({
      color: s.link, textDecoration: 'underline', selectors: { ':hover': { color: s.linkHovered }, ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: '1px' } }
    }),
    hidden: mergeStyles(hiddenContentStyle),
    badge: {
      overdue: mergeStyles({ ...badge, background: '#a4262c', color: '#ffffff' }),
      atRisk: mergeStyles({ ...badge, background: '#ffd335', color: '#201f1e' })
    },
    boardDate: mergeStyles({ margin: 0, fontSize: 15, fontWeight: 600 })
  };
}

/** The classes' type. */
export type CockpitClasses = ReturnType<typeof cockpitClasses>;
