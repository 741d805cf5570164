/** The attribute that marks the part of a page Pagefind indexes; pages without it are not indexed. */
export const SEARCHABLE = 'data-pagefind-body';

const OPEN_TAG = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${SEARCHABLE}(?=[\\s=>])[^>]*>`, 'i');
const HTML_LANG = /<html\b[^>]*\blang="([^"]*)"/i;

/**
 * One piece of markup, read in document order: a comment, an element whose content is text to an HTML parser
 * (script, style, textarea, title...: a `</div>` inside is not an end tag), or a tag whose quoted attribute values may
 * hold anything (`title="the </article> tag"`). Text between them is skipped.
 */
const MARKUP = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?)([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** Index just past the element opened at `start` (tag `name`), counting nested elements of the same name. */
function elementEnd(html: string, name: string, start: number): number | undefined {
  MARKUP.lastIndex = start;
  let depth = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    if (m[3]?.toLowerCase() !== name.toLowerCase()) continue;
    depth += m[2] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';
/** One attribute of an open tag: its name and its value, quoted or not. */
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * Whether an open tag says `data-pagefind-ignore="all"`: Pagefind indexes nothing inside. (It would still read
 * metadata, filters or an `h1` inside an excluded selector within it; this site's quiz markup has none, and its
 * index is byte-identical without these elements.)
 */
function ignoresAll(tag: string): boolean {
  for (const [, name, double, single, bare] of tag.matchAll(ATTRIBUTE)) {
    if (name!.toLowerCase() === IGNORE_ATTRIBUTE) return (double ?? single ?? bare) === 'all';
  }
  return false;
}

/**
 * The element opened at `start` (tag `name`), read to its end tag in one pass, without its `data-pagefind-ignore="all"`
 * elements (a section's whole quiz part), which Pagefind would parse only to skip. An ignored element whose end
 * cannot be found is left in; undefined when the element itself never ends.
 */
function searchablePart(html: string, name: string, start: number): string | undefined {
  const own = name.toLowerCase();
  let depth = 0;
  let kept = '';
  let from = start;
  MARKUP.lastIndex = start;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const tag = m[3]?.toLowerCase();
    if (!tag) continue;
    if (depth > 0 && !m[2] && m[0].includes(IGNORE_ATTRIBUTE) && ignoresAll(m[0])) {
      const end = elementEnd(html, tag, m.index);
      MARKUP.lastIndex = end ?? m.index + m[0].length;
      if (end !== undefined) [kept, from] = [kept + html.slice(from, m.index), end];
      continue;
    }
    if (tag !== own) continue;
    depth += m[2] ? -1 : 1;
    if (depth === 0) return kept + html.slice(from, m.index + m[0].length);
  }
  return undefined;
}

/** A comment (left as it is), or a code block exactly as the build's highlighter writes it (src/markdown/highlight-code.ts). */
const COMMENT_OR_CODE_BLOCK = /<!--[\s\S]*?-->|<pre class="code-block"[^>]*><code[^>]*>[\s\S]*?<\/code><\/pre>/g;
const SPAN_TAG = /<span\b[^>]*>|<\/span\s*>/g;
/** The highlighter's own spans: a class and nothing else. An author's span (`data-pagefind-ignore`, say) is kept. */
const TOKEN_SPAN = /^<span class="token [\w-]+">$/;

/** A code block without the highlighter's spans, each with its own end tag (other spans and their ends stay). */
function withoutTokenSpans(block: string): string {
  const stripped: boolean[] = [];
  return block.replace(SPAN_TAG, (tag) => {
    if (tag.startsWith('</')) return stripped.pop() ? '' : tag;
    const token = TOKEN_SPAN.test(tag);
    stripped.push(token);
    return token ? '' : tag;
  });
}

/**
 * Code blocks without their highlighting's `<span>` tags (about 40 % of a section's searchable markup): Pagefind
 * indexes the text of a block, which the tags only split into tokens, so the index is the same with less to parse.
 */
const withoutCodeTokens = (part: string) => part.replace(COMMENT_OR_CODE_BLOCK, (m) => (m.startsWith('<!--') ? m : withoutTokenSpans(m)));

/**
 * What Pagefind needs of a built page: the element marked `data-pagefind-body` (with its metadata and ignore
 * marks) in a document that keeps the page's language, which sets how words are stemmed. Pagefind reads nothing
 * else of a page that marks its body, so the header, scripts and footer (a third of a section page) are not sent
 * to it, nor parsed there; nor are the elements it is told to ignore altogether (another third). Undefined when the page has no searchable part, or it cannot be found whole.
 * Works on HTML the build rendered from trusted content, never on learner input.
 */
export function searchDocument(html: string): string | undefined {
  const open = OPEN_TAG.exec(html);
  if (!open) return undefined;
  const part = searchablePart(html, open[1]!, open.index);
  if (part === undefined) return undefined;
  const lang = HTML_LANG.exec(html)?.[1];
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head></head><body>${withoutCodeTokens(part)}</body></html>`;
}

const utf8 = new TextDecoder();

/** What Pagefind is given of a built page (its bytes): its searchable part, or the whole page if that cannot be cut out. */
export function searchContent(page: Uint8Array): string {
  const html = utf8.decode(page);
  return searchDocument(html) ?? html;
}
