import * as React from 'react';
import type { IRootProps } from '../../../common/hosting';
import { HostThemeProvider } from '../../../common/HostThemeProvider';
import type { IProcesserWebPartProps } from '../IProcesserWebPartProps';
import { processerStrings } from '../model/strings';
import { Processer } from './Processer';

/**
 * The Processer web part's React root, as hosts render it: the host's theme around the view, and the strings with the
 * states in the process library's words (`processerStrings`).
 */
export function ProcesserRoot(props: IRootProps<IProcesserWebPartProps, IProcesserWebPartStrings>): React.ReactElement {
  const strings = React.useMemo(() => processerStrings(props.strings), [props.strings]);
  return (
    <HostThemeProvider host={props.host}>
      <Processer {...props} strings={strings} />
    </HostThemeProvider>
  );
}
