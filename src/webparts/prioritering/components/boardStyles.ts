import { mergeStyles, type IRawStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { Priority } from '../../../domain/models';

/** Each priority's accent (column top border, balance segment): theme palette slots, so they follow dark themes too. */
export function priorityColor(priority: Priority, theme: Theme): string {
  const p = theme.palette;
  switch (priority) {
    case 'MUST': return p.redDark;
    case 'SHOULD': return p.orange;
    case 'COULD': return p.themePrimary;
    default: return p.neutralTertiary;
  }
}

/** The board's classes for the host's theme. */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a record of class names
export function boardClasses(theme: Theme) {
  const s = theme.semanticColors;
  const focus: IRawStyle = { selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: '1px' } } };
  const small: IRawStyle = {
    border: `1px solid ${s.inputBorder}`, borderRadius: 2, padding: '2px 8px', background: s.bodyBackground, color: s.bodyText,
    cursor: 'pointer', font: 'inherit', fontSize: 13, minHeight: 28, ...focus
  };
  return {
    root: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, color: s.bodyText }),
    toolbar: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }),
    filter: mergeStyles({ minWidth: 150, flex: '0 1 180px' }),
    note: mergeStyles({ margin: 0, color: s.bodySubtext, fontSize: 12 }),
    lane: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 8 }),
    laneHeading: mergeStyles({ margin: '8px 0 0', fontSize: 16, fontWeight: 600 }),
    columns: mergeStyles({ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 12, alignItems: 'start' }),
    column: mergeStyles({
      display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, padding: 8, borderRadius: 2,
      background: s.bodyStandoutBackground, border: `1px solid ${s.bodyDivider}`
    }),
    columnDrop: mergeStyles({ outline: `2px dashed ${s.focusBorder}`, outlineOffset: '-2px' }),
    columnHeading: mergeStyles({ margin: 0, fontSize: 15, fontWeight: 600, display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'baseline' }),
    columnHint: mergeStyles({ fontWeight: 400, color: s.bodySubtext, fontSize: 13 }),
    columnCount: mergeStyles({ marginLeft: 'auto', fontWeight: 400, fontSize: 12, color: s.bodySubtext, fontVariantNumeric: 'tabular-nums' }),
    cards: mergeStyles({ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 }),
    card: mergeStyles({
      background: s.bodyBackground, border: `1px solid ${s.bodyDivider}`, borderRadius: 2, padding: 8,
      display: 'flex', flexDirection: 'column', gap: 4, ...focus
    }),
    cardDraggable: mergeStyles({ cursor: 'grab' }),
    cardPending: mergeStyles({ opacity: 0.7 }),
    cardTitle: mergeStyles({ margin: 0, fontSize: 14, fontWeight: 600, overflowWrap: 'anywhere' }),
    meta: mergeStyles({ margin: 0, fontSize: 12, color: s.bodySubtext, display: 'flex', flexWrap: 'wrap', gap: '2px 8px' }),
    overdue: mergeStyles({ color: s.errorText, fontWeight: 600 }),
    actions: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }),
    small: mergeStyles(small),
    link: mergeStyles({ color: s.link, ...focus }),
    effortForm: mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'flex-start' }),
    none: mergeStyles({ margin: 0, color: s.bodySubtext, fontSize: 13 }),
    balance: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 6 }),
    balanceHeading: mergeStyles({ margin: 0, fontSize: 14, fontWeight: 600 }),
    bar: mergeStyles({ display: 'flex', height: 12, borderRadius: 2, overflow: 'hidden', background: s.bodyDivider }),
    balanceList: mergeStyles({ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '2px 16px', fontSize: 13 }),
    swatch: mergeStyles({ display: 'inline-block', width: 10, height: 10, marginRight: 6, borderRadius: 1 })
  };
}

/** The classes {@link boardClasses} makes. */
export type BoardClasses = ReturnType<typeof boardClasses>;
