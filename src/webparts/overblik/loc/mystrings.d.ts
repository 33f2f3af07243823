/** The Overblik web part's own strings: this folder's `da-dk.js` and `en-us.js` (a test keeps the three in agreement). */
declare interface IOverblikOwnStrings {
  WebPartTitle: string;
  PropertyPaneDescription: string;
  PropGroupGeneral: string;
  PropTitle: string;
  PropDefaultScope: string;
  PropWeeksAhead: string;
  PropItemsPerSection: string;
  PropSections: string;
  PropGroupMeetings: string;
  PropMeetingSource: string;
  MeetingSourceNone: string;
  MeetingSourceMe: string;
  MeetingSourceGroup: string;
  MeetingSourceMailbox: string;
  PropMeetingGroupId: string;
  PropMeetingMailbox: string;
  PropMeetingCategory: string;
  PropMeetingSubject: string;
  ScopeLabel: string;
  ScopeMine: string;
  ScopeSecretariat: string;
  HorizonText: string;
  HorizonOneWeek: string;
  SectionWheel: string;
  SectionOverdueActions: string;
  SectionDueSoonActions: string;
  SectionInquiries: string;
  SectionReviews: string;
  SectionFollowUps: string;
  SectionBoard: string;
  SectionsLabel: string;
  CountLabel: string;
  WeekHeading: string;
  WeekHeadingCurrent: string;
  ShowAll: string;
  ShowAllLabel: string;
  MoreItems: string;
  EmptyWheelWeek: string;
  EmptyOverdueActions: string;
  EmptyDueSoonActions: string;
  EmptyInquiries: string;
  EmptyReviews: string;
  EmptyFollowUps: string;
  EmptyBoard: string;
  DueToday: string;
  DueTomorrow: string;
  DueInDays: string;
  OverdueOneDay: string;
  OverdueDays: string;
  Yesterday: string;
  DaysAgo: string;
  Responsible: string;
  AssignedTo: string;
  Unassigned: string;
  TypeDeadline: string;
  TypePeriod: string;
  TypeMeeting: string;
  TypeMilestone: string;
  TypeOutlook: string;
  NoSubject: string;
  OpenInOutlook: string;
  SlaOverdue: string;
  SlaAtRisk: string;
  SlaDue: string;
  ReviewDue: string;
  FollowUpDue: string;
  ActionDue: string;
  BoardMeetingOn: string;
  DeadlinesHeading: string;
  DeadlineIndstillingKlar: string;
  DeadlineDagsordenUdsendt: string;
  DeadlineWorkingDays: string;
  DeadlinePassed: string;
  AgendaHeading: string;
  AgendaEmpty: string;
  EmptyTitle: string;
  EmptyMine: string;
  EmptySecretariat: string;
  NoSectionsTitle: string;
  NoSectionsText: string;
  NoSectionsAction: string;
  MeetingsFailed: string;
  Refresh: string;
  Updating: string;
  UpdateFailed: string;
  Announce: string;
}

/** What the Overblik root gets: the shared strings with the web part's own. */
declare interface IOverblikWebPartStrings extends ICoordinatorCommonStrings, IOverblikOwnStrings {}

declare module 'OverblikWebPartStrings' {
  const strings: IOverblikOwnStrings;
  export = strings;
}
