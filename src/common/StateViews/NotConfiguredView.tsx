import * as React from 'react';
import {
  MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text, useTheme
} from '@fluentui/react';
import type { IProvisioningAction, IProvisioningService } from '../../services';
import type { ICommonStrings } from '../strings';
import { format } from '../strings';
import { useAsync } from '../useAsync';
import { provisioningActionText } from '../provisioningText';
import { ErrorView } from './ErrorView';

/** Props of {@link NotConfiguredView}. */
export interface INotConfiguredViewProps {
  provisioning: IProvisioningService;
  strings: ICommonStrings;
  /** Lists the site lacks (from `provisioning.status()`), named in the explanation. */
  missingLists: readonly string[];
  /**
   * The lists exist but a column the web part uses does not (deleted or renamed in SharePoint): the owner is offered
   * »Reparér lister« — the same additive provisioning — and everybody else a clear message. Names the column.
   */
  missingColumn?: string;
  isEditMode: boolean;
  /** Called when the user continues after a successful provisioning: the web part loads again. */
  onProvisioned: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; actions: IProvisioningAction[] }
  | { kind: 'done'; actions: IProvisioningAction[] }
  | { kind: 'failed'; error: unknown };

/**
 * The "not configured" state: the site lacks the solution's lists. A user who may manage lists gets "Opret lister",
 * which runs the project's provisioning with live progress and then a report of what was done; everybody else gets a
 * plain explanation of whom to ask.
 */
export function NotConfiguredView(props: INotConfiguredViewProps): React.ReactElement {
  const { strings, provisioning } = props;
  const theme = useTheme();
  const canProvision = useAsync(() => provisioning.canProvision(), [provisioning]);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const run = React.useCallback(async (): Promise<void> => {
    const actions: IProvisioningAction[] = [];
    setPhase({ kind: 'running', actions });
    try {
      await provisioning.provision(a => {
        actions.push(a);
        if (mounted.current) setPhase({ kind: 'running', actions: [...actions] });
      });
      if (mounted.current) setPhase({ kind: 'done', actions });
    } catch (error) {
      if (mounted.current) setPhase({ kind: 'failed', error });
    }
  }, [provisioning]);

  const owner = canProvision.status === 'success' && canProvision.value === true;
  const repair = props.missingColumn !== undefined;
  const missing = !repair && props.missingLists.length > 0 ? format(strings.NotConfiguredMissing, props.missingLists.join(', ')) : '';
  const explanation = repair
    ? format(owner ? strings.RepairOwnerText : strings.RepairReaderText, props.missingColumn ?? '')
    : owner ? strings.NotConfiguredOwnerText : strings.NotConfiguredReaderText;

  return (
    <Stack tokens={{ childrenGap: 12, padding: '24px 16px' }}
      styles={{ root: { border: `1px solid ${theme.semanticColors.bodyDivider}` } }}>
      <Text as="h2" variant="large" styles={{ root: { margin: 0 } }}>{repair ? strings.RepairTitle : strings.NotConfiguredTitle}</Text>
      {canProvision.status === 'loading' && <ProgressIndicator label={strings.Loading} />}
      {canProvision.status !== 'loading' && (
        <Text as="p" styles={{ root: { margin: 0 } }}>
          {explanation}
        </Text>
      )}
      {missing && <Text as="p" styles={{ root: { margin: 0, color: theme.semanticColors.bodySubtext } }}>{missing}</Text>}
      {owner && phase.kind === 'idle' && (
        <div><PrimaryButton text={repair ? strings.RepairButton : strings.ProvisionButton} onClick={() => { run().catch(() => undefined); }} /></div>
      )}
      {phase.kind === 'running' && (
        <ProgressIndicator label={strings.ProvisionRunning}
          description={phase.actions.length > 0 ? provisioningActionText(phase.actions[phase.actions.length - 1], strings) : undefined} />
      )}
      {phase.kind === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}
          actions={<PrimaryButton text={strings.ProvisionContinue} onClick={props.onProvisioned} />}>
          <p style={{ margin: 0 }}>
            {phase.actions.length > 0 ? format(strings.ProvisionDone, phase.actions.length) : strings.ProvisionNothingToDo}
          </p>
          {phase.actions.length > 0 && (
            <ul>
              {phase.actions.map((a, i) => <li key={i}>{provisioningActionText(a, strings)}</li>)}
            </ul>
          )}
        </MessageBar>
      )}
      {phase.kind === 'failed' && (
        <ErrorView error={phase.error} strings={strings} isEditMode={props.isEditMode}
          title={strings.ProvisionFailed} onRetry={() => { run().catch(() => undefined); }} />
      )}
    </Stack>
  );
}
