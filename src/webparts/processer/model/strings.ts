import { inOwnWords } from '../../../common/stateStrings';

/**
 * The strings the Processer's components get: the host's (the shared `CommonStrings` with the web part's own over
 * them), with the shared state and error texts in the process library's own words (»Processerne kunne ikke vises«,
 * »En anden har ændret processen …«, »Åbn proceskataloget«; see `inOwnWords`).
 */
export function processerStrings(strings: IProcesserWebPartStrings): IProcesserWebPartStrings {
  return inOwnWords({ ...strings, StateLoading: strings.LoadingCatalogue });
}
