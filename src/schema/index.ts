export * from './types';
export * from './lists';
export { caml } from './fields';
export * from './validate';
export { renderListsMarkdown } from './docs';
