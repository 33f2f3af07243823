import * as React from 'react';
import type { IRootProps } from '../../../../common/hosting';
import { HostThemeProvider } from '../../../../common/HostThemeProvider';
import type { IAarshjulWebPartProps } from '../../IAarshjulWebPartProps';
import { Aarshjul } from '../Aarshjul';

/**
 * The Årshjul web part's React root, as hosts render it (`aarshjulDefinition.Root`): the host's theme — a SharePoint
 * section theme or one of Teams' three — around the view.
 */
export function AarshjulRoot(props: IRootProps<IAarshjulWebPartProps, IAarshjulWebPartStrings>): React.ReactElement {
  return (
    <HostThemeProvider host={props.host}>
      <Aarshjul {...props} />
    </HostThemeProvider>
  );
}
