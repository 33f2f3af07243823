/**
 * Rules of the Processer web part: review light and review tasks, life cycle and permissions, step order and the
 * idempotent save plan, the onboarding checklist, search and the swim-lane diagram. Pure; returns codes, not text.
 */
export * from './reviewCycle';
export * from './lifecycle';
export * from './steps';
export * from './stepPlan';
export * from './onboarding';
export * from './search';
export * from './swimLanes';
export * from './catalogue';
export * from './history';
export * from './processTasks';
