import type { IActivity, IActivityFields } from '../../src/domain/models';
import type { IRepositories } from '../../src/services';
import { defaultRule, ruleFromPicker } from '../../src/domain';
import type { ISeedContext } from './context';
import type { DemoProcesses } from './processes';
import { activityTexts, type IActivityText } from './activityTexts';

/** The activities by their demo key. */
export type DemoActivities = Record<string, IActivity>;

/** The RRULE the recurrence picker would have written for the activity. */
function ruleOf(text: IActivityText): string | undefined {
  if (text.repeat === 'Ingen') return undefined;
  return text.picker ? ruleFromPicker({ pattern: text.repeat, ...text.picker }) : defaultRule(text.repeat, text.start);
}

/** The fields of a demo activity, with people and process resolved. */
export function activityFields(text: IActivityText, ctx: ISeedContext, processes: DemoProcesses): IActivityFields {
  const process = text.process ? processes[text.process] : undefined;
  return {
    title: text.title,
    description: text.description,
    category: text.category,
    activityType: text.activityType,
    startDate: text.start,
    endDate: text.end,
    repeat: text.repeat,
    recurrence: ruleOf(text),
    forum: text.forum,
    responsible: ctx.people[text.responsible],
    process: process ? { id: process.id, title: process.title } : undefined,
    priority: text.priority
  };
}

/** Seeds the annual wheel through the activity repository; returns the activities by key. */
export async function seedActivities(
  repositories: IRepositories, ctx: ISeedContext, processes: DemoProcesses
): Promise<DemoActivities> {
  const activities: DemoActivities = {};
  for (const text of activityTexts(ctx.year)) {
    activities[text.key] = await repositories.activities.add(activityFields(text, ctx, processes));
  }
  ctx.log(`Årshjul: ${Object.keys(activities).length} aktiviteter`);
  return activities;
}
