import * as React from 'react';
import type { IRootProps } from '../../../common/hosting';
import { HostThemeProvider } from '../../../common/HostThemeProvider';
import type { IProcesserWebPartProps } from '../IProcesserWebPartProps';
import { Processer } from './Processer';

/** The Processer web part's React root, as hosts render it: the host's theme around the view. */
export function ProcesserRoot(props: IRootProps<IProcesserWebPartProps, IProcesserWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Processer {...props} />
    </HostThemeProvider>
  );
}
