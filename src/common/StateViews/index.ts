/** The four states every view renders: not configured, loading, error and empty. */
export { LoadingView } from './LoadingView';
export type { ILoadingViewProps } from './LoadingView';
export { ErrorView } from './ErrorView';
export type { IErrorViewProps } from './ErrorView';
export { EmptyView } from './EmptyView';
export type { IEmptyViewProps } from './EmptyView';
export { NotConfiguredView } from './NotConfiguredView';
export type { INotConfiguredViewProps } from './NotConfiguredView';
