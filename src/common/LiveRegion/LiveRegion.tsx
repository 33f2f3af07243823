import * as React from 'react';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react';

const hidden = mergeStyles(hiddenContentStyle);

/** Props of {@link LiveRegion}. */
export interface ILiveRegionProps {
  message: string;
}

/**
 * A visually hidden polite live region. Render it once, always (a region inserted together with its text is not
 * announced by every screen reader), and change `message` to announce.
 */
export function LiveRegion(props: ILiveRegionProps): React.ReactElement {
  return <div className={hidden} role="status" aria-live="polite" aria-atomic="true">{props.message}</div>;
}

/** What {@link useAnnouncer} returns. */
export interface IAnnouncer {
  message: string;
  announce(text: string): void;
}

/**
 * Holds the text of a {@link LiveRegion}. Announcing the same text twice still speaks it: the second time a
 * non-breaking space is appended, so the region's content changes.
 */
export function useAnnouncer(): IAnnouncer {
  const [message, setMessage] = React.useState('');
  const announce = React.useCallback((text: string) => {
    setMessage(previous => (previous === text ? `${text}\u00a0` : text));
  }, []);
  return { message, announce };
}
