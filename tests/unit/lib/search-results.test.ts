import { describe, expect, it } from 'vitest';
import { bestSubResult, excerptParts, groupByCourse, OTHER_PAGES, resultCountMessage, spellResultUrl, toHit, withoutTitleEcho, type PagefindResultData } from '../../../src/lib/search-results';

const page = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/concepts/c/timeouts/',
  excerpt: 'a <mark>timeout</mark> stops',
  meta: { title: 'Timeouts', course: 'Failure Modes' },
  ...over,
});

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('set <mark>connectTimeout</mark> to 1 s')).toEqual([
      { text: 'set ', match: false }, { text: 'connectTimeout', match: true }, { text: ' to 1 s', match: false },
    ]);
  });
  it('decodes entities into text and drops any other tag, so nothing is ever parsed as HTML', () => {
    const parts = excerptParts('if a &lt; b &amp;&amp; <img src=x onerror=alert(1)><mark>x</mark>');
    expect(parts).toEqual([{ text: 'if a < b && ', match: false }, { text: 'x', match: true }]);
  });
  it('returns nothing for an empty excerpt', () => expect(excerptParts('')).toEqual([]));
});

describe('bestSubResult', () => {
  it('picks the heading with the highest total score, the first on a tie', () => {
    const a = { title: 'A', url: '/p/#a', excerpt: '', weighted_locations: [{ balanced_score: 2 }] };
    const b = { title: 'B', url: '/p/#b', excerpt: '', weighted_locations: [{ balanced_score: 1 }, { balanced_score: 3 }] };
    const c = { title: 'C', url: '/p/#c', excerpt: '', weighted_locations: [{ balanced_score: 4 }] };
    expect(bestSubResult([a, b, c])?.title).toBe('B');
    expect(bestSubResult([a, { ...c, weighted_locations: [{ balanced_score: 2 }] }])?.title).toBe('A');
    expect(bestSubResult(undefined)).toBeUndefined();
  });
});

describe('toHit', () => {
  it('links to the heading with the best match and shows its excerpt', () => {
    const hit = toHit(page({ sub_results: [
      { title: 'Timeouts', url: '/concepts/c/timeouts/', excerpt: 'top', weighted_locations: [{ balanced_score: 1 }] },
      { title: 'Connect timeout', url: '/concepts/c/timeouts/#connect', excerpt: '<mark>connect</mark>', weighted_locations: [{ balanced_score: 9 }] },
    ] }));
    expect(hit).toEqual({ course: 'Failure Modes', section: 'Timeouts', heading: 'Connect timeout', url: '/concepts/c/timeouts/#connect', excerpt: [{ text: 'connect', match: true }] });
  });
  it('has no heading when the best match is the top of the page', () => {
    const hit = toHit(page({ sub_results: [{ title: 'Timeouts', url: '/concepts/c/timeouts/', excerpt: 'x', weighted_locations: [{ balanced_score: 5 }] }] }));
    expect(hit.heading).toBeUndefined();
    expect(hit.url).toBe('/concepts/c/timeouts/');
  });
  it('falls back to the page excerpt and an "other pages" group', () => {
    const hit = toHit(page({ meta: { title: 'About' } }));
    expect(hit.course).toBe(OTHER_PAGES);
    expect(hit.excerpt.map((p) => p.text).join('')).toBe('a timeout stops');
  });
  it('spells URLs without a trailing slash or .html when the site uses trailingSlash: never', () => {
    const hit = toHit(page({ url: '/learn/concepts/c/timeouts.html', sub_results: [{ title: 'H', url: '/learn/concepts/c/timeouts.html#h', excerpt: '', weighted_locations: [{ balanced_score: 1 }] }] }), 'never');
    expect(hit.url).toBe('/learn/concepts/c/timeouts#h');
  });
});

describe('spellResultUrl', () => {
  it('keeps Pagefind URLs for always and ignore', () => {
    expect(spellResultUrl('/learn/a/b/#h', 'always')).toBe('/learn/a/b/#h');
    expect(spellResultUrl('/a/b/', 'ignore')).toBe('/a/b/');
  });
  it('drops the slash, index.html and .html for never, but keeps the root', () => {
    expect(spellResultUrl('/a/b/', 'never')).toBe('/a/b');
    expect(spellResultUrl('/a/b/index.html#x', 'never')).toBe('/a/b#x');
    expect(spellResultUrl('/a/b.html', 'never')).toBe('/a/b');
    expect(spellResultUrl('/', 'never')).toBe('/');
  });
});

describe('groupByCourse', () => {
  it('keeps the rank order within a course and orders courses by their best hit', () => {
    const hit = (course: string, section: string) => ({ course, section, url: `/${section}/`, excerpt: [] });
    const groups = groupByCourse([hit('B', '1'), hit('A', '2'), hit('B', '3')]);
    expect(groups.map((g) => [g.course, g.hits.map((h) => h.section)])).toEqual([['B', ['1', '3']], ['A', ['2']]]);
  });
});

describe('resultCountMessage', () => {
  it('says how many results there are and how many are shown', () => {
    expect(resultCountMessage('x', 0, 0)).toBe('No results for “x”.');
    expect(resultCountMessage('x', 1, 1)).toBe('1 result for “x”.');
    expect(resultCountMessage('x', 15, 10)).toBe('15 results for “x”, showing the first 10.');
  });
});

describe('withoutTitleEcho', () => {
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  it('drops the end of the title an excerpt starts with, keeping the highlight of what follows', () => {
    const parts = excerptParts('Main Types of <mark>Timeouts</mark>. What the connect <mark>timeout</mark> covers');
    const kept = withoutTitleEcho(parts, 'The Two Main Types of Timeouts');
    expect(text(kept)).toBe('What the connect timeout covers');
    expect(kept.filter((p) => p.match).map((p) => p.text)).toEqual(['timeout']);
  });

  it('keeps words that only happen to match the end of the title, without the full stop Pagefind puts after a heading', () => {
    const parts = excerptParts('stop waiting and take my <mark>error</mark> path.');
    expect(withoutTitleEcho(parts, 'A decision to stop waiting')).toEqual(parts);
    const wrong = excerptParts('wrong answer. Critical data');
    expect(withoutTitleEcho(wrong, 'What goes wrong')).toEqual(wrong);
  });

  it('drops a whole title that ends in a question mark', () => {
    expect(text(withoutTitleEcho(excerptParts('What Is a Timeout? A limit on waiting'), 'What Is a Timeout?'))).toBe('A limit on waiting');
  });

  it('keeps an excerpt that only shares part of a word with the title, or that is nothing but the title', () => {
    const partial = excerptParts('outs. What the connect timeout covers');
    expect(withoutTitleEcho(partial, 'The Two Main Types of Timeouts')).toEqual(partial);
    const only = excerptParts('Types of Timeouts');
    expect(withoutTitleEcho(only, 'The Two Main Types of Timeouts')).toEqual(only);
  });

  it('is applied to a page-level hit by toHit, with the section title', () => {
    const hit = toHit(page({ meta: { title: 'The Two Main Types of Timeouts', course: 'C' }, excerpt: 'Types of <mark>Timeouts</mark>. What each covers' }));
    expect(text(hit.excerpt)).toBe('What each covers');
  });
});
