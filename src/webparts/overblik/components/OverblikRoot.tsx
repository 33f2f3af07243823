import * as React from 'react';
import type { IRootProps } from '../../../common/hosting';
import { HostThemeProvider } from '../../../common/HostThemeProvider';
import type { IOverblikWebPartProps } from '../IOverblikWebPartProps';
import { Overblik } from './Overblik';

/** The web part's React root as hosts render it: the host's theme (SharePoint section or Teams) around the view. */
export function OverblikRoot(props: IRootProps<IOverblikWebPartProps, IOverblikWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Overblik {...props} />
    </HostThemeProvider>
  );
}
