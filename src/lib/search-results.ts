/** The parts of a Pagefind result's data that the search box uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** The data Pagefind returns for one matching page (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A piece of an excerpt: plain text, or a matched word (shown highlighted). */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** One search result as the search box shows it. */
export interface SearchHit {
  course: string;
  section: string;
  /** The heading inside the section where the best match is, when it is not the top of the page. */
  heading?: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** Results of one course, in the order Pagefind ranked them. */
export interface CourseGroup {
  course: string;
  hits: SearchHit[];
}

/** Group heading for pages without a course (none today; a safe default if one is indexed later). */
export const OTHER_PAGES = 'Other pages';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, e: string) => ENTITIES[e]!);

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches, entities escaped) into parts, so it
 * can be rendered as text nodes and never as HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let match = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>' || token === '</mark>') match = token === '<mark>';
    else {
      const text = decode(token.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, match });
    }
  }
  return parts;
}

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** The sub-result (a heading's part of the page) with the strongest match; the first on a tie. */
export function bestSubResult(subs: PagefindSubResult[] | undefined): PagefindSubResult | undefined {
  return (subs ?? []).reduce<PagefindSubResult | undefined>((best, sub) => (!best || score(sub) > score(best) ? sub : best), undefined);
}

/**
 * Spells a result URL the way the site links its pages: with `trailingSlash: 'never'` a page is
 * `/a/b` (not `/a/b/`, `/a/b.html` or `/a/b/index.html`); otherwise Pagefind's `/a/b/` is kept.
 */
export function spellResultUrl(url: string, trailingSlash: 'always' | 'never' | 'ignore'): string {
  if (trailingSlash !== 'never') return url;
  const [path = '', hash] = url.split('#', 2);
  const clean = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '').replace(/(.)\/$/, '$1');
  return hash === undefined ? clean : `${clean}#${hash}`;
}

/**
 * An excerpt without the end of the title it starts with. Pagefind's excerpt is a window of the page's text, which
 * begins with the title, so a match near the top gave "Main Types of Timeouts. What the…" under the title "The Two
 * Main Types of Timeouts". Only whole words of the title's end are dropped, and only where the title's text ends (". "), with more after it.
 */
export function withoutTitleEcho(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const words = title.trim().split(/\s+/);
  let drop = 0;
  for (let i = 0; i < words.length && !drop; i++) {
    const tail = words.slice(i).join(' ');
    // Pagefind ends a heading's text with ". " (or keeps its own "?" or ":"): without that, the words are the text's own.
    const after = text.startsWith(tail) ? (/[.?!:]$/.test(tail) ? /^\.?\s+(?=\S)/ : /^\.\s+(?=\S)/).exec(text.slice(tail.length)) : null;
    if (after) drop = tail.length + after[0].length;
  }
  if (!drop) return parts;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (drop >= part.text.length) drop -= part.text.length;
    else {
      kept.push(drop ? { ...part, text: part.text.slice(drop) } : part);
      drop = 0;
    }
  }
  return kept;
}

/** Turns Pagefind's data for one page into a hit that links to the heading with the best match. */
export function toHit(data: PagefindResultData, trailingSlash: 'always' | 'never' | 'ignore' = 'ignore'): SearchHit {
  const section = data.meta.title ?? data.url;
  const sub = bestSubResult(data.sub_results);
  const atHeading = sub && sub.url.includes('#') && sub.title !== section;
  return {
    course: data.meta.course ?? OTHER_PAGES,
    section,
    heading: atHeading ? sub.title : undefined,
    url: spellResultUrl(sub?.url ?? data.url, trailingSlash),
    excerpt: withoutTitleEcho(excerptParts(sub?.excerpt ?? data.excerpt), atHeading ? sub.title : section),
  };
}

/** Groups hits by course; courses appear in the order of their best-ranked hit. */
export function groupByCourse(hits: SearchHit[]): CourseGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.course, [...(groups.get(hit.course) ?? []), hit]);
  return [...groups].map(([course, list]) => ({ course, hits: list }));
}

/** What the live region says after a search. */
export function resultCountMessage(query: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${query}”.`;
  const count = `${total} result${total === 1 ? '' : 's'} for “${query}”`;
  return shown < total ? `${count}, showing the first ${shown}.` : `${count}.`;
}
