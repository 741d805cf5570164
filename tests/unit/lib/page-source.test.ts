import { describe, expect, it } from 'vitest';
import { editUrl, formatUpdated, lastChangeByFile } from '../../../src/lib/page-source';

describe('page source', () => {
  it('links a file to its edit page in the repository', () => {
    expect(editUrl({ url: 'https://github.com/o/r/', branch: 'main' }, 'content/challenges/a b.md')).toBe('https://github.com/o/r/edit/main/content/challenges/a%20b.md');
    expect(editUrl({ url: 'https://github.com/o/r', branch: 'main' }, './content\\x.md')).toBe('https://github.com/o/r/edit/main/content/x.md');
  });

  it('takes each file\'s newest commit date from git log output', () => {
    const log = '\0 2025-03-12T10:00:00+01:00\n\ncontent/a.md\ncontent/b.md\n\0 2024-01-02T00:00:00Z\n\ncontent/a.md\ncontent/c.md\n';
    expect(lastChangeByFile(log)).toEqual(new Map([
      ['content/a.md', '2025-03-12T10:00:00+01:00'], ['content/b.md', '2025-03-12T10:00:00+01:00'], ['content/c.md', '2024-01-02T00:00:00Z'],
    ]));
    expect(lastChangeByFile('')).toEqual(new Map());
  });

  it('prints the date in UTC, the same on every build machine', () => {
    expect(formatUpdated('2025-03-12T23:30:00-02:00')).toBe('13 March 2025');
  });
});
