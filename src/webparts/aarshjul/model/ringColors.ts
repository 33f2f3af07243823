import type { ITheme } from '@fluentui/react';
import { ensureContrast, GRAPHICS_CONTRAST, isHighContrastTheme } from '../../../common/HostThemeProvider';
import { MEETING_RING } from './properties';

/** The colours of one ring. */
export interface IRingColors {
  /** Items' fill and stroke: at least 3:1 against the ring band they sit on. */
  item: string;
  /** The ring's band, a faint tint behind the items. */
  band: string;
}

/**
 * Each ring keeps its hue wherever it sits, so a coordinator learns "green is Økonomi". The hues are Fluent's shared
 * colours; lightness is adjusted per theme by {@link ensureContrast}.
 */
const HUES: Record<string, string> = {
  Bestyrelse: '#0078d4', Sekretariat: '#8764b8', Økonomi: '#107c10', Medlemmer: '#ca5010',
  Arrangementer: '#c239b3', Kommunikation: '#038387', [MEETING_RING]: '#986f0b'
};
const FALLBACK_HUES = ['#4f6bed', '#a4262c', '#498205', '#8e562e'];

/**
 * Colours for the rings in the current theme: items reach WCAG's 3:1 for graphics against the ring band (and so the
 * page) in SharePoint's light and dark sections and in Teams' default, dark and high-contrast themes. In high
 * contrast every ring is drawn in the theme's own text colour; the marker shapes and ring positions carry the meaning.
 */
export function ringColors(theme: ITheme, rings: readonly string[]): Map<string, IRingColors> {
  const background = theme.semanticColors.bodyBackground;
  const band = theme.palette.neutralLighterAlt;
  const highContrast = isHighContrastTheme(theme);
  const result = new Map<string, IRingColors>();
  rings.forEach((ring, index) => {
    if (highContrast) {
      // Alternating the theme's text and link colours keeps neighbouring rings apart.
      result.set(ring, { item: index % 2 === 0 ? theme.semanticColors.bodyText : theme.semanticColors.link, band: background });
      return;
    }
    const hue = HUES[ring] ?? FALLBACK_HUES[index % FALLBACK_HUES.length];
    const item = ensureContrast(ensureContrast(hue, band, GRAPHICS_CONTRAST), background, GRAPHICS_CONTRAST);
    result.set(ring, { item, band });
  });
  return result;
}
