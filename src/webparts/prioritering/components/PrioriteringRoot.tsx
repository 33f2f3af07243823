import * as React from 'react';
import type { IRootProps } from '../../../common/hosting';
import { HostThemeProvider } from '../../../common/HostThemeProvider';
import type { IPrioriteringWebPartProps } from '../IPrioriteringWebPartProps';
import { Prioritering } from './Prioritering';

/** The web part's React root as hosts render it: the host's theme (SharePoint section or Teams) around the view. */
export function PrioriteringRoot(props: IRootProps<IPrioriteringWebPartProps, IPrioriteringWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Prioritering {...props} />
    </HostThemeProvider>
  );
}
