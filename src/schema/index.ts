export * from './types';
export * from './lists';
// Views (src/schema/views.ts) are imported from there by provisioning and docs only: not part of a first load.
export * from './validate';
