/** The Prioritering web part's properties. */
export interface IPrioriteringWebPartProps {
  title: string;
  /** One swim lane per area of responsibility. */
  swimLanes: boolean;
  /** Warn when MUST's share of the effort is above this, in percent (DSDM: about 60). */
  mustThreshold: number;
  /** How far back overdue open tasks are loaded, in months (tasks without a due date are always shown). */
  monthsBack: number;
  /** How far ahead upcoming open tasks are loaded, in months. */
  monthsAhead: number;
  /** Cards shown per column before »Vis flere«. */
  cardsPerColumn: number;
}
