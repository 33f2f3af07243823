import type { CalendarSource } from '../../../services';
import { friendlyError, graphProblem } from '../../../common/errorMessages';
import { format } from '../../../common/strings';
import type { IBeslutningerWebPartProps } from '../IBeslutningerWebPartProps';

/** The calendar the meeting picker reads, from the properties; undefined when none is set (or it lacks its id). */
export function meetingSourceOf(props: IBeslutningerWebPartProps): CalendarSource | undefined {
  switch (props.meetingSource) {
    case 'me': return { kind: 'me' };
    case 'group': return props.meetingGroupId?.trim() ? { kind: 'group', groupId: props.meetingGroupId.trim() } : undefined;
    case 'mailbox': return props.meetingMailbox?.trim() ? { kind: 'user', upn: props.meetingMailbox.trim() } : undefined;
    default: return undefined;
  }
}

/** The problem with a calendar in the user's words (a 403 says whose calendar and what to do). */
export function meetingProblemText(error: unknown, source: CalendarSource, strings: IBeslutningerWebPartStrings): string {
  switch (graphProblem(error, source.kind)) {
    case 'consent': return strings.MeetingProblemConsent;
    case 'mailboxNotShared': return strings.MeetingProblemMailbox;
    case 'groupDenied': return strings.MeetingProblemGroup;
    default: return format(strings.MeetingProblemOther, friendlyError(error, strings).message);
  }
}
