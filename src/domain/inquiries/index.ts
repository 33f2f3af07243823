/**
 * Rules of the Henvendelser web part: working time and SLA clocks, reference numbers, reply templates and mailto
 * links, statistics and the queues. Pure; returns codes, not text.
 */
export * from './workingTime';
export * from './sla';
export * from './reference';
export * from './templates';
export * from './statistics';
export * from './overview';
export * from './queues';
export * from './handling';
