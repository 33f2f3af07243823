import type { Area, IPersonRef, IsoDate, ILookupRef, Priority, Stored } from './common';

/** The life cycle of a documented process. */
export const PROCESS_STATUSES = ['Kladde', 'Til godkendelse', 'Godkendt', 'Til revision', 'Udfaset'] as const;
/** A process status. */
export type ProcessStatus = typeof PROCESS_STATUSES[number];

/** The review interval a process gets unless told otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** The fields of a documented process (list `Processer`). */
export interface IProcessFields {
  title: string;
  purpose?: string;
  /** Rich text (HTML). */
  description?: string;
  area: Area;
  owner?: IPersonRef;
  /** The owner's deputy (stedfortræder): steps in when the owner is away; sees the process under »Mine processer«. */
  deputyOwner?: IPersonRef;
  status: ProcessStatus;
  /** Version label, e.g. `1.2`. */
  version?: string;
  lastReviewed?: IsoDate;
  reviewIntervalMonths: number;
  /** Derived: lastReviewed + interval. Stored so views and filters can use it. */
  nextReview?: IsoDate;
  /** Part of the onboarding of new staff. */
  onboarding: boolean;
  /** What starts the process. */
  trigger?: string;
  /** What the process delivers. */
  outcome?: string;
  priority: Priority;
  /** Who approved the current version (set by Koordinator on »Godkend«). */
  approvedBy?: IPersonRef;
  /** The day the current version was approved. */
  approvedDate?: IsoDate;
  /** The onboarding week (1, 2, 4 …) a new colleague learns the process in; empty: the web part's setting decides. */
  onboardingWeek?: number;
}

/** A stored process. */
export type IProcess = Stored<IProcessFields>;

/** The fields of a step of a process (list `Procestrin`). */
export interface IProcessStepFields {
  title: string;
  process: ILookupRef;
  stepNumber: number;
  responsibleRole?: string;
  description?: string;
  deliverable?: string;
}

/** A stored process step. */
export type IProcessStep = Stored<IProcessStepFields>;
