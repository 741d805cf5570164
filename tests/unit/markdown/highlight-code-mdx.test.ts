import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { highlightCode } from '../../../src/markdown/highlight-code';
import { renderMarkdown } from '../../helpers/markdown';
import { MARKDOWN_FEATURES } from '../../../src/markdown/processor';

const CODE = '```python\nimport requests  # read timeout in seconds\nresp = requests.get(url, timeout=(0.3, 2.5))\n```\n';

describe('highlightCode in MDX', () => {
  it('compiles a fenced code block in an MDX file (MDX takes no raw HTML), with the same classes as Markdown', async () => {
    const { code } = mdxToJs(`# Timeouts\n\n${CODE}`, { hastPlugins: [highlightCode], features: MARKDOWN_FEATURES });
    for (const part of ['className: "code-block"', '"data-language": "python"', 'tabIndex: "0"', 'className: "language-python"',
      'className: "token keyword"', 'children: "import"', 'className: "token comment"', 'className: "token number"']) {
      expect(code).toContain(part);
    }
    const markdown = await renderMarkdown(CODE, { hastPlugins: [highlightCode] });
    expect(markdown).toContain('<span class="token keyword">import</span>');
  });
});
