import type { Root, Heading, Html, Image, ImageReference, Link, Definition } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { ContentProblem, SourcePosition } from './content-error';
import { SECTION_WORDS, countWords, readingPart } from './reading-time';

/** A link found in a body, to be resolved once every page is known. */
export interface LinkRef extends SourcePosition {
  url: string;
}

/** What the body rules need to know about the file. */
export interface BodyContext {
  file: string;
  /** Level of the last heading the page shows above the body: 1 for sections (the title), 2 for challenges ("Scenario"). */
  startDepth: number;
  /** MDX files have their own pitfalls (expressions); Markdown files others (raw HTML). */
  mdx: boolean;
}

type Report = (node: Node, field: string, message: string, hint: string, severity?: 'warning', at?: number) => void;

/** Position of character `index` inside a node's source, for constructs found in raw HTML. */
function positionIn(node: Node, value: string, index: number): SourcePosition {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = value.slice(0, index).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

const plainText = (node: Node): string =>
  'value' in node ? String(node.value) : 'children' in node ? (node.children as Node[]).map(plainText).join('') : '';

/** A heading after one of level `previous`: the page title is the only level 1, and no level is skipped. Returns its level. */
function checkHeading(heading: Heading, previous: number, report: Report): number {
  const title = plainText(heading);
  if (heading.depth === 1) {
    report(heading, 'heading', `"# ${title}" is a level-1 heading inside the text`, 'the page title is the only level-1 heading; use ## for the main parts of the text');
  } else if (heading.depth > previous + 1) {
    report(heading, 'heading', `"${'#'.repeat(heading.depth)} ${title}" skips a level: it follows a level-${previous} heading`,
      `use ${'#'.repeat(previous + 1)} here, or add the missing level-${previous + 1} heading above it`);
  }
  return heading.depth;
}

function checkImage(image: Image | ImageReference, report: Report): void {
  if (!image.alt?.trim()) {
    const target = 'url' in image ? image.url : image.identifier;
    report(image, 'image', `image "${target}" has no alternative text`, 'describe what the image shows between the brackets: ![A PostgreSQL primary and two replicas](diagram.svg)');
  }
}

/** Raw HTML rules: images and diagrams need text alternatives; blocks must not be cut by blank lines; comments are published. */
function checkHtml(node: Html, block: boolean, mdx: boolean, report: Report): void {
  const value = node.value;
  for (const img of value.matchAll(/<img\b[^>]*>/gi)) {
    if (!/\salt\s*=/.test(img[0])) report(node, 'image', `${img[0].slice(0, 60)} has no alt attribute`, 'add alt="..." describing what the image shows', undefined, img.index);
  }
  for (const svg of value.matchAll(/<svg\b[^>]*>/gi)) {
    const named = /\saria-(label|labelledby)\s*=|\saria-hidden\s*=\s*["']true/.test(svg[0]) || /<title[\s>]/i.test(value.slice(svg.index));
    if (!named) report(node, 'diagram', 'inline SVG has no text alternative', 'add role="img" and aria-labelledby pointing at a <title> (and <desc>) inside the SVG that says what the picture shows', undefined, svg.index);
  }
  for (const tag of block ? ['svg', 'table'] : []) {
    const opened = value.match(new RegExp(`<${tag}\\b`, 'gi'))?.length ?? 0;
    const closed = value.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0;
    if (opened > closed) report(node, 'HTML block', `the <${tag}> block is cut off by a blank line, so the rest of it is read as Markdown`, `remove blank lines inside the <${tag}> element`);
  }
  // The build's parser (Sätteri) ends a <pre>, <script>, <style> or <textarea> block only at that tag's end tag in
  // lowercase; written any other way (</Pre>), the block runs on and the rest of the text is published as raw HTML.
  const raw = !mdx && (block || value.includes('\n')) ? /^<(pre|script|style|textarea)(?=[\s>]|$)/i.exec(value)?.[1] : undefined;
  if (raw && !value.includes(`</${raw.toLowerCase()}>`)) {
    report(node, 'HTML block', `the block opened by "<${raw}" has no "</${raw.toLowerCase()}>", so everything after it is published as raw HTML, not Markdown`, `close it with </${raw.toLowerCase()}>, in lowercase, or put code in a fenced code block`);
  }
  if (!mdx && value.includes('<!--')) {
    report(node, 'HTML comment', 'an HTML comment is published in the page\'s HTML source', 'remove it; put notes for reviewers in the pull request instead', 'warning', value.indexOf('<!--'));
  }
  const tag = /^<\/?([A-Za-z][\w]*)/.exec(value)?.[1];
  if (!mdx && tag && /[A-Z]/.test(tag) && !value.includes('\n')) {
    report(node, 'text', `"${value}" is read as an HTML tag, so it will not be shown`, 'put code in backticks (e.g. `List<String>`), or write &lt; for "<"', 'warning');
  }
}

/**
 * Elements whose content a browser reads as text up to their end tag: left open, they swallow the rest of the page
 * (the quiz included), or hide it. Markdown ends `<pre>`/`<script>`/`<style>`/`<textarea>` blocks itself (above).
 */
const RAW_TEXT = /<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)(?=[\s>/])[^>]*>/gi;
const BLOCK_ENDED_BY_MARKDOWN = new Set(['script', 'style', 'textarea']);

/**
 * An element of RAW_TEXT opened in raw HTML must be closed in the same HTML block, or, inside a paragraph, later in
 * that paragraph: the browser would otherwise take everything after it, to the end of the page, as its text.
 */
function checkRawTextElements(node: Html, index: number | undefined, parent: Parent | undefined, report: Report): void {
  const block = parent?.type === 'root';
  const after = block || index === undefined ? '' : parent!.children.slice(index + 1).map((n) => (n.type === 'html' ? (n as Html).value : '')).join('');
  for (const open of node.value.matchAll(RAW_TEXT)) {
    const tag = open[1]!.toLowerCase();
    if (block && BLOCK_ENDED_BY_MARKDOWN.has(tag)) continue;
    const rest = (node.value.slice(open.index + open[0].length) + after).toLowerCase();
    if (open[0].endsWith('/>') || rest.includes(`</${tag}`)) continue;
    report(node, 'HTML', `<${tag}> is opened here and never closed${block ? ' in this HTML block' : ' in this paragraph'}, so the browser takes the rest of the page as its text`,
      `close it with </${tag}> ${block ? 'in the same block' : 'in the same paragraph'}, or write &lt;${tag}&gt; to show the tag, or put code in backticks`, undefined, open.index);
  }
}

/** Names an MDX file declares with import or export, which its expressions may use. */
const declaredNames = (tree: Root) => {
  const names = new Set<string>();
  visit(tree, (node) => node.type === 'mdxjsEsm', (node) => {
    for (const m of String((node as unknown as { value: string }).value).matchAll(/[A-Za-z_$][\w$]*/g)) names.add(m[0]);
  });
  return names;
};

function checkExpression(node: Node, declared: Set<string>, report: Report): void {
  const value = String((node as unknown as { value: string }).value).trim();
  const code = value.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim();
  const root = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
  if (!root || declared.has(root)) return;
  report(node, 'MDX expression', `"{${value}}" is read as JavaScript in MDX, and "${root}" is not defined, so the page would fail to build`,
    `to show the braces as text write \\{${value}\\}, or put it in backticks; a section without components can be a .md file`);
}

/**
 * Body rules for one file: headings, text alternatives, raw-HTML and MDX pitfalls. Also returns its links.
 * One walk over the tree for every rule (a walk per rule was a third of the content check's time on Markdown).
 */
export function lintBody(tree: Root, context: BodyContext): { problems: ContentProblem[]; links: LinkRef[]; images: LinkRef[] } {
  const problems: ContentProblem[] = [];
  const report: Report = (node, field, message, hint, severity, at) => {
    const pos = at === undefined ? node.position?.start : positionIn(node, (node as Html).value, at);
    problems.push({ file: context.file, line: pos?.line, column: pos?.column, field, message, hint, ...(severity && { severity }) });
  };
  const declared = context.mdx ? declaredNames(tree) : new Set<string>(); // an MDX expression may use a name declared below it
  const links: LinkRef[] = [];
  const images: LinkRef[] = [];
  const definitions = new Map<string, Definition>();
  const imageReferences: ImageReference[] = [];
  const at = (node: Node) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  let headingDepth = context.startDepth;
  visit(tree, (node: Node, index, parentNode) => {
    const parent = parentNode as unknown as Parent | undefined;
    switch (node.type) {
      case 'heading': headingDepth = checkHeading(node as Heading, headingDepth, report); break;
      case 'image': case 'imageReference': {
        checkImage(node as Image | ImageReference, report);
        if (node.type === 'imageReference') imageReferences.push(node as ImageReference);
        else if (isLocalImage((node as Image).url)) images.push({ url: (node as Image).url, ...at(node) });
        break;
      }
      case 'mdxjsEsm':
        // An image an MDX file imports is a file the site reads, like one it shows.
        for (const m of String((node as unknown as { value: string }).value).matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) {
          if (IMAGE_FILE.test(m[1]!)) images.push({ url: m[1]!, ...at(node) });
        }
        break;
      case 'html':
        checkHtml(node as Html, parent?.type === 'root', context.mdx, report);
        if (!context.mdx) checkRawTextElements(node as Html, index, parent, report);
        break;
      case 'mdxTextExpression': case 'mdxFlowExpression': if (context.mdx) checkExpression(node, declared, report); break;
      case 'definition': definitions.set((node as Definition).identifier, node as Definition); break;
      case 'link': links.push({ url: (node as Link).url, ...at(node) });
    }
  });
  // The build reads a local image only when it is written inline; a reference to one comes out as a broken <img>.
  const localImageDefinitions = new Set<Definition>();
  for (const ref of imageReferences) {
    const definition = definitions.get(ref.identifier);
    if (!definition || !isLocalImage(definition.url)) continue;
    localImageDefinitions.add(definition);
    report(ref, 'image', `the image "${definition.url}" is given by reference ([${ref.label ?? ref.identifier}]), which the build does not read for local images`,
      `write it inline: ![${ref.alt ?? ''}](${definition.url})`);
  }
  for (const definition of definitions.values()) {
    if (!localImageDefinitions.has(definition)) links.push({ url: definition.url, ...at(definition) });
  }
  return { problems, links, images };
}

/** The image formats the build processes (Astro's image service). */
export const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/**
 * Whether Astro reads an image from the content folder: a relative path (`box.svg`, `./img/box.svg`), not a URL
 * (`https:`, `data:`, `//host`) nor a path from the site's root (`/favicon.svg`, served from public/).
 */
export const isLocalImage = (url: string) => url.trim() !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(url.trim());

/** Warns when a section's reading (before `## Code`) is outside the content guide's length. */
export function readingLength(body: string, file: string): ContentProblem[] {
  const words = countWords(readingPart(body));
  if (words >= SECTION_WORDS.min && words <= SECTION_WORDS.max) return [];
  return [{
    file, field: 'reading', severity: 'warning',
    message: `the reading is ${words} words; the content guide asks for ${SECTION_WORDS.min} to ${SECTION_WORDS.max} (about two minutes)`,
    hint: words < SECTION_WORDS.min ? 'explain the mechanism and what goes wrong in production more fully' : 'keep to one idea per section; move the rest into a section of its own',
  }];
}
