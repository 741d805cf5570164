/** `npm run new:course -- "<title>"`: creates a course folder with its course.yaml from the template. */
import { relative } from 'node:path';
import { createCourse } from './scaffold/index';

const [title] = process.argv.slice(2);
if (!title) {
  console.error('usage: npm run new:course -- "<course title>"');
  process.exit(2);
}
try {
  const { path, id } = createCourse(title);
  console.log(`Created ${relative(process.cwd(), path)} (course id: ${id}).`);
  console.log(`Next: fill in the summary, category and level, then add sections with npm run new:section -- ${id} "<section title>"`);
} catch (error) {
  console.error(`new:course: ${(error as Error).message}`);
  process.exit(1);
}
