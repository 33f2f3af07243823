import * as React from 'react';
import { writeState, type IPageState, type PageKind } from './state';

/** Props of {@link PageLink}. */
export interface IPageLinkProps {
  page: PageKind;
  state: IPageState;
  className: string;
  onChange(patch: Partial<IPageState>): void;
  children: React.ReactNode;
}

/**
 * A link to one of the local page's pages (site navigation, Teams tabs): a real `href` with the state in the query,
 * so it can be opened in a new tab or bookmarked, while a plain click switches without reloading.
 */
export function PageLink(props: IPageLinkProps): React.ReactElement {
  const { page, state, onChange } = props;
  return (
    <a
      className={props.className} href={writeState({ ...state, page }, window.location.search) || '?'}
      aria-current={state.page === page ? 'page' : undefined}
      onClick={e => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onChange({ page });
      }}
    >{props.children}</a>
  );
}
