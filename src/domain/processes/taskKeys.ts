/**
 * The key prefixes of the tasks the Processer web part writes to `Opgaver` (the hidden unique `IdempotencyKey`
 * column). A module of its own, without imports, so the catalogue's query can name them without pulling the rules in.
 */
/** Review tasks (`reviewTaskKey`): `proces-revision:<process>:<due date>`. */
export const REVIEW_KEY_PREFIX = 'proces-revision:';
/** Onboarding tasks (`onboardingTaskKey`): `onboarding:<person>:<process>`. */
export const ONBOARDING_KEY_PREFIX = 'onboarding:';
/** Improvement proposals (`proposalTaskKey`): `proces-forslag:<process>:<form key>`. */
export const PROPOSAL_KEY_PREFIX = 'proces-forslag:';
