/**
 * A web part's own words for the shared state texts. The shared `CommonStrings` say them neutrally (»Indholdet kunne
 * ikke vises«, »Koordinators lister findes ikke endnu«); a web part that has its own (»Årshjulet kunne ikke vises«)
 * keeps them under these keys, and its root gives its components the strings with them in the shared keys' place —
 * the shared views and `friendlyError` read the shared keys, so they speak of the web part without knowing it.
 */
export interface IOwnStateStrings {
  StateLoading: string;
  StateErrorTitle: string;
  StateErrorForbidden: string;
  StateErrorConflict: string;
  StateNotConfiguredTitle: string;
  StateNotConfiguredOwnerText: string;
  StateNotConfiguredReaderText: string;
  StateProvisionContinue: string;
}

/** `strings` with the web part's own state texts in the shared keys' place. */
export function inOwnWords<T extends ICoordinatorCommonStrings & IOwnStateStrings>(strings: T): T {
  return {
    ...strings,
    Loading: strings.StateLoading,
    ErrorTitle: strings.StateErrorTitle,
    ErrorForbidden: strings.StateErrorForbidden,
    ErrorConflict: strings.StateErrorConflict,
    NotConfiguredTitle: strings.StateNotConfiguredTitle,
    NotConfiguredOwnerText: strings.StateNotConfiguredOwnerText,
    NotConfiguredReaderText: strings.StateNotConfiguredReaderText,
    ProvisionContinue: strings.StateProvisionContinue
  };
}
