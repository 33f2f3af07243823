import { mergeStyleSets, type ITheme } from '@fluentui/react';

/** The Årshjul web part's classes. */
export interface IAarshjulClasses {
  root: string;
  title: string;
  /** Controls: hidden in print. */
  noPrint: string;
  /** The wheel gets a printed page of its own; the agenda follows. */
  wheelPage: string;
  /** The wheel's place while its first layout is computed: the same square the wheel fills. */
  notice: string;
}

/** Classes for the current theme; print rules give the wheel a page of its own, then the agenda, and no controls. */
export function aarshjulClasses(theme: ITheme): IAarshjulClasses {
  return mergeStyleSets({
    root: {
      fontFamily: theme.fonts.medium.fontFamily, color: theme.semanticColors.bodyText, padding: '4px 0',
      selectors: { '@media print': { color: '#000' } }
    },
    title: { fontSize: 20, fontWeight: 600, margin: '0 0 8px' },
    noPrint: { selectors: { '@media print': { display: 'none !important' } } },
    wheelPage: { selectors: { '@media print': { breakAfter: 'page', pageBreakAfter: 'always' } } },
    notice: { margin: '8px 0' }
  });
}
