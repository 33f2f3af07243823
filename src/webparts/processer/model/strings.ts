/**
 * The strings the Processer's components get: the host's (the shared `CommonStrings` with the web part's own over
 * them), with the shared state and error texts that name the Årshjul — »Årshjulet kunne ikke vises«, »En anden har
 * ændret aktiviteten …«, »Åbn årshjulet« — replaced by the process library's own. The shared views and
 * `friendlyError` read the shared keys, so they speak of processes without knowing about them.
 */
export function processerStrings(strings: IProcesserWebPartStrings): IProcesserWebPartStrings {
  return {
    ...strings,
    Loading: strings.LoadingCatalogue,
    ErrorTitle: strings.StateErrorTitle,
    ErrorForbidden: strings.StateErrorForbidden,
    ErrorConflict: strings.StateErrorConflict,
    NotConfiguredTitle: strings.StateNotConfiguredTitle,
    NotConfiguredOwnerText: strings.StateNotConfiguredOwnerText,
    NotConfiguredReaderText: strings.StateNotConfiguredReaderText,
    ProvisionContinue: strings.StateProvisionContinue
  };
}
