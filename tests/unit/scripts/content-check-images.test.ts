import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../scripts/content-check/index';

const VALID = join(import.meta.dirname, '..', '..', 'fixtures', 'check', 'valid');

/** The valid fixture in a temporary folder, with lines added to a file's body; the problems the check then finds. */
function checkWith(additions: Record<string, string>, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'check-images-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  for (const [file, lines] of Object.entries(additions)) appendFileSync(join(dir, file), `\n${lines}\n`);
  const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
  return { problems: checkContent({ root: dir, contentDir: dir }).problems, lineOf };
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('local images in the content check', () => {
  it('stops on an image the build cannot read as written, at its line, and counts the file as read', () => {
    const { problems, lineOf } = checkWith(
      { 'concepts/demo/first.md': '![Versioned](diagram.svg?v=2)\n\n![Notes](notes.txt)\n\n![Percent](100%.svg)' },
      { 'concepts/demo/notes.txt': 'notes', 'concepts/demo/100%.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    );
    expect(problems.map((p) => [p.line, p.field, p.message, p.hint])).toEqual([
      [lineOf('concepts/demo/first.md', 'Versioned'), 'image', 'the local image "diagram.svg?v=2" has a query or fragment, which the build does not read', 'write only the file name, diagram.svg: the build gives the image its own versioned URL'],
      [lineOf('concepts/demo/first.md', 'Notes'), 'image', '"notes.txt" is not an image the build can show (AVIF, GIF, JPEG, PNG, SVG or WebP)', 'link to it instead, without the "!", or use one of those formats'],
      [lineOf('concepts/demo/first.md', 'Percent'), 'image', 'the local image "100%.svg" has a "%" that is not an escape such as %20, so the build cannot read its name', 'rename the file without "%", or write it as %25'],
    ]);
  });

  it('stops on a local image in a Markdown challenge, which is placed as rendered HTML', () => {
    const { problems } = checkWith({ 'challenges/slow-checkout.md': '![A diagram](../concepts/demo/diagram.svg)' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/challenges\/slow-checkout\.md$/), field: 'image' });
    expect(problems[0]!.message).toMatch(/^a Markdown challenge cannot show the local image/);
    expect(problems[0]!.hint).toMatch(/inline SVG/);
  });

  it('stops on a reference to a local image, and does not report its definition as a link', () => {
    const { problems } = checkWith({ 'concepts/demo/first.md': '![A box][box]\n\n[box]: diagram.svg' });
    expect(problems.map((p) => [p.field, p.message, p.hint])).toEqual([
      ['image', 'the image "diagram.svg" is given by reference ([box]), which the build does not read for local images', 'write it inline: ![A box](diagram.svg)'],
    ]);
  });

  it('counts an image an MDX section imports as read, and suggests a near name escaped for a URL', () => {
    const mdx = readFileSync(join(VALID, 'concepts/demo/third.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => `${fm}\nimport picture from './picture.svg';\n`);
    const { problems } = checkWith(
      { 'concepts/demo/first.md': '![A hash](hash-x.svg)' },
      { 'concepts/demo/third.mdx': mdx, 'concepts/demo/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'concepts/demo/hash#x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    );
    expect(problems.filter((p) => p.field === 'image').map((p) => p.hint)).toEqual(['did you mean "hash%23x.svg"?']);
    // Only the file nothing shows is not read.
    expect(problems.filter((p) => p.field === 'file').map((p) => p.file.split('/').pop())).toEqual(['hash#x.svg']);
  });
});
