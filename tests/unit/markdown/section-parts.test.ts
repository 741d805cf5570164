import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sectionParts } from '../../../src/markdown/section-parts';
import { ContentError } from '../../../src/lib/content-error';
import { fixture, readMarkdown } from '../../helpers/content-files';
import { renderMarkdown } from '../../helpers/markdown';

const renderBody = (body: string, frontmatter: Record<string, unknown>, path?: string) =>
  renderMarkdown(body, { mdastPlugins: [sectionParts], frontmatter, path });

/** Renders a fixture's body through the plugin the way Astro does: body only (trimmed), frontmatter in the data bag. */
function render(name: string): Promise<string> {
  const path = fixture('sections', name);
  const { data, body } = readMarkdown(path);
  return renderBody(body.trim(), data, path);
}

async function problemsOf(name: string) {
  try {
    await render(name);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`${name} rendered without an error`);
}

describe('sectionParts', async () => {
  it('splits a section into Read and Code parts and groups code blocks into language tabs', async () => {
    const html = await render('valid.md');
    expect(html).toMatch(/^<div id="part-read" class="part" data-part="read">/);
    expect(html).toContain('<div id="part-code" class="part" data-part="code"><h2>Code</h2>');
    const langs = [...html.matchAll(/<div class="code-tab" data-lang="(\w+)">/g)].map((m) => m[1]);
    expect(langs).toEqual(['python', 'java', 'javascript']);
    expect(html.match(/data-code-group/g)).toHaveLength(1);
    expect(html).toContain('<button type="button" class="code-tab-button" data-lang="javascript">JavaScript</button>');
  });

  it('stops the build when a section marked as having code has no examples', async () => {
    const [problem, ...rest] = await problemsOf('code-without-examples.md');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: relative(process.cwd(), fixture('sections', 'code-without-examples.md')), field: 'code' });
    expect(problem!.message).toBe('the section is marked `code: true` but has no code examples');
  });

  it('stops the build on a code block in an unknown language, pointing at its line in the file', async () => {
    const [problem] = await problemsOf('unknown-language.md');
    const lines = readFileSync(fixture('sections', 'unknown-language.md'), 'utf8').split('\n');
    expect(lines[problem!.line! - 1]).toBe('```cobol');
    expect(problem).toMatchObject({ field: 'code block', message: 'unknown language "cobol"', column: 1 });
    expect(problem!.hint).toContain('python, java, javascript');
  });

  it('points at the line in the file when the frontmatter quotes the start of the body', async () => {
    const opening = 'A retry that waits a fixed time after each failure sends every client back at once, so the service that just recovered '.repeat(2).trim();
    const source = `---\nid: quoted\nsummary: "${opening}"\ncode: true\nquiz: []\n---\n\n${opening}\n\n## Code\n\n\`\`\`cobol\nDISPLAY "HELLO".\n\`\`\`\n`;
    const dir = mkdtempSync(join(tmpdir(), 'section-parts-'));
    const path = join(dir, 'quoted.md');
    writeFileSync(path, source);
    try {
      const body = source.slice(source.indexOf('---\n', 4) + 4);
      const error = await renderBody(body.trim(), { id: 'quoted', code: true, quiz: [] }, path).then(() => undefined, (e: unknown) => e);
      const [problem] = (error as ContentError).problems;
      expect(problem!.message).toBe('unknown language "cobol"');
      expect(source.split('\n')[problem!.line! - 1]).toBe('```cobol');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a code block without a language and a language repeated in one group', async () => {
    const md = '```\nno language\n```\n\n```python\na\n```\n```python\nb\n```';
    const error = await renderBody(md, {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const messages = (error as ContentError).problems.map((p) => p.message);
    expect(messages).toEqual(['code block has no language', 'Python appears twice in one code group']);
  });

  it('leaves non-section Markdown (no quiz) unsplit', async () => {
    const html = await renderBody('Scenario.\n\n## Code\n\nMore.', { title: 'Challenge' });
    expect(html).not.toContain('part-read');
  });
});
