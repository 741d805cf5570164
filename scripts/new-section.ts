/** `npm run new:section -- <course> "<title>"`: creates a section file from the template with the next order number. */
import { relative } from 'node:path';
import { createSection } from './scaffold/index';

const [course, title] = process.argv.slice(2);
if (!course || !title) {
  console.error('usage: npm run new:section -- <course> "<section title>"\n  e.g. npm run new:section -- failure-modes-in-distributed-systems "Retry Storms"');
  process.exit(2);
}
try {
  const { path, id, order } = createSection(course, title);
  console.log(`Created ${relative(process.cwd(), path)} (id: ${id}, order: ${order}).`);
  console.log(`Next: replace every "TODO:" text, run npm run check, and preview it with npm run dev at /concepts/${course}/${id}/. Before the pull request, run npm test (see "Adding a section" in the README: one test pins the outline of the Failure Modes course).`);
} catch (error) {
  console.error(`new:section: ${(error as Error).message}`);
  process.exit(1);
}
