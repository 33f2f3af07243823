/** The four states every view renders: not configured, loading, error and empty. */
export { LoadingView } from './LoadingView';
export type { ILoadingViewProps } from './LoadingView';
export { ErrorView } from './ErrorView';
export type { IErrorViewProps } from './ErrorView';
export { EmptyView } from './EmptyView';
export type { IEmptyViewProps } from './EmptyView';
import { lazyComponent } from '../lazy';
import type { INotConfiguredViewProps } from './NotConfiguredView';

/** »Opret lister« / »Reparér lister«, loaded on demand: a site with the lists never downloads it. */
export const NotConfiguredView = lazyComponent<INotConfiguredViewProps>(() =>
  import(/* webpackChunkName: 'not-configured' */ './NotConfiguredView').then(m => m.NotConfiguredView));
export type { INotConfiguredViewProps } from './NotConfiguredView';
