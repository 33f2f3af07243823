/**
 * Rules of the Beslutninger web part: statuses and kinds, the register's views, the board pipeline with its
 * preparation deadlines, the follow-up for a forum's next meeting, status suggestions and the CSV export.
 * Pure; returns codes, not text.
 */
export * from './status';
export * from './views';
export * from './pipeline';
export * from './followUp';
export * from './csv';
export * from './register';
export * from './meetings';
export * from './wheelDeadlines';
export * from './actionPlan';
