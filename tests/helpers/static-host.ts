import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
const isDir = (file: string) => existsSync(file) && statSync(file).isDirectory();

/**
 * Resolves a path inside a built site the way static hosts do: the file itself, then `path.html`
 * (clean URLs), then a redirect from a folder to its slash, then `path/index.html`.
 */
export function resolveSitePath(root: string, path: string): { file?: string; redirect?: string } {
  const file = join(root, path);
  if (isFile(file)) return { file };
  if (!path.endsWith('/') && isFile(`${file}.html`)) return { file: `${file}.html` };
  if (isDir(file) && !path.endsWith('/')) return { redirect: `${path}/` };
  if (isDir(file) && isFile(join(file, 'index.html'))) return { file: join(file, 'index.html') };
  return {};
}
