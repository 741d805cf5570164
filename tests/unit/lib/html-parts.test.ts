import { describe, expect, it } from 'vitest';
import { demoteHeadings, scopeIds, splitAtHeading } from '../../../src/lib/html-parts';

describe('splitAtHeading', () => {
  const html = '<p>Scenario.</p><h2 id="what-a-good-answer-covers">What a good answer covers</h2><ul><li>Timeouts</li></ul>';

  it('splits at the heading and drops it', () => {
    expect(splitAtHeading(html, 'What a good answer covers')).toEqual({ before: '<p>Scenario.</p>', after: '<ul><li>Timeouts</li></ul>' });
  });

  it('returns everything as `before` when the heading is missing', () => {
    expect(splitAtHeading('<p>Only a scenario.</p>', 'What a good answer covers')).toEqual({ before: '<p>Only a scenario.</p>' });
  });

  it('matches only a level-2 heading with exactly that text', () => {
    const h3 = '<p>a</p><h3>What a good answer covers</h3><p>b</p>';
    expect(splitAtHeading(h3, 'What a good answer covers').after).toBeUndefined();
    expect(splitAtHeading('<h2>What a good answer covers, briefly</h2>', 'What a good answer covers').after).toBeUndefined();
  });

  it('treats the heading text literally, not as a pattern', () => {
    expect(splitAtHeading('<h2>Why (not)?</h2>x', 'Why (not)?')).toEqual({ before: '', after: 'x' });
  });
});

describe('scopeIds', () => {
  it('prefixes ids and every same-page reference to them', () => {
    const html = '<div id="part-read"><h2 id="code">Code</h2><a href="#code">see</a><svg aria-labelledby="t d"><title id="t">T</title></svg><label for="x">X</label></div>';
    expect(scopeIds(html, 's1')).toBe('<div id="s1-part-read"><h2 id="s1-code">Code</h2><a href="#s1-code">see</a><svg aria-labelledby="s1-t s1-d"><title id="s1-t">T</title></svg><label for="s1-x">X</label></div>');
  });

  it('leaves links to other pages, data attributes and text alone', () => {
    const html = '<a href="/concepts/x/#code">other page</a><div data-id="keep">id="text"</div>';
    expect(scopeIds(html, 's1')).toBe(html);
  });
});

describe('demoteHeadings', () => {
  it('moves each heading one level down, opening and closing tags alike', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h3>B</h3><H5>C</H5>')).toBe('<h3 id="a">A</h3><h4>B</h4><h6>C</h6>');
  });

  it('leaves h6 and other tags starting with h alone', () => {
    expect(demoteHeadings('<h6>x</h6><header><hr></header>')).toBe('<h6>x</h6><header><hr></header>');
  });
});
