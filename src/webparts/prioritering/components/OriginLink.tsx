import * as React from 'react';
import type { IDeepLink } from '../../../domain/cockpit';

/** Props of {@link OriginLink}. */
export interface IOriginLinkProps {
  link: IDeepLink;
  className?: string;
  children: React.ReactNode;
}

/** Where a task came from, named by its lookup's title. */
export function OriginLink(props: IOriginLinkProps): React.ReactElement {
  return <span className={props.className}>{props.children}</span>;
}
