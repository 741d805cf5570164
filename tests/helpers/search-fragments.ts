import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment { url: string; content: string; meta: Record<string, string>; anchors: { id: string; text: string }[] }

/** Pagefind's per-page records in one bundle folder (gzip of "pagefind_dcd" + JSON), read from a real build. */
export function fragmentsOf(bundle: string): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment);
}
