import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SOURCE_DIRS, contentSourcesDigest } from '../../../src/integrations/content-sources-digest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A copy of the folders the digest reads, to change without touching the project. */
function copyOfSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-'));
  for (const sub of CONTENT_SOURCE_DIRS) cpSync(join(ROOT, sub), join(dir, sub), { recursive: true });
  return dir;
}

describe('contentSourcesDigest', () => {
  it('is the same for the same code, so a rebuild keeps the content cache', () => {
    expect(contentSourcesDigest(copyOfSources())).toBe(contentSourcesDigest(ROOT));
  });

  it('changes when a Markdown plugin, a schema or a module they use changes, or a file is added', () => {
    const before = contentSourcesDigest(ROOT);
    for (const file of ['src/markdown/highlight-code.ts', 'src/schemas/section.ts', 'src/lib/smart-punctuation.ts']) {
      const dir = copyOfSources();
      writeFileSync(join(dir, file), '// changed\n', { flag: 'a' });
      expect(contentSourcesDigest(dir), file).not.toBe(before);
    }
    const dir = copyOfSources();
    writeFileSync(join(dir, 'src/lib/new-rule.ts'), 'export const x = 1;\n');
    expect(contentSourcesDigest(dir)).not.toBe(before);
  });
});
