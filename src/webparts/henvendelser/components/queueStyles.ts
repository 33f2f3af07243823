import { mergeStyles, type IRawStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** The queue's classes for the host's theme. Badge colours keep 4.5:1 contrast in light and dark themes. */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a record of class names
export function queueClasses(theme: Theme) {
  const s = theme.semanticColors;
  const p = theme.palette;
  const queueBase: IRawStyle = {
    border: `1px solid ${s.inputBorder}`, borderRadius: 2, padding: '6px 10px', background: s.bodyBackground, color: s.bodyText,
    cursor: 'pointer', font: 'inherit', minHeight: 32,
    selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: '1px' } }
  };
  const badge: IRawStyle = { display: 'inline-block', padding: '1px 6px', marginRight: 6, borderRadius: 2, fontWeight: 600, fontSize: 12 };
  return {
    root: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, color: s.bodyText }),
    toolbar: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }),
    search: mergeStyles({ flex: '1 1 200px', minWidth: 160 }),
    filter: mergeStyles({ minWidth: 160 }),
    queues: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4 }),
    queue: mergeStyles(queueBase),
    queueOn: mergeStyles({ ...queueBase, background: p.themePrimary, color: p.white, borderColor: p.themePrimary, fontWeight: 600 }),
    count: mergeStyles({ marginLeft: 4, fontVariantNumeric: 'tabular-nums' }),
    bulk: mergeStyles({
      display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: 8, background: s.bodyStandoutBackground,
      border: `1px solid ${s.bodyDivider}`
    }),
    bulkCount: mergeStyles({ fontWeight: 600 }),
    none: mergeStyles({ margin: '16px 0', color: s.bodySubtext }),
    showMore: mergeStyles({ margin: '12px 0' }),
    table: mergeStyles({
      width: '100%', borderCollapse: 'collapse', fontSize: 14,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${s.bodyDivider}` },
        th: { fontWeight: 600, whiteSpace: 'nowrap' }
      }
    }),
    caption: mergeStyles({ textAlign: 'left', fontWeight: 600, padding: '4px 0' }),
    check: mergeStyles({ width: 32 }),
    reference: mergeStyles({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }),
    rowSelected: mergeStyles({ background: s.listItemBackgroundChecked }),
    subject: mergeStyles({
      border: 0, padding: 0, background: 'transparent', color: s.link, font: 'inherit', textAlign: 'left', cursor: 'pointer',
      textDecoration: 'underline', selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }
    }),
    meta: mergeStyles({ fontSize: 12, color: s.bodySubtext, marginTop: 2 }),
    muted: mergeStyles({ color: s.bodySubtext }),
    slaText: mergeStyles({ fontSize: 13 }),
    badge: {
      overdue: mergeStyles({ ...badge, background: '#a4262c', color: '#ffffff' }),
      atRisk: mergeStyles({ ...badge, background: '#ffd335', color: '#201f1e' }),
      paused: mergeStyles({ ...badge, border: `1px solid ${s.bodyText}`, color: s.bodyText }),
      ok: mergeStyles(badge),
      closed: mergeStyles(badge)
    }
  };
}
