import { describe, expect, it } from 'vitest';
import { bodyStart, splitFrontmatter } from '../../../src/lib/frontmatter';

describe('splitFrontmatter', () => {
  it('splits YAML from the body and keeps body positions equal to file positions', () => {
    const source = '---\nid: a\ntitle: T\n---\n\nFirst paragraph.\n';
    const parts = splitFrontmatter(source, 'f.md');
    if ('problem' in parts) throw new Error(parts.problem.message);
    expect(parts.yaml).toBe('\nid: a\ntitle: T\n');
    expect(parts.yamlFirstLine).toBe(1);
    expect(parts.body).toHaveLength(source.length);
    expect(parts.body.split('\n')[5]).toBe('First paragraph.');
    expect(parts.body.slice(0, 20).trim()).toBe('');
  });

  it('finds frontmatter after blank lines, as the build does', () => {
    const parts = splitFrontmatter('\n\n---\nid: a\n---\nText', 'f.md');
    expect('problem' in parts ? undefined : parts.yamlFirstLine).toBe(3);
  });

  it('reports a frontmatter that does not close, at its opening line', () => {
    const result = splitFrontmatter('\n---\nid: a\ntitle: T\n\nText starts.\n', 'f.md');
    expect(result).toEqual({ problem: expect.objectContaining({ line: 2, column: 1, field: 'frontmatter', message: 'the frontmatter opened with "---" on line 2 is never closed' }) });
  });

  it('reports a file without frontmatter', () => {
    expect(splitFrontmatter('# Just text\n', 'f.md')).toEqual({ problem: expect.objectContaining({ line: 1, message: 'the file has no frontmatter' }) });
  });
});

describe('bodyStart', () => {
  it('is just past the closing fence, and 0 without frontmatter', () => {
    const source = '---\nsummary: Intro.\n---\nIntro.\n';
    expect(source.slice(bodyStart(source))).toBe('\nIntro.\n');
    expect(bodyStart('Intro.\n')).toBe(0);
  });
});
