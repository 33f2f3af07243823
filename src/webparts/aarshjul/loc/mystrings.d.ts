/** The Årshjul's own strings: this folder's `da-dk.js` and `en-us.js` (a test keeps the three in agreement). */
declare interface IAarshjulOwnStrings {
  // Web part and property pane.
  WebPartTitle: string;
  PropertyPaneDescription: string;
  PropGroupGeneral: string;
  PropTitle: string;
  PropStartMonth: string;
  PropShowWeekRing: string;
  PropDefaultView: string;
  PropGroupRings: string;
  PropRingPosition: string;
  PropRingNone: string;
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
  On: string;
  Off: string;

  // Rings, types, patterns, forums.
  RingBestyrelse: string;
  RingSekretariat: string;
  RingOekonomi: string;
  RingMedlemmer: string;
  RingArrangementer: string;
  RingKommunikation: string;
  RingMeetings: string;
  TypeDeadline: string;
  TypePeriod: string;
  TypeMeeting: string;
  TypeMilestone: string;
  TypeOutlookMeeting: string;
  RepeatNone: string;
  RepeatYearly: string;
  RepeatHalfYearly: string;
  RepeatQuarterly: string;
  RepeatMonthly: string;
  RepeatCustom: string;
  ForumBestyrelse: string;
  ForumSekretariat: string;
  ForumGeneralforsamling: string;
  ForumKoordinationsgruppe: string;
  ForumStyregruppe: string;
  ForumAndet: string;
  Done: string;

  // Toolbar, zoom, views, export.
  Toolbar: string;
  NewActivity: string;
  PreviousYear: string;
  NextYear: string;
  ThisYear: string;
  Zoom: string;
  ZoomYear: string;
  ZoomQuarter: string;
  ZoomMonth: string;
  ViewWheel: string;
  ViewAgenda: string;
  Export: string;
  ExportPng: string;
  ExportSvg: string;
  ExportIcs: string;
  Print: string;
  ExportFailed: string;
  ExportFileName: string;
  CalendarName: string;

  // Filters and announcements.
  Filters: string;
  FilterRings: string;
  FilterResponsible: string;
  FilterPriority: string;
  FilterAll: string;
  Search: string;
  ClearFilters: string;
  AnnounceShowing: string;
  AnnounceShowingOne: string;
  Reloading: string;

  // Wheel, legend, agenda.
  WheelLabel: string;
  WheelInstructions: string;
  WheelEnd: string;
  Today: string;
  Legend: string;
  LegendPeriod: string;
  LegendDone: string;
  AgendaLabel: string;
  MeetingsWarningTitle: string;
  MeetingsWarningForbidden: string;
  MeetingsSourceIncomplete: string;
  OpenProperties: string;

  // States.
  EmptyTitle: string;
  EmptyEditorText: string;
  EmptyReaderText: string;
  AddFirst: string;
  NoMatchesTitle: string;
  NoMatchesText: string;

  // Details panel.
  DetailsDate: string;
  DetailsRing: string;
  DetailsType: string;
  DetailsResponsible: string;
  DetailsPriority: string;
  DetailsForum: string;
  DetailsProcess: string;
  DetailsRepeat: string;
  DetailsNext: string;
  DetailsDescription: string;
  DetailsMeeting: string;
  DetailsTime: string;
  DetailsLocation: string;
  DetailsOrganizer: string;
  OpenInOutlook: string;
  Edit: string;
  Delete: string;
  MarkDone: string;
  MarkedDone: string;
  MarkDoneAnnouncement: string;

