import * as React from 'react';
import type { IRootProps } from '../../../../common/hosting';
import { HostThemeProvider } from '../../../../common/HostThemeProvider';
import { inOwnWords } from '../../../../common/stateStrings';
import type { IAarshjulWebPartProps } from '../../IAarshjulWebPartProps';
import { Aarshjul } from '../Aarshjul';

/**
 * The Årshjul web part's React root, as hosts render it (`aarshjulDefinition.Root`): the host's theme — a SharePoint
 * section theme or one of Teams' three — around the view; the shared state texts in the Årshjul's own words
 * (»Årshjulet kunne ikke vises«, `inOwnWords`).
 */
export function AarshjulRoot(props: IRootProps<IAarshjulWebPartProps, IAarshjulWebPartStrings>): React.ReactElement {
  const strings = React.useMemo(() => inOwnWords(props.strings), [props.strings]);
  return (
    <HostThemeProvider host={props.host}>
      <Aarshjul {...props} strings={strings} />
    </HostThemeProvider>
  );
}
