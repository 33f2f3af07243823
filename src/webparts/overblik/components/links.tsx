import * as React from 'react';
import type { DeepLinkKind, IDeepLink } from '../../../domain/cockpit';

/** Props of {@link CockpitItemLink}. */
export interface ICockpitItemLinkProps {
  link: IDeepLink;
  className?: string;
  children: React.ReactNode;
}

/** An item's title that opens the item in the web part that owns it. */
export function CockpitItemLink(props: ICockpitItemLinkProps): React.ReactElement {
  return <span className={props.className}>{props.children}</span>;
}

/** Props of {@link ShowAllLink}. */
export interface IShowAllLinkProps {
  kind: DeepLinkKind;
  /** The accessible name: »Vis alle: Forfaldne handlinger«. */
  label: string;
  text: string;
  className?: string;
}

/** »Vis alle«: opens the web part that owns a section's items. */
export function ShowAllLink(props: IShowAllLinkProps): React.ReactElement {
  return <span className={props.className} hidden={true} aria-label={props.label}>{props.text}</span>;
}
