import { getColorFromString, getContrastRatio, hsl2rgb, hsv2hsl, rgb2hex, rgb2hsv } from '@fluentui/react';

/** WCAG 2.1 SC 1.4.11: graphical objects need 3:1 against what is next to them. */
export const GRAPHICS_CONTRAST = 3;

/** The contrast ratio of two CSS colours (1–21); 1 when either cannot be parsed. */
export function contrastRatio(a: string, b: string): number {
  const ca = getColorFromString(a);
  const cb = getColorFromString(b);
  return ca && cb ? getContrastRatio(ca, cb) : 1;
}

/**
 * `color` made darker (on a light background) or lighter (on a dark one) in small steps of HSL lightness, keeping its
 * hue, until it reaches `ratio` against `background`. So a ring keeps its recognisable hue in a light SharePoint
 * page, a dark section and Teams' themes, and still meets WCAG's 3:1 for graphics.
 */
export function ensureContrast(color: string, background: string, ratio: number = GRAPHICS_CONTRAST): string {
  const c = getColorFromString(color);
  const bg = getColorFromString(background);
  if (!c || !bg || getContrastRatio(c, bg) >= ratio) return color;
  const { h, s, v } = rgb2hsv(c.r, c.g, c.b);
  const hsl = hsv2hsl(h, s, v);
  const bgIsDark = rgb2hsv(bg.r, bg.g, bg.b).v < 50;
  let candidate = color;
  for (let l = hsl.l; l >= 0 && l <= 100; l += bgIsDark ? 2 : -2) {
    const rgb = hsl2rgb(hsl.h, hsl.s, l);
    candidate = '#' + rgb2hex(rgb.r, rgb.g, rgb.b);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return bgIsDark ? '#ffffff' : '#000000';
}

/**
 * True for a high-contrast theme (Teams' "contrast" theme, or a SharePoint theme built the same way): an inverted
 * theme whose text is (nearly) pure white on black. Colour-coded graphics then use the theme's own text colours.
 */
export function isHighContrastTheme(theme: { isInverted: boolean; semanticColors: { bodyText: string; bodyBackground: string } }): boolean {
  return theme.isInverted && contrastRatio(theme.semanticColors.bodyText, theme.semanticColors.bodyBackground) >= 19;
}
