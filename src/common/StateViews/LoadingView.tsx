import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';

/** Props of {@link LoadingView}. */
export interface ILoadingViewProps {
  /** The localised label, e.g. "Henter årshjulet …"; read out by screen readers. */
  label: string;
}

/** The loading state: a spinner with a visible, announced label. */
export function LoadingView(props: ILoadingViewProps): React.ReactElement {
  return (
    <div role="status" style={{ padding: '32px 16px' }}>
      <Spinner size={SpinnerSize.large} label={props.label} ariaLive="polite" />
    </div>
  );
}
