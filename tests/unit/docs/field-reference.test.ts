import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference } from '../../../scripts/field-reference';

const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'frontmatter-reference.md'), 'utf8');

describe('docs/frontmatter-reference.md', () => {
  it('matches the schemas (run `npm run docs:fields` after changing a schema)', () => {
    expect(committed).toBe(fieldReference());
  });

  it('documents every section field with its rule and description', () => {
    expect(committed).toContain('| `order` | whole number | yes | at least 1 | Position in the course, starting at 1.');
    expect(committed).toContain('| `quiz[].options` | list of text | yes | 2 to 6 items; each entry: not empty |');
    expect(committed).toContain('| `code` | true or false | no (default `false`) |');
    expect(committed).toContain('| `category` | choice | yes | one of `system-design`, `dsa` |');
  });
});
