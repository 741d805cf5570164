/**
 * String operations on HTML that the build rendered from trusted content (never on learner input).
 * They let a page place parts of one rendered body in different places, or show several bodies
 * on one page without their ids colliding.
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits rendered HTML at the first `<h2>` whose text is `heading`: what comes before it, and what
 * follows it (the heading itself dropped, so the page can give it its own). `after` is undefined
 * when there is no such heading.
 */
export function splitAtHeading(html: string, heading: string): { before: string; after?: string } {
  const match = new RegExp(`<h2\\b[^>]*>\\s*${escapeRegExp(heading)}\\s*</h2>`, 'i').exec(html);
  if (!match) return { before: html };
  return { before: html.slice(0, match.index), after: html.slice(match.index + match[0].length) };
}

/** Attributes whose value is an id (or a list of ids) on the same page. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls'];

/**
 * Prefixes every id in a fragment, and every same-page reference to one (`href="#…"`, `for`,
 * `aria-labelledby` and the like), so several fragments can share a page without duplicate ids.
 */
export function scopeIds(html: string, prefix: string): string {
  const scoped = (id: string) => `${prefix}-${id}`;
  return html
    .replace(/(\s)(id|for)="([^"]+)"/g, (_m, space: string, attr: string, id: string) => `${space}${attr}="${scoped(id)}"`)
    .replace(/(\s)href="#([^"]+)"/g, (_m, space: string, id: string) => `${space}href="#${scoped(id)}"`)
    .replace(new RegExp(`(\\s)(${ID_LIST_ATTRIBUTES.join('|')})="([^"]+)"`, 'g'),
      (_m, space: string, attr: string, ids: string) => `${space}${attr}="${ids.trim().split(/\s+/).map(scoped).join(' ')}"`);
}

/** Moves every heading one level down (h2 becomes h3, up to h6), for a fragment placed under a heading of its own. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])\b/gi, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
