/** mulberry32: tiny, fast and good enough for a reproducible fake data set. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** ZStack uuids are random v4 UUIDs with the dashes stripped. */
  uuid(): string {
    let s = '';
    for (let i = 0; i < 4; i++) s += ((this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
    const variant = '89ab'[this.int(0, 3)] ?? '8';
    return `${s.slice(0, 12)}4${s.slice(13, 16)}${variant}${s.slice(17)}`;
  }

  hexByte(): string {
    return this.int(0, 255).toString(16).padStart(2, '0');
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}
