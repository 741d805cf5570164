import { describe, expect, it } from 'vitest';
import { smartPunctuation } from '../../../src/markdown/smart-punctuation';
import { renderMarkdown } from '../../helpers/markdown';

const render = async (markdown: string) => (await renderMarkdown(markdown, { mdastPlugins: [smartPunctuation] })).trim();

describe('smartPunctuation', async () => {
  it('curls quotes that span emphasis and links, in the order a reader sees them', async () => {
    expect(await render('She said "**never** retry" and [it\'s](https://example.org) fine.'))
      .toBe('<p>She said \u201c<strong>never</strong> retry\u201d and <a href="https://example.org">it\u2019s</a> fine.</p>');
  });

  it('never touches code: inline code and fenced blocks keep straight quotes and dots', async () => {
    expect(await render('Call `get("a")` with "b"...')).toBe('<p>Call <code>get("a")</code> with \u201cb\u201d\u2026</p>');
    expect(await render('```python\nprint("x...")\n```')).toContain('print("x...")');
  });

  it('treats inline code as a word, so a quote right after it closes', async () => {
    expect(await render('"`timeout`" is a setting')).toBe('<p>\u201c<code>timeout</code>\u201d is a setting</p>');
  });

  it('opens a quote that starts a new line after a hard line break', async () => {
    expect(await render('First line\\\n"Second" line')).toBe('<p>First line<br>\n\u201cSecond\u201d line</p>');
  });

  it('starts every paragraph, heading and list item afresh', async () => {
    expect(await render('word\n\n"Next" one')).toBe('<p>word</p>\n<p>\u201cNext\u201d one</p>');
    expect(await render('- a\n- "b"')).toContain('<li>\u201cb\u201d</li>');
    expect(await render('## "Why" it fails')).toBe('<h2>\u201cWhy\u201d it fails</h2>');
  });

  it('leaves raw HTML as written and curls the prose inside inline tags', async () => {
    const html = await render('<figure title="a--b">"x"</figure>\n\nText with <kbd>"k"</kbd>.');
    expect(html).toContain('<figure title="a--b">"x"</figure>');
    expect(html).toContain('<p>Text with <kbd>\u201ck\u201d</kbd>.</p>');
  });

  it('opens a quote right after an inline opening tag and closes one after a closing tag', async () => {
    expect(await render('Press <kbd>"Enter"</kbd>, then <em>wait</em>".')).toBe('<p>Press <kbd>\u201cEnter\u201d</kbd>, then <em>wait</em>\u201d.</p>');
  });
});
