import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../../src/markdown/highlight-code';
import { renderMarkdown } from '../../helpers/markdown';

const render = async (markdown: string) => (await renderMarkdown(markdown, { hastPlugins: [highlightCode] })).trim();
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const PYTHON = 'import requests\n\n# read timeout in seconds\nresp = requests.get(url, timeout=(0.3, 2.5))';
const JAVA = 'HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build();';
const JS = 'const res = await fetch(`${base}/items`, { signal: AbortSignal.timeout(2000) });';

describe('highlightCode', async () => {
  it('marks keywords, strings, numbers and comments with Prism token classes', async () => {
    const html = await render(`\`\`\`python\n${PYTHON}\n\`\`\``);
    expect(html).toContain('<span class="token keyword">import</span>');
    expect(html).toContain('<span class="token comment"># read timeout in seconds</span>');
    expect(html).toContain('<span class="token number">0.3</span>');
    expect(html).toMatch(/^<pre class="code-block" data-language="python" tabindex="0"><code class="language-python">/);
  });

  it('keeps the code exactly as written', async () => {
    for (const [lang, code] of [['python', PYTHON], ['java', JAVA], ['javascript', JS]] as const) {
      const html = await render(`\`\`\`${lang}\n${code}\n\`\`\``);
      expect(textOf(html.replace(/^<pre[^>]*><code[^>]*>|<\/code><\/pre>$/g, ''))).toBe(code);
    }
  });

  it('leaves punctuation and operators as plain text: only coloured tokens become elements', async () => {
    const html = await render(`\`\`\`java\n${JAVA}\n\`\`\``);
    expect(html).not.toContain('token punctuation');
    expect(html).not.toContain('token operator');
    expect(html).toContain('<span class="token class-name">HttpClient</span>');
    expect(html).toContain('<span class="token function">newBuilder</span>');
  });

  it('keeps the code inside a template literal highlighted as code', async () => {
    const html = await render(`\`\`\`javascript\n${JS}\n\`\`\``);
    expect(html).toMatch(/<span class="token template-string">.*<span class="token interpolation">\$\{base\}<\/span>/);
  });

  it('leaves plain text and blocks in languages it does not know unhighlighted', async () => {
    expect(await render('```text\nGET /v1/items "200"\n```')).toBe('<pre class="code-block" data-language="text" tabindex="0"><code class="language-text">GET /v1/items "200"</code></pre>');
    expect(await render('```cobol\nDISPLAY "HI".\n```')).toBe('<pre class="code-block" data-language="plaintext" tabindex="0"><code class="language-cobol">DISPLAY "HI".</code></pre>');
  });

  it('does not touch inline code', async () => {
    expect(await render('Use `timeout=2` here.')).toBe('<p>Use <code>timeout=2</code> here.</p>');
  });
});
