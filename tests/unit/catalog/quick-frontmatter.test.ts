import { readFileSync, globSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { quickEntryInfo, readFrontmatterQuickly, type EntryInfo } from '../../../src/catalog/quick-frontmatter';
import { syntheticContent } from '../../../scripts/perf/synthetic-content';

// Astro's own entry type for `.md` files (not exported by the package, so loaded by path).
const { markdownContentEntryType: astroMarkdown } = await import(pathToFileURL('node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js').href) as {
  markdownContentEntryType: { getEntryInfo(file: { contents: string; fileUrl: URL }): Promise<EntryInfo> };
};
const astros = (file: { contents: string; fileUrl: URL }) => astroMarkdown.getEntryInfo(file);
const fileUrl = pathToFileURL('/tmp/section.md');

const SOURCES = [
  '---\ntitle: One\nslug: custom\n---\n\n# Body\n\ntext\n',
  '\uFEFF---\ntitle: BOM\n---\nbody',
  '\n\n---\ntitle: after blank lines\n---\nbody --- with fences --- inside\n',
  '---\r\ntitle: CRLF\r\nquiz:\r\n  - question: "Why?"\r\n---\r\nbody\r\n',
  '---\ntitle: closed by plus\n+++\nbody\n---\nmore',
  '+++\ntitle = "TOML"\n+++\nbody',
  'no frontmatter at all',
  '---\n- a list\n- not a map\n---\nbody',
  '---\ntitle: "unclosed\n---\nbody',
  '---\nupdated: 2024-1-2\n---\nbody',
  '---\n# only a comment\n---\nbody',
  '---\ntitle: $1 and $& in text\n---\n$` body $\'',
];

describe('quickEntryInfo', () => {
  it('returns what Astro\'s Markdown entry type returns, or Astro\'s own error', async () => {
    const quick = quickEntryInfo(astros);
    const generated = [...syntheticContent({ sections: 40 })].filter((f) => f.path.endsWith('.md')).map((f) => f.text);
    const real = globSync('content/**/*.md').map((file) => readFileSync(file, 'utf8'));
    expect(real.length).toBeGreaterThan(5);
    for (const contents of [...SOURCES, ...generated, ...real]) {
      const expected = await astros({ contents, fileUrl }).catch((error: Error) => `error: ${error.message}`);
      const actual = await quick({ contents, fileUrl }).catch((error: Error) => `error: ${error.message}`);
      expect({ contents, actual }).toEqual({ contents, actual: expected });
    }
  });

  it('calls Astro\'s parser only for files the quick parser leaves to it', async () => {
    const original = vi.fn(astros);
    const quick = quickEntryInfo(original);
    await quick({ contents: '---\ntitle: One\n---\nbody', fileUrl });
    expect(original).not.toHaveBeenCalled();
    for (const contents of ['+++\ntitle = "TOML"\n+++\nbody', '---\ntitle: a: b\n---\nbody', '---\n- list\n---\nbody']) {
      await quick({ contents, fileUrl }).catch(() => undefined);
    }
    expect(original).toHaveBeenCalledTimes(3);
  });
});

describe('readFrontmatterQuickly', () => {
  it('hands the wrapped loader Markdown entry types whose frontmatter is read quickly, keeping their other methods', async () => {
    const render = vi.fn();
    const original = vi.fn(astros);
    const entryTypes = new Map([['.md', { getEntryInfo: original, getRenderFunction: render }], ['.mdx', { getEntryInfo: original }]]);
    let seen: Map<string, { getEntryInfo: typeof astros; getRenderFunction?: unknown }> | undefined;
    const loader = readFrontmatterQuickly({ name: 'inner', load: async (context) => { seen = (context as unknown as { entryTypes: typeof seen }).entryTypes; } });
    await loader.load({ entryTypes } as never);
    expect(seen?.get('.md')?.getRenderFunction).toBe(render);
    expect(seen?.get('.mdx')?.getEntryInfo).toBe(original);
    expect(await seen!.get('.md')!.getEntryInfo({ contents: '---\ntitle: Q\n---\nbody', fileUrl })).toEqual({ data: { title: 'Q' }, body: 'body', slug: undefined, rawData: '\ntitle: Q\n' });
    expect(original).not.toHaveBeenCalled();
    expect(entryTypes.get('.md')?.getEntryInfo).toBe(original); // Astro's own map is left alone
  });
});
