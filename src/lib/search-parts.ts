/** Folder, inside the build output, that holds the Pagefind bundle (pagefind.js, index, fragments). */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** File in the bundle folder listing the index's further parts, as folders relative to it (`[]` for one part). */
export const SEARCH_PARTS_FILE = 'parts.json';

/** Folder of part `n` (from 0) inside the bundle folder: the first part is the bundle itself. */
export const searchPartFolder = (n: number): string => (n === 0 ? '' : `part-${n + 1}/`);

/** The further parts named in a parts file, each once, or none when it is missing or not a list of such folders. */
export function parseSearchParts(json: unknown): string[] {
  return Array.isArray(json) ? [...new Set(json.filter((p): p is string => typeof p === 'string' && /^part-\d+\/$/.test(p)))] : [];
}
