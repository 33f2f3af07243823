/**
 * Provides `rrule` to the domain synchronously (see `rruleLibrary.ts`): imported for its effect by modules that live
 * in on-demand chunks anyway (validation, the rule in words, the `.ics` export) and by Node code (tests, seed,
 * scripts through `domain/index.ts`). Never import it from a web part's first-screen code: that puts `rrule` back
 * into the first-load bundle.
 */
import { Frequency, RRule, Weekday } from 'rrule';
import { provideRRule } from './rruleLibrary';

provideRRule({ Frequency, RRule, Weekday });
