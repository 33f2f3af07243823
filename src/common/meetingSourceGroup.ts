import type { IPropertyGroup } from './hosting';

/** Where a web part reads Outlook meetings from: nobody's, the user's own calendar, a Microsoft 365 group, a shared mailbox. */
export type MeetingSourceKind = 'none' | 'me' | 'group' | 'mailbox';

/** The properties that say whose calendar a web part reads (the Årshjul, Beslutninger and Overblik share them). */
export interface IMeetingSourceProps {
  meetingSource: MeetingSourceKind;
  meetingGroupId: string;
  meetingMailbox: string;
}

/** The properties that narrow the meetings read (Outlook category, subject text). */
export interface IMeetingFilterProps {
  meetingCategory: string;
  meetingSubject: string;
}

/** The words of the group; each web part words them for what it does with the meetings. */
export interface IMeetingSourceStrings {
  PropGroupMeetings: string;
  PropMeetingSource: string;
  MeetingSourceNone: string;
  MeetingSourceMe: string;
  MeetingSourceGroup: string;
  MeetingSourceMailbox: string;
  PropMeetingGroupId: string;
  PropMeetingMailbox: string;
}

/** The words of the filter fields. */
export interface IMeetingFilterStrings {
  PropMeetingCategory: string;
  PropMeetingSubject: string;
}

/** The property group »Møder fra Outlook«: the calendar to read, and with `'filters'` its category and subject filters. */
export function meetingSourceGroup<TProps extends IMeetingSourceProps>(strings: IMeetingSourceStrings): IPropertyGroup<TProps>;
export function meetingSourceGroup<TProps extends IMeetingSourceProps & IMeetingFilterProps>(
  strings: IMeetingSourceStrings & IMeetingFilterStrings, filters: 'filters'): IPropertyGroup<TProps>;
export function meetingSourceGroup(
  strings: IMeetingSourceStrings & Partial<IMeetingFilterStrings>, filters?: 'filters'
): IPropertyGroup<IMeetingSourceProps & IMeetingFilterProps> {
  const group: IPropertyGroup<IMeetingSourceProps & IMeetingFilterProps> = {
    name: strings.PropGroupMeetings,
    fields: [
      { kind: 'dropdown', name: 'meetingSource', label: strings.PropMeetingSource, options: [
        { key: 'none', text: strings.MeetingSourceNone }, { key: 'me', text: strings.MeetingSourceMe },
        { key: 'group', text: strings.MeetingSourceGroup }, { key: 'mailbox', text: strings.MeetingSourceMailbox }
      ] },
      { kind: 'text', name: 'meetingGroupId', label: strings.PropMeetingGroupId },
      { kind: 'text', name: 'meetingMailbox', label: strings.PropMeetingMailbox }
    ]
  };
  if (filters === 'filters') {
    group.fields.push(
      { kind: 'text', name: 'meetingCategory', label: strings.PropMeetingCategory ?? '' },
      { kind: 'text', name: 'meetingSubject', label: strings.PropMeetingSubject ?? '' }
    );
  }
  return group;
}