  // Form.
  FormNewTitle: string;
  FormEditTitle: string;
  FieldTitle: string;
  FieldDescription: string;
  FieldRing: string;
  FieldType: string;
  FieldStart: string;
  FieldEnd: string;
  FieldRepeat: string;
  FieldInterval: string;
  FieldUnit: string;
  UnitDay: string;
  UnitWeek: string;
  UnitMonth: string;
  UnitYear: string;
  FieldMonth: string;
  FieldRepeatOn: string;
  RepeatOnDay: string;
  RepeatOnWeekday: string;
  FieldDayOfMonth: string;
  LastDay: string;
  FieldNth: string;
  Nth1: string;
  Nth2: string;
  Nth3: string;
  Nth4: string;
  NthLast: string;
  FieldWeekday: string;
  FieldEnds: string;
  EndsNever: string;
  EndsUntil: string;
  EndsCount: string;
  FieldUntil: string;
  FieldCount: string;
  FieldRule: string;
  RuleSummary: string;
  FieldForum: string;
  ForumNone: string;
  FieldResponsible: string;
  FieldProcess: string;
  ProcessNone: string;
  ProcessLoadFailed: string;
  FieldPriority: string;
  Save: string;
  Saving: string;
  FormHasErrors: string;
  SaveFailed: string;
  Saved: string;
  ConflictReload: string;
  ConflictOverwrite: string;
  DeleteTitle: string;
  DeleteText: string;
  DeleteConfirm: string;
  Deleted: string;
  SaveStillRunning: string;
  /** {0} = title, {1} = the year label. */
  SavedInOtherYear: string;
  /** {0} = the year label. */
  SavedGoToYear: string;
  MarkDoneUndo: string;
  MarkDoneUndone: string;
  MarkDoneFutureTitle: string;
  /** {0} = the occurrence's date. */
  MarkDoneFutureText: string;
  MarkDoneFutureConfirm: string;
  DeleteConflictText: string;
  DeleteShowLatest: string;
  DeleteAnyway: string;
  /** Årshjul validation and recurrence-rule messages. */
  ValidationPeriodNeedsEnd: string;
  /** {0} = the type in lower case. */
  ValidationSingleDayHasEnd: string;
  ValidationRecurrenceNotAllowed: string;
  ValidationRecurrenceRequired: string;
  ValidationRecurrenceMismatch: string;
  ValidationRecurrenceOverlap: string;
  /** {0} = one of the Rule… texts. */
  RuleInvalid: string;
  RuleEmpty: string;
  RuleDtstart: string;
  RuleMultiline: string;
  RuleNotKeyValue: string;
  RuleRepeatedPart: string;
  RuleFreqMissing: string;
  RuleFreqTooOften: string;
  RuleFreqUnknown: string;
  RuleZero: string;
  RuleTimeParts: string;
  RuleUnknownPart: string;
  RuleCountAndUntil: string;
  RuleByWeekNoYearly: string;
  RuleByYearDayYearly: string;
  RuleByMonthDayWeekly: string;
  RuleBySetPosAlone: string;
  RuleNumberedWeekdayFreq: string;
  RuleNumberedWeekdayRange: string;
  RuleNotInteger: string;
  RuleOutOfRange: string;
  RuleWeekdayInvalid: string;
  RuleWeekdayZero: string;
  RuleUntilInvalid: string;
  RuleUntilBeforeStart: string;
  RuleNeverMonthDay: string;
  RuleNeverOccurs: string;
  RuleUntilBeforeFirst: string;
  RulePickerCountAndUntil: string;
  RulePickerMonth: string;
  RulePickerNthWeekday: string;
  /** The start field of types with an end date (periods, meetings). */
  FieldStartPeriod: string;
  /** `Done` as a label or list item (capitalised); `Done` itself stays lower case inside an accessible name. */
  DoneLabel: string;
  /** The mark-done button of a one-off activity (no occurrence to name). */
  MarkDoneOnce: string;
  MarkedDoneOnce: string;
  /** The title of an Outlook meeting without a subject, as Outlook shows it. */
  NoSubject: string;
  /** `{0}` = how many; the summary of the »Kan ikke vises« notice. */
  UnshowableSummary: string;
  UnshowableSummaryOne: string;
  UnshowableIntro: string;
  UnshowableNoStartDate: string;
  /** `{0}` = the stored Category value (may be empty). */
  UnshowableUnknownRing: string;
  UnshowableNoRing: string;
  Untitled: string;
  /** `{0}` = characters typed, `{1}` = the most the title may have. */
  TitleCounter: string;
  /** `{0}` = characters typed, `{1}` = the limit. */
  TitleTooLong: string;
  MeetingsThrottled: string;
  MeetingsOffline: string;
  /** `{0}` = the mailbox address. */
  MeetingsMailboxNotShared: string;
  MeetingsGroupDenied: string;
  MeetingsNotFound: string;
  MeetingsUnknown: string;
  MeetingsLoading: string;
  MeetingsSlow: string;
  /** The »what's next« summary above wheel and agenda. */
  NextHeading: string;
  NextDeadlines: string;
  NextMeetings: string;
  NextToday: string;
  NextTomorrow: string;
  /** `{0}` = days from today. */
  NextInDays: string;
  /** `{0}` = today's date; the marker in the agenda. */
  AgendaTodayMarker: string;
  /** A deep link (?koordinator=aktivitet:N) points to an activity that is gone. */
  LinkedActivityMissing: string;
  /** Details row: the decision a pipeline deadline prepares. */
  DetailsDecision: string;
  /** The Årshjul's own words for the shared state texts (see src/common/stateStrings.ts). */
  StateLoading: string;
  StateErrorTitle: string;
  StateErrorForbidden: string;
  StateErrorConflict: string;
  StateNotConfiguredTitle: string;
  StateNotConfiguredOwnerText: string;
  StateNotConfiguredReaderText: string;
  StateProvisionContinue: string;
}

/** What the Årshjul's root gets: the shared `CommonStrings` and its own, merged by the host. */
declare interface IAarshjulWebPartStrings extends ICoordinatorCommonStrings, IAarshjulOwnStrings {}

declare module 'AarshjulWebPartStrings' {
  const strings: IAarshjulOwnStrings;
  export = strings;
}
