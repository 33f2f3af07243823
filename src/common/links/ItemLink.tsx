import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { IDeepLink } from '../../domain/cockpit/deepLinks';
import { LinkContext } from './LinkContext';

export interface IItemLinkProps {
  /** What it opens: `{ kind: 'proces', id: 12 }`. */
  link: IDeepLink;
  children?: React.ReactNode;
  className?: string;
  /** Extra accessible description, e.g. »Åbner i Processer«. */
  title?: string;
}

/**
 * A link that opens an item in the web part that owns it, on the page the site's settings (`Koordinator-sider`)
 * name for that web part — or SharePoint's display form of the item when no page is set. A real `<a href>`: it can
 * be opened in a new tab, copied and read by screen readers as a link.
 */
export function ItemLink({ link, children, className, title }: IItemLinkProps): React.ReactElement {
  const context = React.useContext(LinkContext);
  React.useEffect(() => context.ensurePages(), [context]);
  return (
    <Link
      href={context.href(link)}
      className={className}
      title={title}
      target={context.newWindow ? '_blank' : undefined}
      rel={context.newWindow ? 'noopener noreferrer' : undefined}
      data-koordinator-link={`${link.kind}:${link.id}`}
    >
      {children}
    </Link>
  );
}

/** The href an item link would have (for menus and buttons that navigate). */
export function useItemHref(): (link: IDeepLink) => string {
  const context = React.useContext(LinkContext);
  React.useEffect(() => context.ensurePages(), [context]);
  return context.href;
}
