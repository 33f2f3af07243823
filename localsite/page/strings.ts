import type { UiLanguage } from '../../src/common/hosting';

/** The local page's own texts (its chrome, not the web parts'), Danish first. */
export interface IPageStrings {
  skipToContent: string;
  suiteBarLabel: string;
  appName: string;
  siteTitle: string;
  siteNavigation: string;
  home: string;
  siteContents: string;
  pageTitle: string;
  localControls: string;
  user: string;
  signedInAs: (name: string) => string;
  switchUser: string;
  language: string;
  view: string;
  viewSharePoint: string;
  viewTeamsDefault: string;
  viewTeamsDark: string;
  viewTeamsContrast: string;
  mobile: string;
  edit: string;
  publish: string;
  editWebPart: (title: string) => string;
  propertiesTitle: (title: string) => string;
  close: string;
  webPartFailed: string;
  retry: string;
  listsHeading: string;
  listsIntro: string;
  listName: string;
  listUrl: string;
  itemCount: string;
  listStatus: string;
  exists: string;
  missing: string;
  loading: string;
  listsMissing: (names: string) => string;
  listsMissingAskOwner: string;
  provision: string;
  provisioning: string;
  provisionDone: (n: number) => string;
  nothingToDo: string;
  reset: string;
  resetting: string;
  resetConfirmTitle: string;
  resetConfirmText: string;
  resetDone: (items: number) => string;
  cancel: string;
  errorPrefix: string;
  noWebParts: string;
  teamsAppBar: string;
  teamsTabs: string;
  /** `?user=` names nobody the site knows. */
  unknownUserTitle: (email: string) => string;
  unknownUserText: string;
}

const da: IPageStrings = {
  skipToContent: 'Spring til hovedindhold',
  suiteBarLabel: 'Microsoft 365',
  appName: 'SharePoint',
  siteTitle: 'OS2 Sekretariat',
  siteNavigation: 'Webstedsnavigation',
  home: 'Startside',
  siteContents: 'Webstedsindhold',
  pageTitle: 'Koordinator',
  localControls: 'Lokal side',
  user: 'Bruger',
  signedInAs: name => `Logget ind som ${name}`,
  switchUser: 'Skift bruger',
  language: 'Sprog',
  view: 'Visning',
  viewSharePoint: 'SharePoint-side',
  viewTeamsDefault: 'Teams (standard)',
  viewTeamsDark: 'Teams (mørk)',
  viewTeamsContrast: 'Teams (høj kontrast)',
  mobile: 'Mobilbredde',
  edit: 'Rediger',
  publish: 'Udgiv',
  editWebPart: title => `Rediger egenskaber for ${title}`,
  propertiesTitle: title => `Egenskaber: ${title}`,
  close: 'Luk',
  webPartFailed: 'Webdelen kunne ikke vises.',
  retry: 'Prøv igen',
  listsHeading: 'Webstedets lister',
  listsIntro: 'Listerne som Koordinator bruger, læst fra webstedet gennem SharePoint REST.',
  listName: 'Liste',
  listUrl: 'Adresse',
  itemCount: 'Elementer',
  listStatus: 'Status',
  exists: 'Findes',
  missing: 'Mangler',
  loading: 'Henter lister …',
  listsMissing: names => `Disse lister mangler: ${names}.`,
  listsMissingAskOwner: 'Bed en ejer af webstedet om at oprette listerne.',
  provision: 'Opret lister',
  provisioning: 'Opretter lister …',
  provisionDone: n => `Færdig: ${n} ændringer.`,
  nothingToDo: 'Intet at gøre: alle lister, kolonner og visninger findes.',
  reset: 'Nulstil demo-data',
  resetting: 'Nulstiller og indlæser demo-data …',
  resetConfirmTitle: 'Nulstil demo-data?',
  resetConfirmText: 'Alle lister og elementer på det lokale websted slettes og oprettes forfra med demo-data.',
  resetDone: items => `Demo-data er indlæst (${items} elementer).`,
  cancel: 'Annuller',
  errorPrefix: 'Fejl',
  noWebParts: 'Der er ingen webdele på siden endnu. Webstedets lister vises i stedet.',
  teamsAppBar: 'Teams-apps',
  teamsTabs: 'Faner',
  unknownUserTitle: email => `Det lokale websted kender ikke brugeren »${email}«`,
  unknownUserText: 'Vælg en af demo-brugerne:'
};

const en: IPageStrings = {
  skipToContent: 'Skip to main content',
  suiteBarLabel: 'Microsoft 365',
  appName: 'SharePoint',
  siteTitle: 'OS2 Sekretariat',
  siteNavigation: 'Site navigation',
  home: 'Home',
  siteContents: 'Site contents',
  pageTitle: 'Coordinator',
  localControls: 'Local page',
  user: 'User',
  signedInAs: name => `Signed in as ${name}`,
  switchUser: 'Switch user',
  language: 'Language',
  view: 'View',
  viewSharePoint: 'SharePoint page',
  viewTeamsDefault: 'Teams (default)',
  viewTeamsDark: 'Teams (dark)',
  viewTeamsContrast: 'Teams (high contrast)',
  mobile: 'Mobile width',
  edit: 'Edit',
  publish: 'Publish',
  editWebPart: title => `Edit properties of ${title}`,
  propertiesTitle: title => `Properties: ${title}`,
  close: 'Close',
  webPartFailed: 'The web part could not be shown.',
  retry: 'Try again',
  listsHeading: 'Lists on this site',
  listsIntro: 'The lists Koordinator uses, read from the site through SharePoint REST.',
  listName: 'List',
  listUrl: 'Address',
  itemCount: 'Items',
  listStatus: 'Status',
  exists: 'Exists',
  missing: 'Missing',
  loading: 'Loading lists …',
  listsMissing: names => `These lists are missing: ${names}.`,
  listsMissingAskOwner: 'Ask a site owner to create the lists.',
  provision: 'Create lists',
  provisioning: 'Creating lists …',
  provisionDone: n => `Done: ${n} changes.`,
  nothingToDo: 'Nothing to do: every list, column and view exists.',
  reset: 'Reset demo data',
  resetting: 'Resetting and loading demo data …',
  resetConfirmTitle: 'Reset demo data?',
  resetConfirmText: 'Every list and item on the local site is deleted and created again with demo data.',
  resetDone: items => `Demo data loaded (${items} items).`,
  cancel: 'Cancel',
  errorPrefix: 'Error',
  noWebParts: 'There are no web parts on the page yet. The site’s lists are shown instead.',
  teamsAppBar: 'Teams apps',
  teamsTabs: 'Tabs',
  unknownUserTitle: email => `The local site does not know the user "${email}"`,
  unknownUserText: 'Choose one of the demo users:'
};

/** The page's texts in a language. */
export function pageStrings(language: UiLanguage): IPageStrings {
  return language === 'en' ? en : da;
}
