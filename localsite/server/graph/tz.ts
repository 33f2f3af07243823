/**
 * Time-zone arithmetic with the platform's Intl data (no extra dependency): Windows zone names as Outlook uses
 * them, wall-clock ↔ UTC conversion that follows DST, and Graph's `2026-05-14T10:00:00.0000000` format.
 * A "wall" time is a wall-clock time held in a number as if it were UTC milliseconds.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'utc': 'UTC', 'coordinated universal time': 'UTC', 'romance standard time': 'Europe/Copenhagen',
  'w. europe standard time': 'Europe/Berlin', 'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw', 'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik', 'fle standard time': 'Europe/Helsinki',
  'gtb standard time': 'Europe/Bucharest', 'e. europe standard time': 'Europe/Chisinau',
  'eastern standard time': 'America/New_York', 'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver', 'pacific standard time': 'America/Los_Angeles',
  'tokyo standard time': 'Asia/Tokyo', 'china standard time': 'Asia/Shanghai', 'india standard time': 'Asia/Kolkata'
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone for a Windows or IANA name; null when unknown. */
export function resolveZone(name: string | undefined | null): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  const mapped = WINDOWS_ZONES[trimmed.toLowerCase()];
  if (mapped) return mapped;
  return isKnownZone(trimmed) ? trimmed : null;
}

/** Whether the platform's Intl data knows an IANA zone: the formatter's constructor throws a RangeError if not. */
function isKnownZone(tz: string): boolean {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone !== undefined;
  } catch {
    return false;
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', second: '2-digit'
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock time in `tz` at an instant. */
export function utcToWall(utcMs: number, tz: string): number {
  if (tz === 'UTC') return utcMs;
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = parseInt(p.value, 10);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall + (utcMs % 1000 + 1000) % 1000;
}

/** The instant at which `tz` shows a wall-clock time (DST-aware: 10:00 stays 10:00 local across the change). */
export function wallToUtc(wall: number, tz: string): number {
  if (tz === 'UTC') return wall;
  let utc = wall - (utcToWall(wall, tz) - wall);
  utc = wall - (utcToWall(utc, tz) - utc);
  return utc;
}

/** Parses Graph's `dateTime` (no offset, up to 7 fractional digits) as a wall time. NaN when malformed. */
export function parseWall(dateTime: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/.exec(dateTime.trim());
  if (!m) return NaN;
  const ms = m[7] ? Math.floor(parseInt(m[7].padEnd(7, '0'), 10) / 10000) : 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0), ms);
}

/** Graph's `dateTime` text for a wall time: `2026-05-14T10:00:00.0000000`. */
export function formatWall(wall: number): string {
  return `${new Date(wall).toISOString().slice(0, 19)}.0000000`;
}

/** `YYYY-MM-DD` of a wall time. */
export const wallDate = (wall: number): string => new Date(wall).toISOString().slice(0, 10);
