import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../src/storage/migrations';
import { isValidRecord } from '../../../src/storage/records';

const T = 1_700_000_000_000;
const v1 = [
  ['section:c/s', { checks: { 0: { choice: 1, correct: false, solved: true, at: T }, 1: { choice: 0, correct: true, solved: true, at: T } }, updatedAt: T }],
  ['course:c', { lastSectionId: 's', at: T }],
] as [string, unknown][];

describe('migrations', () => {
  it('brings version 1 records to the current version, where they validate', () => {
    const migrated = migrate(v1, 1);
    for (const [key, value] of migrated) expect(isValidRecord(key, value), key).toBe(true);
    expect(migrated[0]![1]).toMatchObject({ checks: { 0: { tries: 1, rightTries: 0 }, 1: { tries: 1, rightTries: 1 } } });
    expect(migrated[1]![1]).toEqual({ lastSectionId: 's', at: T, visited: { s: T } });
  });

  it('treats data without a version as version 1', () => {
    expect(migrate(v1, undefined)).toEqual(migrate(v1, 1));
  });

  it('leaves current and future data untouched', () => {
    expect(migrate(v1, SCHEMA_VERSION)).toBe(v1);
    expect(migrate(v1, SCHEMA_VERSION + 1)).toBe(v1);
  });

  it('passes values it does not understand through, for validation to set aside', () => {
    const odd: [string, unknown][] = [['section:c/x', 'garbage'], ['course:c', { lastSectionId: 3 }]];
    const migrated = migrate(odd, 1);
    expect(migrated).toEqual(odd);
    expect(migrated.some(([k, v]) => isValidRecord(k, v))).toBe(false);
  });
});
