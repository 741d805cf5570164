import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';
import { isLocalImage, lintBody, readingLength } from '../../../src/lib/markdown-lint';
import { MARKDOWN_FEATURES } from '../../../src/markdown/processor';

/** Parses as the content check does: Markdown with Sätteri (the build's parser), MDX with remark-mdx. */
function lint(markdown: string, options: { mdx?: boolean; startDepth?: number } = {}) {
  const tree = options.mdx ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) : markdownToMdast(markdown, { features: MARKDOWN_FEATURES }) as Root;
  return lintBody(tree, { file: 'f.md', startDepth: options.startDepth ?? 1, mdx: options.mdx ?? false });
}
const fields = (markdown: string, options?: { mdx?: boolean; startDepth?: number }) => lint(markdown, options).problems.map((p) => `${p.line}:${p.column} ${p.field}`);

describe('lintBody', () => {
  it('accepts headings that go down one level at a time and come back up', () => {
    expect(fields('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
  });

  it('reports a skipped level and a level-1 heading, at their lines', () => {
    expect(fields('## A\n\n#### B\n')).toEqual(['3:1 heading']);
    expect(fields('### First\n')).toEqual(['1:1 heading']);
    expect(fields('# Title again\n')).toEqual(['1:1 heading']);
  });

  it('lets a challenge body start at level 3, under the page\'s "Scenario" heading', () => {
    expect(fields('### A\n', { startDepth: 2 })).toEqual([]);
    expect(fields('#### A\n', { startDepth: 2 })).toEqual(['1:1 heading']);
  });

  it('reports images without alternative text, in Markdown and in HTML', () => {
    expect(fields('![](a.png) and ![ok](b.png)\n\n<img src="c.png">\n\n<img src="d.png" alt="A box">\n')).toEqual(['1:1 image', '3:1 image']);
  });

  it('accepts an SVG named by aria-labelledby or a <title>, and reports one without', () => {
    expect(fields('<svg role="img" aria-labelledby="t">\n<title id="t">A box</title>\n</svg>\n')).toEqual([]);
    expect(fields('<svg>\n<title>A box</title>\n</svg>\n')).toEqual([]);
    expect(fields('Text.\n\n<svg viewBox="0 0 1 1">\n<rect/>\n</svg>\n')).toEqual(['3:1 diagram']);
  });

  it('reports an HTML block cut by a blank line', () => {
    expect(fields('<svg aria-label="x">\n<rect/>\n\n<rect/>\n</svg>\n')).toContain('1:1 HTML block');
  });

  it('reports a <pre>, <script>, <style> or <textarea> block whose end tag the parser does not see, which swallows the rest', () => {
    expect(fields('Text.\n\n<Style>code</Style>\n\n# Heading\n\nMore.\n')).toEqual(['3:1 HTML block']);
    expect(fields('<Pre>retry()</Pre>\n\n![](x.png)\n')).toEqual(['1:1 HTML block']);
    expect(fields('<textarea>\nnotes\n</TEXTAREA>\n\nText.\n')).toEqual(['1:1 HTML block']);
    expect(fields('<pre>kept</pre>\n\n## Heading\n')).toEqual([]);
    expect(fields('<style>\n.x { color: red }\n</style>\n\n## Heading\n')).toEqual([]);
    expect(fields('A <pre> in a sentence stays text.\n')).toEqual([]);
  });

  it('reports a textarea, script, title or similar left open inside a paragraph, which swallows the rest of the page', () => {
    expect(fields('Before <textarea>x\n\n## Quiz\n')).toEqual(['1:8 HTML']);
    expect(fields('Text with <script src="a.js"> and more.\n')).toEqual(['1:11 HTML']);
    expect(fields('Para.\n\nA <title>name here.\n')).toEqual(['3:3 HTML']);
    expect(fields('A <TITLE>name here.\n')).toEqual(['1:3 text', '1:3 HTML']); // also: a tag is not shown
    expect(fields('A <textarea rows="2">note</textarea> kept, and <iframe src="x"></iframe> too.\n')).toEqual([]);
    expect(fields('A <noscript>Turn on JavaScript.</noscript>\n')).toEqual([]);
    expect(fields('Use `<textarea>` for notes; in a code span it is text.\n')).toEqual([]);
  });

  it('reports such an element left open in an HTML block, except those Markdown itself ends at their end tag', () => {
    expect(fields('<div><title>Shown\n</div>\n\nText.\n')).toEqual(['1:6 HTML']);
    expect(fields('<div><iframe src="a"></iframe></div>\n\nText.\n')).toEqual([]);
    expect(fields('<textarea>\nnotes\n</textarea>\n\nText.\n')).toEqual([]);
  });

  it('warns about HTML comments and generic types in Markdown, positioned inside the HTML', () => {
    const { problems } = lint('Text.\n\n<div>\n<!-- note -->\n</div>\n\nA List<String> here.\n');
    expect(problems.map((p) => [p.line, p.column, p.field, p.severity])).toEqual([[4, 1, 'HTML comment', 'warning'], [7, 7, 'text', 'warning']]);
  });

  it('reports MDX expressions that would fail, but not comments or declared names', () => {
    expect(fields('Use {braces} here.\n', { mdx: true })).toEqual(['1:5 MDX expression']);
    expect(fields('A {/* note */} here.\n', { mdx: true })).toEqual([]);
    expect(fields('export const limit = 3;\n\nUp to {limit} retries.\n', { mdx: true })).toEqual([]);
    expect(fields('{braces}\n', { mdx: false })).toEqual([]);
  });

  it('collects links and reference definitions with their positions', () => {
    expect(lint('See [a](../a/).\n\n[b]: /concepts/x/b/\n').links).toEqual([
      { url: '../a/', line: 1, column: 5 },
      { url: '/concepts/x/b/', line: 3, column: 1 },
    ]);
  });

  it('warns when a section\'s reading is outside 300 to 500 words, not counting the Code part', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(readingLength(`${words(320)}\n\n## Code\n\n${words(400)}\n`, 'f.md')).toEqual([]);
    expect(readingLength(words(299), 'f.md')[0]).toMatchObject({ severity: 'warning', field: 'reading', message: 'the reading is 299 words; the content guide asks for 300 to 500 (about two minutes)' });
    expect(readingLength(words(501), 'f.md')[0]!.hint).toContain('one idea per section');
  });
});

describe('isLocalImage', () => {
  it('is true for paths Astro reads from the content folder, false for URLs and paths from the site root', () => {
    expect(['box.svg', './img/box.svg', '../shared/box.svg', 'my%20box.png'].filter(isLocalImage)).toHaveLength(4);
    expect(['https://example.org/a.png', 'data:image/png;base64,AAAA', '//cdn.example.org/a.png', '/favicon.svg', 'HTTP://X/a.png', ' '].filter(isLocalImage)).toEqual([]);
  });
});

describe('lintBody images', () => {
  it('lists the local images a body shows, at their positions, and no remote ones', () => {
    const { images } = lint('Text.\n\n![A box](box.svg) and ![Remote](https://example.org/r.png)\n\n![Up](../up.png)\n');
    expect(images).toEqual([{ url: 'box.svg', line: 3, column: 1 }, { url: '../up.png', line: 5, column: 1 }]);
  });
});
