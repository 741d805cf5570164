import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkSmartPunctuation } from '../../../src/markdown/smart-punctuation';

const render = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkSmartPunctuation).use(remarkRehype).use(rehypeStringify).processSync(markdown)).trim();

describe('remarkSmartPunctuation', () => {
  it('curls quotes that span emphasis and links, in the order a reader sees them', () => {
    expect(render('She said "**never** retry" and [it\'s](https://example.org) fine.'))
      .toBe('<p>She said \u201c<strong>never</strong> retry\u201d and <a href="https://example.org">it\u2019s</a> fine.</p>');
  });

  it('never touches code: inline code and fenced blocks keep straight quotes and dots', () => {
    expect(render('Call `get("a")` with "b"...')).toBe('<p>Call <code>get("a")</code> with \u201cb\u201d\u2026</p>');
    expect(render('```python\nprint("x...")\n```')).toContain('print("x...")');
  });

  it('treats inline code as a word, so a quote right after it closes', () => {
    expect(render('"`timeout`" is a setting')).toBe('<p>\u201c<code>timeout</code>\u201d is a setting</p>');
  });

  it('opens a quote that starts a new line after a hard line break', () => {
    expect(render('First line\\\n"Second" line')).toBe('<p>First line<br>\n\u201cSecond\u201d line</p>');
  });

  it('starts every paragraph, heading and list item afresh', () => {
    expect(render('word\n\n"Next" one')).toBe('<p>word</p>\n<p>\u201cNext\u201d one</p>');
    expect(render('- a\n- "b"')).toContain('<li>\u201cb\u201d</li>');
    expect(render('## "Why" it fails')).toBe('<h2>\u201cWhy\u201d it fails</h2>');
  });

  it('leaves raw HTML as written', () => {
    const processor = unified().use(remarkParse).use(remarkSmartPunctuation);
    const tree = processor.runSync(processor.parse('<figure title="a--b">"x"</figure>\n\nText with <kbd>"k"</kbd>.'));
    expect(JSON.stringify(tree)).toContain('"value":"<figure title=\\"a--b\\">\\"x\\"</figure>"');
    expect(JSON.stringify(tree)).toContain('"value":"<kbd>"');
  });
});
