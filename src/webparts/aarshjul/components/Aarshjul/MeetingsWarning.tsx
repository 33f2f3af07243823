import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import type { CalendarSource } from '../../../../services';
import { friendlyError, graphProblem, type GraphProblem } from '../../../../common/errorMessages';
import { format } from '../../../../common/strings';

/** Props of {@link MeetingsWarning}. */
export interface IMeetingsWarningProps {
  error: unknown;
  /** The calendar that was read: the cause of a 403 depends on it. */
  source: CalendarSource | undefined;
  strings: IAarshjulWebPartStrings;
  isEditMode: boolean;
  /** Fetches the meetings again. */
  onRetry: () => void;
}

/** The sentence for a Graph problem; it names Outlook, not SharePoint, and the real cause. */
export function meetingsProblemText(problem: GraphProblem, source: CalendarSource | undefined, strings: IAarshjulWebPartStrings): string {
  switch (problem) {
    case 'consent': return strings.MeetingsWarningForbidden;
    case 'mailboxNotShared': return format(strings.MeetingsMailboxNotShared, source?.kind === 'user' ? source.upn : '');
    case 'groupDenied': return strings.MeetingsGroupDenied;
    case 'notFound': return strings.MeetingsNotFound;
    case 'throttled': return strings.MeetingsThrottled;
    case 'offline': return strings.MeetingsOffline;
    default: return strings.MeetingsUnknown;
  }
}

/**
 * Outlook meetings could not be fetched. The wheel still shows the activities; this bar says that the meetings are
 * missing, why (a busy or unreachable Graph, permissions an administrator must approve, a mailbox not shared with
 * the user) and offers to try again. Edit mode adds the technical detail.
 */
export function MeetingsWarning(props: IMeetingsWarningProps): React.ReactElement {
  const { strings } = props;
  const problem = graphProblem(props.error, props.source?.kind);
  const friendly = friendlyError(props.error, strings);
  const canRetry = problem === 'throttled' || problem === 'offline' || problem === 'unknown';
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}
      actions={canRetry ? <DefaultButton text={strings.Retry} onClick={props.onRetry} /> : undefined}>
      <strong>{strings.MeetingsWarningTitle}</strong>{' '}
      {meetingsProblemText(problem, props.source, strings)}
      {props.isEditMode && friendly.detail && <><br /><code>{friendly.status ? `HTTP ${friendly.status}: ` : ''}{friendly.detail}</code></>}
    </MessageBar>
  );
}
