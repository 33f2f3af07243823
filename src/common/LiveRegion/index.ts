export { createAnnouncer, LiveRegion, useAnnouncer } from './LiveRegion';
export type { IAnnouncer, ILiveRegionProps } from './LiveRegion';
