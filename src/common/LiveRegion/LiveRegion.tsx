import * as React from 'react';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react';

const hidden = mergeStyles(hiddenContentStyle);

/** Speaks through a {@link LiveRegion}. The same object for the life of the component that made it. */
export interface IAnnouncer {
  /** Safe to pass on unbound (`announce={announcer.announce}`). */
  readonly announce: (text: string) => void;
}

/** The region's side of an announcer: it learns the texts, and the last one said before it was there. */
interface IAnnouncerChannel extends IAnnouncer {
  readonly listen: (show: (text: string) => void) => () => void;
}

/**
 * An announcer not tied to React state: announcing re-renders the live region alone, not the web part that holds
 * it (a root that re-rendered for every »Viser 6.000 aktiviteter« redid its whole tree's render work).
 */
export function createAnnouncer(): IAnnouncer {
  let show: ((text: string) => void) | undefined;
  let pending: string | undefined;
  const channel: IAnnouncerChannel = {
    announce: (text: string): void => {
      if (show) show(text);
      else pending = text;
    },
    listen: (next: (text: string) => void): (() => void) => {
      show = next;
      if (pending !== undefined) next(pending);
      pending = undefined;
      return () => { if (show === next) show = undefined; };
    }
  };
  return channel;
}

/** Props of {@link LiveRegion}. */
export interface ILiveRegionProps {
  announcer: IAnnouncer;
}

/**
 * A visually hidden polite live region. Render it once, always (a region inserted together with its text is not
 * announced by every screen reader), and call `announcer.announce` to speak. Announcing the same text twice still
 * speaks it: the second time a non-breaking space is appended, so the region's content changes.
 */
export function LiveRegion(props: ILiveRegionProps): React.ReactElement {
  const [message, setMessage] = React.useState('');
  React.useEffect(() => (props.announcer as IAnnouncerChannel).listen(text => {
    setMessage(previous => (previous === text ? `${text}\u00a0` : text));
  }), [props.announcer]);
  return <div className={hidden} role="status" aria-live="polite" aria-atomic="true">{message}</div>;
}

/** An announcer for this component's {@link LiveRegion}; the same object on every render. */
export function useAnnouncer(): IAnnouncer {
  const [announcer] = React.useState(createAnnouncer);
  return announcer;
}
