import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder `npm run build` writes to. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Reads a built page; fails with the command to run when the site has not been built. */
export function page(path: string): string {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does).`);
  return readFileSync(file, 'utf8');
}

/** Every HTML file under a folder of the build, relative to dist. */
export const htmlFiles = (dir = ''): string[] => htmlFilesIn(DIST, dir);

/** Every HTML file under `root/dir`, relative to `root`. */
export function htmlFilesIn(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) return htmlFilesIn(root, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

/** Text content of an HTML fragment, tags removed and whitespace collapsed. */
export const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ').trim();
