/**
 * The strings every web part's locale files carry besides their own: the four states (loading, error, empty, not
 * configured), provisioning and the error messages. Each web part's `mystrings.d.ts` lists these keys too, so its
 * strings object is assignable to `ICommonStrings` and the shared components can take it as it is.
 */
export interface ICommonStrings {
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
  /** Typed text that is not recognisable as a date. */
  DateInvalid: string;
  /** Typed text that looks like a date, but the day does not exist (`31.2.2027`). */
  DateNotADay: string;
  /** `{0}`, `{1}` = the first and last year a date may have. */
  DateOutOfRange: string;
  DatePlaceholder: string;
  /** People picker (`PeopleField`). */
  PeopleSuggestions: string;
  PeopleNoResults: string;
  PeopleSearching: string;
  PeopleRemove: string;
}

/**
 * Fills `{0}`, `{1}`, … in a localised template. Word order differs between Danish and English, so strings carry
 * numbered placeholders rather than being concatenated in code.
 */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
