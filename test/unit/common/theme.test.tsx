import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { useTheme } from '@fluentui/react';
import { contrastRatio, ensureContrast, HostThemeProvider, isHighContrastTheme, themeForHost } from '../../../src/common/HostThemeProvider';

function Swatch(): React.ReactElement {
  const theme = useTheme();
  return <span data-testid="bg">{theme.semanticColors.bodyBackground}</span>;
}

describe('HostThemeProvider', () => {
  test('Teams themes win over the SharePoint theme and reach the components inside', () => {
    const { rerender } = render(<HostThemeProvider host={{ teamsTheme: 'dark' }}><Swatch /></HostThemeProvider>);
    expect(screen.getByTestId('bg')).toHaveTextContent('#1f1f1f');
    rerender(<HostThemeProvider host={{ teamsTheme: 'contrast' }}><Swatch /></HostThemeProvider>);
    expect(screen.getByTestId('bg')).toHaveTextContent('#000000');
    rerender(<HostThemeProvider host={{ theme: { semanticColors: { bodyBackground: '#003366' } } }}><Swatch /></HostThemeProvider>);
    expect(screen.getByTestId('bg')).toHaveTextContent('#003366');
  });

  test('only the contrast theme counts as high contrast', () => {
    expect(isHighContrastTheme(themeForHost({ teamsTheme: 'contrast' }))).toBe(true);
    expect(isHighContrastTheme(themeForHost({ teamsTheme: 'dark' }))).toBe(false);
    expect(isHighContrastTheme(themeForHost({}))).toBe(false);
  });
});

describe('ensureContrast', () => {
  test.each([['#ffffff'], ['#f8f8f8'], ['#1f1f1f'], ['#000000']])('on %s a faint colour is adjusted to 3:1, keeping already good ones', (bg) => {
    const adjusted = ensureContrast('#9e9e9e', bg);
    expect(contrastRatio(adjusted, bg)).toBeGreaterThanOrEqual(3);
    expect(ensureContrast('#0078d4', '#ffffff')).toBe('#0078d4');
  });
});
