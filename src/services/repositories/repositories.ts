import type { SPFI } from '@pnp/sp';
import {
  activitiesList, decisionsList, inquiriesList, pageLinksList, processesList, processStepsList, replyTemplatesList, tasksList, type IListDefinition
} from '../../schema';
import type {
  IActivityFields, IDecisionFields, IInquiryFields, IPageLinkFields, IProcessFields, IProcessStepFields, IReplyTemplateFields, ITaskFields
} from '../../domain/models';
import { isValidReviewInterval, nextReviewDate } from '../../domain/review';
import { todayInCopenhagen } from '../../domain/timeZone';
import { ListRepository, type IListPermissions, type IRepository, type RuleCheck } from './ListRepository';

/** The domain's cross-field rules, loaded with the first write (a first render validates nothing). */
let validators: Promise<typeof import('../../domain/validation')> | undefined;
const rulesModule = (): Promise<typeof import('../../domain/validation')> => {
  validators = validators ?? import(/* webpackChunkName: 'validation' */ '../../domain/validation')
    .catch((e: unknown) => { validators = undefined; throw e; });
  return validators;
};

/**
 * For Node processes whose loader cannot follow the on-demand `import()` of a TypeScript module (Playwright's test
 * process runs the fixtures' setup through these repositories): hand the rules over, loaded eagerly.
 */
export function provideListRules(module: typeof import('../../domain/validation')): void {
  validators = Promise.resolve(module);
}

/** How one list's writes are checked and completed beyond its schema: cross-field rules and derived values. */
export interface IListRules<T> {
  rules: RuleCheck<T>;
  prepare: (fields: T) => T;
}

const same = <T>(fields: T): T => fields;

/**
 * The rules of every list, in one place: the repositories use them, and so do the test fakes, so a component test
 * meets the same validation and derived values as SharePoint would get.
 */
export const LIST_RULES: { [K in keyof IRepositories]: IListRules<RepositoryFields<IRepositories[K]>> } = {
  // A one-off activity never carries a rule; a recurring one keeps what the picker wrote.
  activities: { rules: async (f, c) => (await rulesModule()).validateActivity(f, c), prepare: f => (f.repeat === 'Ingen' ? { ...f, recurrence: undefined } : f) },
  // "Senest revideret" may not lie in the future: the rule needs today's date. `nextReview` is derived on every write.
  processes: {
    rules: async (f, c) => (await rulesModule()).validateProcess(f, todayInCopenhagen(new Date()), c),
    prepare: f => (f.lastReviewed && isValidReviewInterval(f.reviewIntervalMonths)
      ? { ...f, nextReview: nextReviewDate(f.lastReviewed, f.reviewIntervalMonths) } : f)
  },
  processSteps: { rules: async f => (await rulesModule()).validateProcessStep(f), prepare: same },
  // An item without a kind is a decision (the column's default in SharePoint too).
  decisions: { rules: async (f, c) => (await rulesModule()).validateDecision(f, c), prepare: f => (f.kind ? f : { ...f, kind: 'Beslutning' }) },
  inquiries: { rules: async (f, c) => (await rulesModule()).validateInquiry(f, c), prepare: same },
  tasks: { rules: async (f, c) => (await rulesModule()).validateTask(f, c), prepare: same },
  replyTemplates: { rules: async (f, c) => (await rulesModule()).validateReplyTemplate(f, c), prepare: same },
  pageLinks: { rules: async (f, c) => (await rulesModule()).validatePageLink(f, c), prepare: same }
};

/** The model of a repository type. */
type RepositoryFields<R> = R extends IRepository<infer T> ? T : never;

/** A repository whose derived values come from {@link LIST_RULES}. */
class RuledRepository<T extends object> extends ListRepository<T> {
  public constructor(sp: SPFI, webUrl: string, list: IListDefinition, private readonly listRules: IListRules<T>) {
    super(sp, webUrl, list, listRules.rules);
  }

  protected prepare(fields: T): T {
    return this.listRules.prepare(fields);
  }
}

/**
 * The data services of the solution, one repository per list, each behind `IRepository` (tests give fakes that
 * implement it). Queries that span lists go through `IBatchReader`; use cases that write to several lists live in
 * the application services (e.g. `services/wheel/WheelActions.ts`), not in components.
 */
export interface IRepositories {
  activities: IRepository<IActivityFields>;
  processes: IRepository<IProcessFields>;
  processSteps: IRepository<IProcessStepFields>;
  decisions: IRepository<IDecisionFields>;
  inquiries: IRepository<IInquiryFields>;
  tasks: IRepository<ITaskFields>;
  /** The Henvendelser web part's reply templates. */
  replyTemplates: IRepository<IReplyTemplateFields>;
  /** The site's settings for links between the web parts: which page hosts which web part. */
  pageLinks: IRepository<IPageLinkFields>;
}

/** Builds every repository on one PnPjs instance for the web at `webUrl`. */
export function createRepositories(sp: SPFI, webUrl: string): IRepositories {
  return {
    activities: new RuledRepository(sp, webUrl, activitiesList, LIST_RULES.activities),
    processes: new RuledRepository(sp, webUrl, processesList, LIST_RULES.processes),
    processSteps: new RuledRepository(sp, webUrl, processStepsList, LIST_RULES.processSteps),
    decisions: new RuledRepository(sp, webUrl, decisionsList, LIST_RULES.decisions),
    inquiries: new RuledRepository(sp, webUrl, inquiriesList, LIST_RULES.inquiries),
    tasks: new RuledRepository(sp, webUrl, tasksList, LIST_RULES.tasks),
    replyTemplates: new RuledRepository(sp, webUrl, replyTemplatesList, LIST_RULES.replyTemplates),
    pageLinks: new RuledRepository(sp, webUrl, pageLinksList, LIST_RULES.pageLinks)
  };
}

export type { IListPermissions };
