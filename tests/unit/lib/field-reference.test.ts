import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderFieldReference } from '../../../src/lib/field-reference';
import type { JsonSchemaNode } from '../../../src/lib/unknown-fields';

const schema = z.object({
  name: z.string().min(1).max(40).describe('The name | shown'),
  tags: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1).describe('Tags.'),
  size: z.enum(['s', 'm']).default('m'),
  items: z.array(z.object({ count: z.number().int().min(0).describe('How many.') })).optional(),
});

describe('renderFieldReference', () => {
  const page = renderFieldReference([{ title: 'Demo file', path: 'demo.yaml', shape: z.toJSONSchema(schema, { io: 'input' }) as JsonSchemaNode }]);

  it('renders one row per field, nested entries included, with type, requirement, rules and description', () => {
    expect(page).toContain('## Demo file\n\nFile: `demo.yaml`');
    expect(page).toContain('| `name` | text | yes | not empty, at most 40 characters | The name \\| shown |');
    expect(page).toContain('| `tags` | list of text | yes | at least 1 item; each entry: kebab-case: lowercase words joined by hyphens | Tags. |');
    expect(page).toContain('| `size` | choice | no (default `m`) | one of `s`, `m` |  |');
    expect(page).toContain('| `items` | list of entries (fields below) | no |  |  |');
    expect(page).toContain('| `items[].count` | whole number | yes | at least 0 | How many. |');
  });
});
