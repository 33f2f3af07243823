import * as React from 'react';
import type { IRootProps } from '../../../../common/hosting';
import { HostThemeProvider } from '../../../../common/HostThemeProvider';
import type { IBeslutningerWebPartProps } from '../../IBeslutningerWebPartProps';
import { Beslutninger } from '../Beslutninger';

/** The Beslutninger web part's React root, as hosts render it: the host's theme around the view. */
export function BeslutningerRoot(props: IRootProps<IBeslutningerWebPartProps, IBeslutningerWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Beslutninger {...props} />
    </HostThemeProvider>
  );
}
