/* eslint-disable no-bitwise -- a PRNG is bit arithmetic by nature */
/**
 * A small seeded pseudo-random generator (mulberry32). The demo and benchmark data must be the same on every run so
 * tests can rely on counts and names, so nothing in the seed uses `Math.random`.
 */
export class Prng {
  private state: number;

  public constructor(seed: number) {
    // Keep the state an unsigned 32-bit integer whatever the caller passes.
    this.state = seed >>> 0;
  }

  /** The next number in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty array. */
  public pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** True with probability `p`. */
  public chance(p: number): boolean {
    return this.next() < p;
  }
}
