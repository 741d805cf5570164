import { describe, expect, it } from 'vitest';
import { searchContent, searchDocument } from '../../../src/lib/search-document';

const page = (body: string, lang = ' lang="en"') =>
  `<!DOCTYPE html><html${lang}><head><title>T</title><script type="module" src="/a.js"></script></head><body><header><nav>Home</nav></header>${body}<footer>Privacy</footer></body></html>`;
const doc = (part: string, lang = ' lang="en"') => `<!DOCTYPE html><html${lang}><head></head><body>${part}</body></html>`;

describe('searchDocument', () => {
  it('keeps only the element marked data-pagefind-body, with its metadata and ignored parts, in the page language', () => {
    const part = '<article class="section-page" data-pagefind-body data-pagefind-meta="course:Timeouts"><h1>Read timeouts</h1><section data-pagefind-ignore>Related</section></article>';
    expect(searchDocument(page(`<main>${part}<aside>Notes</aside></main>`))).toBe(doc(part));
  });

  it('leaves out the elements Pagefind ignores altogether (data-pagefind-ignore="all"), nested ones included', () => {
    const quiz = `<section id="part-quiz" data-pagefind-ignore="all"><section class="qc"><p>Which timeout?</p></section><details><summary>Answer</summary></details></section>`;
    const kept = '<h1>Read timeouts</h1><section data-pagefind-ignore="index"><p data-pagefind-meta="x">Kept</p></section>';
    expect(searchDocument(page(`<article data-pagefind-body>${kept}${quiz}<p>After</p><div data-pagefind-ignore='all'>Gone</div></article>`)))
      .toBe(doc(`<article data-pagefind-body>${kept}<p>After</p></article>`));
  });

  it('is not fooled into cutting by the attribute in a comment, a script or another attribute’s value', () => {
    const part = '<article data-pagefind-body><!-- <div data-pagefind-ignore="all"> --><p title=\'x data-pagefind-ignore="all"\'>Kept</p><p title="y data-pagefind-ignore=all z">Kept too</p>'
      + '<script type="application/json">{"html":"<div data-pagefind-ignore=\\"all\\">"}</script><p>Also kept</p></article>';
    expect(searchDocument(page(part))).toBe(doc(part));
  });

  it('reads a textarea or title as text, as an HTML parser does, so an end tag inside does not end an ignored element', () => {
    const kept = '<span>visible</span>';
    const part = (inside: string) => `<article data-pagefind-body><div data-pagefind-ignore="all">${inside}hidden</div>${kept}</article>`;
    for (const inside of ['<textarea></div></textarea>', '<title></div></title>']) {
      expect(searchDocument(page(part(inside)))).toBe(doc(`<article data-pagefind-body>${kept}</article>`));
    }
  });

  it('keeps an ignored element whose end cannot be found, as Pagefind would still skip it', () => {
    const part = '<article data-pagefind-body><p>Kept</p><img data-pagefind-ignore="all" src="a.svg" alt="chart"><p>After</p></article>';
    expect(searchDocument(page(part))).toBe(doc(part));
  });

  it('finds the end of the part past nested elements of the same name', () => {
    const part = '<div data-pagefind-body><div class="a"><div>deep</div></div><p>after</p></div>';
    expect(searchDocument(page(`${part}<div>outside</div>`))).toBe(doc(part));
  });

  it('is not fooled by an end tag inside an attribute value, a comment or a script', () => {
    const part = '<article data-pagefind-body><p>See the <a href="/x" title="Where </article> belongs">guide</a>.</p>'
      + '<img alt="The </article> tag" src="a.svg"><!-- a note on </article> --><script type="application/json">{"end":"</article>"}</script>'
      + "<span title='closes </article> early'>Still inside</span><h2>Last heading</h2></article>";
    expect(searchDocument(page(`${part}<aside>Notes</aside>`))).toBe(doc(part));
  });

  it('accepts the attribute anywhere in the tag and with a value', () => {
    const part = '<section id="s" data-pagefind-body="" class="x">Body</section>';
    expect(searchDocument(page(part))).toBe(doc(part));
  });

  it('sends highlighted code blocks without their highlighting spans, and leaves every other span alone', () => {
    const code = '<pre class="code-block" data-language="python" tabindex="0"><code class="language-python"><span class="token keyword">def</span> <span class="token function">retry</span>():</code></pre>';
    const part = `<article data-pagefind-body><p><span class="term">Backoff</span> first.</p>${code}<pre>plain <span class="token keyword">x</span></pre></article>`;
    expect(searchDocument(page(part))).toBe(doc('<article data-pagefind-body><p><span class="term">Backoff</span> first.</p><pre class="code-block" data-language="python" tabindex="0"><code class="language-python">def retry():</code></pre><pre>plain <span class="token keyword">x</span></pre></article>'));
  });

  it('keeps an author\'s own spans, with their ignore marks, inside a raw <pre> and after a comment that mentions <pre>', () => {
    const raw = '<pre class="raw"><span data-pagefind-ignore>hidden</span> shown</pre><!-- a note on <pre class="code-block"><code> --><p><span data-pagefind-ignore>also hidden</span></p>';
    const code = '<pre class="code-block" data-language="js" tabindex="0"><code class="language-js"><span class="token keyword">const</span> <span data-pagefind-ignore>x</span></code></pre>';
    const part = `<article data-pagefind-body>${raw}${code}</article>`;
    expect(searchDocument(page(part))).toBe(doc(`<article data-pagefind-body>${raw}<pre class="code-block" data-language="js" tabindex="0"><code class="language-js">const <span data-pagefind-ignore>x</span></code></pre></article>`));
  });

  it('leaves the language out when the page has none, so Pagefind treats it as it would the whole page', () => {
    const part = '<article data-pagefind-body>Body</article>';
    expect(searchDocument(page(part, ''))).toBe(doc(part, ''));
  });

  it('returns undefined for a page without a searchable part, or an attribute that only starts the same way', () => {
    expect(searchDocument(page('<article>Course</article>'))).toBeUndefined();
    expect(searchDocument(page('<article data-pagefind-body-note>Course</article>'))).toBeUndefined();
  });

  it('returns undefined when the part is never closed, so the caller can send the whole page instead', () => {
    expect(searchDocument('<html lang="en"><body><article data-pagefind-body><h1>Cut off'))
      .toBeUndefined();
  });
});

describe('searchContent', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);

  it('decodes a built page and gives its searchable part, non-ASCII text intact', () => {
    const part = '<article data-pagefind-body>Café — naïve retries</article>';
    expect(searchContent(bytes(page(part)))).toBe(doc(part));
  });

  it('gives the whole page when the part cannot be cut out, so the page is still indexed', () => {
    const cutOff = '<html lang="en"><body><article data-pagefind-body><h1>Cut off';
    expect(searchContent(bytes(cutOff))).toBe(cutOff);
  });
});
