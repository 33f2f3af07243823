/**
 * The strings every Koordinator web part shares: the four states (loading, error, empty, not configured),
 * provisioning, error and validation messages, the date and people pickers. One SPFx localized resource
 * (`CommonStrings` in config/config.json); each web part's own `I…WebPartStrings` extends this interface, and the
 * host hands the root both merged. A test keeps da-dk.js, en-us.js and this file in agreement.
 */
declare interface ICoordinatorCommonStrings {
  /** Spinner label while data loads. */
  Loading: string;
  /** The retry button on an error. */
  Retry: string;
  Close: string;
  Cancel: string;
  /** Heading of an error view. */
  ErrorTitle: string;
  ErrorForbidden: string;
  ErrorNotFound: string;
  ErrorConflict: string;
  ErrorThrottled: string;
  ErrorThreshold: string;
  ErrorOffline: string;
  ErrorValidation: string;
  ErrorUnknown: string;
  /** A write whose outcome is unknown (the connection broke): nothing lost, trying again is safe. */
  ErrorUncertain: string;
  /** Label of the technical details shown in edit mode. */
  ErrorDetails: string;
  NotConfiguredTitle: string;
  /** For users who may create lists. */
  NotConfiguredOwnerText: string;
  /** For everybody else. */
  NotConfiguredReaderText: string;
  /** `{0}` = the missing lists, comma-separated. */
  NotConfiguredMissing: string;
  ProvisionButton: string;
  ProvisionRunning: string;
  /** `{0}` = number of changes made. */
  ProvisionDone: string;
  ProvisionNothingToDo: string;
  ProvisionFailed: string;
  ProvisionContinue: string;
  /** Date picker (`IsoDatePicker`). */
  DateGoToToday: string;
  DatePrevMonth: string;
  DateNextMonth: string;
  DatePrevYear: string;
  DateNextYear: string;
  DateCloseCalendar: string;
  DateOpenCalendar: string;
  /** `{0}` = week number. */
  DateWeekNumber: string;
  DateInvalid: string;
  DatePlaceholder: string;
  /** People picker (`PeopleField`). */
  PeopleSuggestions: string;
  PeopleNoResults: string;
  PeopleSearching: string;
  PeopleRemove: string;
  /** Validation messages (common): {0} = the field's label. */
  ValidationRequired: string;
  ValidationTooLong: string;
  ValidationNotText: string;
  ValidationChoice: string;
  ValidationNotNumber: string;
  ValidationNotInteger: string;
  ValidationTooSmall: string;
  ValidationTooLarge: string;
  ValidationDate: string;
  ValidationDateOutOfRange: string;
  ValidationReference: string;
  ValidationUrl: string;
  ValidationEmail: string;
  ValidationVersion: string;
  ValidationReviewInterval: string;
  ValidationNotBefore: string;
  ValidationInFuture: string;
  ValidationClosedNeedsDate: string;
  ValidationOpenHasClosedDate: string;
  ValidationCompletedNotDone: string;
  ValidationInvalid: string;
  /** A chosen person could not be made a site user. `{0}` = the person's name. */
  PeopleEnsureFailed: string;
  /** Provisioning report: {0} = list, {1} = column or view, {2} = internal name or values. */
  ProvisionActionCreateList: string;
  ProvisionActionEnableVersioning: string;
  ProvisionActionAddField: string;
  ProvisionActionAddHiddenField: string;
  ProvisionActionIndexField: string;
  ProvisionActionRequireUnique: string;
  ProvisionActionAddChoices: string;
  ProvisionActionAddView: string;
  /** Repair: a column the web part uses was deleted in SharePoint. */
  RepairTitle: string;
  /** {0} = the column. */
  RepairOwnerText: string;
  RepairReaderText: string;
  RepairButton: string;
  ErrorListSchema: string;
  DateNotADay: string;
  /** `{0}`, `{1}` = the first and last year a date may have. */
  DateOutOfRange: string;
  /** Shown while a part of the web part that loads on demand (a form, a panel) is fetched. */
  LoadingPart: string;
  ErrorLoadingPart: string;
  /** {0} list, {1} column, {2} old value, {3} new value, {4} number of items */
  ProvisionActionRenameChoice: string;
}

declare module 'CommonStrings' {
  const strings: ICoordinatorCommonStrings;
  export = strings;
}
