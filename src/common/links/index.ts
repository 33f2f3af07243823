export { ItemLink, useItemHref, type IItemLinkProps } from './ItemLink';
export { LinkContext, LinkProvider, type ILinkContext, type ILinkProviderProps } from './LinkContext';
export { useDeepLink } from './useDeepLink';
