import type { IRawStyle } from '@fluentui/react';

/**
 * Styles for text people type without limits (titles of 255 characters, or 10,000 pasted through REST, one
 * unbroken "word" among them): break anywhere rather than overflow the layout.
 */
export const BREAK_ANYWHERE: IRawStyle = { overflowWrap: 'anywhere', wordBreak: 'break-word', minWidth: 0 };

/** {@link BREAK_ANYWHERE}, and at most `lines` lines, the rest cut with an ellipsis (the full text stays in the DOM). */
export function clampLines(lines: number): IRawStyle {
  return {
    ...BREAK_ANYWHERE, display: '-webkit-box', WebkitBoxOrient: 'vertical', overflow: 'hidden',
    // A string: merge-styles writes a number as "3px", which browsers drop.
    WebkitLineClamp: String(lines)
  } as IRawStyle;
}
