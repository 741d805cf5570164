import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from '../../../src/lib/shuffle';

describe('seeded shuffling', () => {
  const items = Array.from({ length: 30 }, (_, i) => i);
  it('is reproducible: the same seed gives the same order', () => {
    expect(shuffled(items, seededRandom(42))).toEqual(shuffled(items, seededRandom(42)));
  });
  it('gives different orders for different seeds', () => {
    expect(shuffled(items, seededRandom(1))).not.toEqual(shuffled(items, seededRandom(2)));
  });
  it('is a permutation and leaves the input alone', () => {
    const copy = [...items];
    const result = shuffled(items, seededRandom(7));
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(copy);
    expect(result).not.toEqual(items);
  });
  it('produces numbers in [0, 1)', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
  it('puts every item first about equally often over many seeds', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) { const first = shuffled([0, 1, 2, 3], seededRandom(seed))[0]!; firsts[first] = firsts[first]! + 1; }
    for (const n of firsts) expect(n).toBeGreaterThan(850);
  });
});
