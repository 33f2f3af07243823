/**
 * The domain: models and the pure rules over them (dates in Copenhagen, ISO weeks, Danish holidays and business days,
 * MoSCoW, review cycles, recurrence, validation) and, per web part, the rules of processes, decisions, inquiries and the
 * cockpit (each folder can also be imported on its own). No SharePoint, React or DOM; rules take `today`/`now` as
 * arguments and return codes, never user-facing text.
 */
export * from './models';
export * from './dates';
export * from './dateInput';
export * from './text';
export * from './timeZone';
export * from './danishCalendar';
export * from './isoWeek';
export * from './holidays';
export * from './businessDays';
export * from './moscow';
export * from './review';
export * from './recurrenceRule';
export * from './rruleAdapter';
export * from './rruleLibrary';
export * from './recurrence';
export * from './describeRule';
export * from './recurrencePicker';
export * from './validation';
export { ErrorCollector } from './validationError';
export * from './processes';
export * from './decisions';
export * from './inquiries';
export * from './cockpit';
