/**
 * Rules of the cockpit and the MoSCoW board: the horizon and sections of the cockpit with their urgency order, the
 * effort balance per priority, and deep links into Koordinator. Pure; returns codes, not text.
 */
export * from './sections';
export * from './effort';
export * from './deepLinks';
export * from './attention';
export * from './board';
