/** `npm run docs:fields`: writes docs/frontmatter-reference.md from the zod schemas, so the reference cannot drift. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference } from './field-reference';

const target = join(import.meta.dirname, '..', 'docs', 'frontmatter-reference.md');
writeFileSync(target, fieldReference());
console.log(`Wrote ${target}`);
