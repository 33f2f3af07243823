import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { DEEP_LINK_OWNERS, type DeepLinkKind } from '../../../domain/cockpit';
import type { LinkPages } from '../../../services';
import { listByKey, type ListKey } from '../../../schema';

/** The list a section's items live in. */
const SECTION_LISTS: { readonly [K in DeepLinkKind]: ListKey } = {
  proces: 'processes', aktivitet: 'activities', beslutning: 'decisions', opgave: 'tasks', henvendelse: 'inquiries'
};

/**
 * Where »Vis alle« of a section goes: the page the site's settings (`Koordinator-sider`) name for the web part that
 * owns the section's items, or — without one — the SharePoint list itself (its default view), which always exists.
 */
export function showAllHref(kind: DeepLinkKind, pages: LinkPages, webUrl: string): string {
  return pages[DEEP_LINK_OWNERS[kind]] ?? `${webUrl.replace(/\/+$/, '')}/Lists/${listByKey(SECTION_LISTS[kind]).url}`;
}

/** Props of {@link ShowAllLink}. */
export interface IShowAllLinkProps {
  href: string;
  /** The accessible name: »Vis alle: Forfaldne handlinger« (it starts with the visible text, as WCAG 2.5.3 asks). */
  label: string;
  text: string;
  /** In Teams the page opens in a new window (a tab's frame cannot show a SharePoint page). */
  newWindow: boolean;
  className?: string;
}

/** »Vis alle«: opens the web part that owns a section's items. */
export function ShowAllLink(props: IShowAllLinkProps): React.ReactElement {
  return (
    <Link href={props.href} className={props.className} aria-label={props.label}
      target={props.newWindow ? '_blank' : undefined} rel={props.newWindow ? 'noopener noreferrer' : undefined}>
      {props.text}
    </Link>
  );
}
