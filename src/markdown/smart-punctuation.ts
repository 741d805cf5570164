import type { Nodes, Root, Text } from 'mdast';
import { curlQuotes, educateDashes } from '../lib/smart-punctuation';

/** Nodes whose text is code or markup: left exactly as written. */
const VERBATIM = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'math', 'inlineMath']);
/** Nodes whose text is one run of prose: a quote's neighbours are looked for within it. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The text nodes of a run of prose in reading order. Between them, code and raw HTML stand for a word ("x")
 * and a hard line break for a space, so the quote after each is decided as a reader would.
 */
function pieces(node: Nodes, into: Array<Text | string> = []): Array<Text | string> {
  if (node.type === 'text') into.push(node);
  else if (node.type === 'break') into.push(' ');
  else if (VERBATIM.has(node.type)) into.push('x');
  else if ('children' in node) for (const child of node.children) pieces(child as Nodes, into);
  return into;
}

/** Educates one paragraph, heading or cell: quotes are decided across emphasis, links and inline code. */
function educateRun(run: Nodes): void {
  const parts = pieces(run);
  for (const part of parts) if (typeof part !== 'string') part.value = educateDashes(part.value);
  const curled = curlQuotes(parts.map((part) => (typeof part === 'string' ? part : part.value)).join(''));
  let at = 0;
  for (const part of parts) {
    const length = typeof part === 'string' ? part.length : part.value.length;
    if (typeof part !== 'string') part.value = curled.slice(at, at + length);
    at += length;
  }
}

/**
 * Remark plugin: typographic quotes, dashes and ellipses in prose (lib/smart-punctuation.ts). It replaces Astro's
 * default `remark-smartypants`, which builds a natural-language tree of every paragraph and was, after syntax
 * highlighting, the largest cost of rendering a section.
 */
export function remarkSmartPunctuation(_options?: { sources?: string }) {
  const walk = (node: Nodes): void => {
    if (BLOCKS.has(node.type)) educateRun(node);
    else if (!VERBATIM.has(node.type) && 'children' in node) for (const child of node.children) walk(child as Nodes);
  };
  return (tree: Root) => walk(tree);
}
