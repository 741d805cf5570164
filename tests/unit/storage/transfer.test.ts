import { describe, expect, it } from 'vitest';
import { buildExport, countByKind, describeImport, EXPORT_FORMAT, parseImport, shouldReplace } from '../../../src/storage/transfer';
import { SCHEMA_VERSION } from '../../../src/storage/migrations';
import { courseKey, noteKey, sectionKey } from '../../../src/storage/keys';
import { withAnswer } from '../../../src/lib/progress';

const T = 1_700_000_000_000;
const section = withAnswer(undefined, 0, 1, true, T);
const note = { text: 'Timeouts <b>everywhere</b>', updatedAt: T };
const file = (over: object) => JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: 'x', records: {}, ...over });

describe('export and import', () => {
  it('round-trips every valid record and leaves out backups and meta keys', () => {
    const exported = buildExport([[sectionKey('c', 's'), section], [noteKey('c', 's'), note], ['backup:1:section:c/x', {}], ['meta:version', 2]], new Date(T));
    expect(Object.keys(exported.records)).toEqual([sectionKey('c', 's'), noteKey('c', 's')]);
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: new Date(T).toISOString() });
    const parsed = parseImport(JSON.stringify(exported));
    expect(parsed).toEqual({ ok: true, entries: [[sectionKey('c', 's'), section], [noteKey('c', 's'), note]] });
  });

  it.each([
    ['not JSON', '{"format": ', 'it is not valid JSON'],
    ['a JSON array', '[]', 'not a progress export from this site'],
    ['another site\'s file', JSON.stringify({ format: 'something-else', version: 1, records: {} }), 'not a progress export from this site'],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, records: {} }), 'no valid format version'],
    ['a future version', file({ version: SCHEMA_VERSION + 1 }), `comes from a newer version of the site (format ${SCHEMA_VERSION + 1}`],
    ['no records', file({ records: null }), 'has no records'],
    ['a damaged record', file({ records: { [noteKey('c', 's')]: { text: 1 } } }), 'the record "note:c/s" is not valid'],
    ['an unknown key', file({ records: { 'cookie:x': {} } }), 'the record "cookie:x" is not valid'],
  ])('rejects %s with a clear message and imports nothing', (_name, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(message);
      expect(parsed.error).toMatch(/Nothing was imported\.$/);
    }
  });

  it('brings change times from the future back to now, so they cannot win every later merge', () => {
    const ahead = { ...note, updatedAt: T + 365 * 86_400_000 };
    const parsed = parseImport(file({ records: { [noteKey('c', 's')]: ahead, [noteKey('c', 't')]: note } }), T + 1000);
    expect(parsed).toEqual({ ok: true, entries: [[noteKey('c', 's'), { ...note, updatedAt: T + 1000 }], [noteKey('c', 't'), note]] });
  });

  it('migrates a version 1 export', () => {
    const v1 = JSON.stringify({ format: EXPORT_FORMAT, version: 1, records: { [courseKey('c')]: { lastSectionId: 's', at: T } } });
    expect(parseImport(v1)).toEqual({ ok: true, entries: [[courseKey('c'), { lastSectionId: 's', at: T, visited: { s: T } }]] });
  });

  it('lets the newer copy win, keeps the stored one on a tie, and replaces an invalid stored value', () => {
    expect(shouldReplace(noteKey('c', 's'), undefined, note)).toBe(true);
    expect(shouldReplace(noteKey('c', 's'), { ...note, updatedAt: T - 1 }, note)).toBe(true);
    expect(shouldReplace(noteKey('c', 's'), note, note)).toBe(false);
    expect(shouldReplace(noteKey('c', 's'), { ...note, updatedAt: T + 1 }, note)).toBe(false);
    expect(shouldReplace(noteKey('c', 's'), { broken: true }, note)).toBe(true);
  });

  it('reports what was imported in words', () => {
    const counts = countByKind([[sectionKey('c', 'a'), section], [sectionKey('c', 'b'), section], [noteKey('c', 'a'), note]]);
    expect(describeImport(counts)).toBe('2 sections, 1 note imported.');
    expect(describeImport(countByKind([]))).toBe('Nothing new to import: this browser already has everything in the file.');
  });
});
