import * as React from 'react';
import type { IRootProps } from '../../../common/hosting';
import { HostThemeProvider } from '../../../common/HostThemeProvider';
import type { IHenvendelserWebPartProps } from '../IHenvendelserWebPartProps';
import { Henvendelser } from './Henvendelser';

/** The web part's React root as hosts render it: the host's theme (SharePoint section or Teams) around the view. */
export function HenvendelserRoot(props: IRootProps<IHenvendelserWebPartProps, IHenvendelserWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Henvendelser {...props} />
    </HostThemeProvider>
  );
}
