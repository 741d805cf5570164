import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { mdxSyntaxProblem } from '../../../src/lib/mdx-errors';

/** The problem the check reports for an MDX text that does not parse. */
function problemFor(mdx: string) {
  try {
    unified().use(remarkParse).use(remarkMdx).parse(mdx);
  } catch (error) {
    return mdxSyntaxProblem(error, 'f.mdx');
  }
  throw new Error(`${mdx} parsed`);
}

describe('mdxSyntaxProblem', () => {
  it('explains a "<" before a number, at its position', () => {
    expect(problemFor('Latency\n\nstays <3 ms.')).toMatchObject({ line: 3, column: 8, field: 'MDX syntax', message: expect.stringMatching(/^"<" starts a JSX tag in MDX/), hint: expect.stringContaining('\\<') });
  });

  it('explains an HTML comment', () => {
    expect(problemFor('<!-- x -->')).toMatchObject({ line: 1, message: 'an HTML comment (<!-- -->) is not allowed in MDX' });
  });

  it('explains braces that are not valid JavaScript', () => {
    expect(problemFor('Set {two words} here.')).toMatchObject({ message: expect.stringMatching(/^"\{" starts a JavaScript expression in MDX, and this one is not valid JavaScript/), hint: expect.stringContaining('\\{') });
  });

  it('explains a tag that is never closed', () => {
    expect(problemFor('a <br> b')).toMatchObject({ message: 'Expected a closing tag for `<br>` before the end of `paragraph`: MDX needs every tag closed', hint: expect.stringContaining('<br />') });
  });
});
