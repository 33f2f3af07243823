export { NextSummary, relativeDay } from './NextSummary';
export type { INextSummaryProps } from './NextSummary';
