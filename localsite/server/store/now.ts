/** SharePoint's timestamp form: UTC, whole seconds (`2026-05-14T08:00:00Z`). */
export function spNow(): string {
  return toSpDate(new Date());
}

/** Formats an instant as SharePoint writes dates. */
export function toSpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
