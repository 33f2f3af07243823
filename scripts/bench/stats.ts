/** Percentiles of a sample, nearest rank: with 9 samples p50 is the 5th, p95 the 9th (the slowest). */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50, p95, min and max of a sample. */
export interface ISummary {
  p50: number;
  p95: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(xs: number[]): ISummary {
  return { p50: percentile(xs, 50), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}
