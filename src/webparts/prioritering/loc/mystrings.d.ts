/** The Prioritering web part's own strings: this folder's `da-dk.js` and `en-us.js` (a test keeps the three in agreement). */
declare interface IPrioriteringOwnStrings {
  WebPartTitle: string;
  PropertyPaneDescription: string;
  PropGroupGeneral: string;
  PropTitle: string;
  PropSwimLanes: string;
  PropMustThreshold: string;
  PropMonthsBack: string;
  PropMonthsAhead: string;
  PropCardsPerColumn: string;
  BoardLabel: string;
  PriorityMustHint: string;
  PriorityShouldHint: string;
  PriorityCouldHint: string;
  PriorityWontHint: string;
  /** {0} = number of tasks in the column. */
  ColumnCount: string;
  ColumnEmpty: string;
  /** {0} = how many are hidden. */
  ShowMore: string;
  MoveButton: string;
  /** {0} = task title. */
  MoveButtonLabel: string;
  /** {0} = MUST, SHOULD …. */
  MoveTo: string;
  MoveDone: string;
  MoveSaving: string;
  /** {2} = the reason. */
  MoveFailed: string;
  DragInstructions: string;
  DropHere: string;
  ConflictTitle: string;
  ConflictText: string;
  ConflictReload: string;
  ConflictOverwrite: string;
  ConflictReloaded: string;
  Unassigned: string;
  AssigneeLabel: string;
  DueLabel: string;
  Overdue: string;
  SourceLabel: string;
  SourceWheel: string;
  SourceDecision: string;
  SourceInquiry: string;
  SourceProcess: string;
  SourceOther: string;
  StatusNotStarted: string;
  StatusInProgress: string;
  StatusWaiting: string;
  AreaProcesses: string;
  AreaWheel: string;
  AreaDecisions: string;
  AreaInquiries: string;
  LaneNoArea: string;
  EffortLabel: string;
  /** {0} = hours. */
  EffortValue: string;
  EffortNone: string;
  EffortEdit: string;
  EffortButton: string;
  EffortSave: string;
  EffortSaved: string;
  EffortNotNumber: string;
  EffortNegative: string;
  EffortTooLarge: string;
  EffortTooManyDecimals: string;
  QuickAdd: string;
  QuickAddTo: string;
  QuickAddTitle: string;
  QuickAddArea: string;
  QuickAddSave: string;
  QuickAddDone: string;
  QuickAddTitleRequired: string;
  FiltersLabel: string;
  FilterArea: string;
  FilterAssignee: string;
  FilterSource: string;
  FilterStatus: string;
  FilterDue: string;
  FilterAll: string;
  DueOverdue: string;
  DueNext7: string;
  DueNext30: string;
  DueNone: string;
  ClearFilters: string;
  Refresh: string;
  NoMatches: string;
  WindowNote: string;
  ReadOnlyNote: string;
  BalanceHeading: string;
  /** {0} = priority, {1} = percent, {2} = hours. */
  BalanceSegment: string;
  BalanceTotal: string;
  BalanceWont: string;
  BalanceMustWarning: string;
  BalanceCouldNote: string;
  BalanceSomeUnestimated: string;
  BalanceNoEstimates: string;
  BalanceNone: string;
  EmptyTitle: string;
  EmptyText: string;
  EmptyTextReader: string;
}

/** What the Prioritering components get: the shared strings and its own, merged by the host. */
declare interface IPrioriteringWebPartStrings extends ICoordinatorCommonStrings, IPrioriteringOwnStrings {}

declare module 'PrioriteringWebPartStrings' {
  const strings: IPrioriteringOwnStrings;
  export = strings;
}
