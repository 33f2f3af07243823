import * as React from 'react';

/**
 * The rendered width of an element, kept current with a ResizeObserver — the web part's own width, not the window's:
 * a web part in a narrow SharePoint column or a Teams side panel is narrow on a wide screen. `undefined` until
 * measured, and where ResizeObserver is missing.
 */
export function useElementWidth(ref: React.RefObject<HTMLElement>): number | undefined {
  const [width, setWidth] = React.useState<number | undefined>();
  React.useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => {
      const next = Math.round(entries[0].contentRect.width);
      setWidth(previous => (previous === next ? previous : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
