/** The Processer web part's properties, as SharePoint stores them on the page (flat, serialisable values only). */
export interface IProcesserWebPartProps {
  /** Heading above the catalogue; empty for none. */
  title: string;
  /** Yellow review light inside the last this-many per cent of a review period (Nintex: 10). */
  reviewWarningPercent: number;
  /** The onboarding week of a process that names none of its own (1 = the first working week). */
  onboardingDefaultWeek: number;
  /** Show the swim-lane diagram on the process page (the ordered list is always there). */
  showSwimLanes: boolean;
}
