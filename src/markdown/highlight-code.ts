import type { Element, ElementContent, Root } from 'hast';
import { refractor } from 'refractor/core';
import bash from 'refractor/bash';
import java from 'refractor/java';
import javascript from 'refractor/javascript';
import json from 'refractor/json';
import python from 'refractor/python';
import sql from 'refractor/sql';
import typescript from 'refractor/typescript';
import yaml from 'refractor/yaml';
import { visit } from 'unist-util-visit';

// The languages of markdown/code-languages.ts ("text" stays plain).
for (const lang of [bash, java, javascript, json, python, sql, typescript, yaml]) refractor.register(lang);

/** Language of a `<code class="language-x">` element, if it names one Prism knows. */
function languageOf(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const lang = classes.map(String).find((c) => c.startsWith('language-'))?.slice('language-'.length);
  return lang && refractor.registered(lang) ? lang : undefined;
}

/** Token types that styles/code.css colours; every other token (punctuation, operators, wrappers) is left as text. */
const COLOURED = new Set(['comment', 'prolog', 'doctype', 'cdata', 'keyword', 'important', 'atrule', 'rule', 'deleted', 'string', 'char',
  'template-string', 'triple-quoted-string', 'regex', 'attr-value', 'url', 'number', 'boolean', 'constant', 'symbol', 'function',
  'class-name', 'decorator', 'annotation', 'builtin', 'property', 'variable', 'parameter', 'attr-name', 'key', 'tag', 'selector',
  'inserted', 'interpolation']);

/** Keeps only coloured tokens, as `<span class="token TYPE">`, and joins the text between them: fewer nodes, smaller pages. */
function simplify(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const push = (node: ElementContent) => {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  };
  for (const node of nodes) {
    if (node.type !== 'element') { push(node); continue; }
    const type = (node.properties.className as string[]).find((c) => COLOURED.has(c));
    if (type) push({ ...node, properties: { className: ['token', type] }, children: simplify(node.children) });
    else simplify(node.children).forEach(push);
  }
  return out;
}

const textOf = (nodes: ElementContent[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

/**
 * Rehype plugin: highlights fenced code at build time with Prism (via refractor), straight into the HTML tree.
 * Tokens get class names (`token keyword`) whose colours come from the stylesheet, so one pass serves both
 * themes; Shiki tokenised every block once per theme and its output went through an HTML parser again, which
 * made it the largest part of the build. The `<pre>` gets `class="code-block"`, `data-language` and `tabindex="0"`.
 */
export function rehypeHighlightCode() {
  return (tree: Root) => {
    visit(tree, 'element', (pre) => {
      const code = pre.tagName === 'pre' && pre.children.length === 1 ? pre.children[0] : undefined;
      if (code?.type !== 'element' || code.tagName !== 'code') return;
      const lang = languageOf(code);
      // tabindex: a block wider than the screen scrolls, and keyboard users must be able to scroll it too.
      pre.properties = { ...pre.properties, className: ['code-block'], dataLanguage: lang ?? 'plaintext', tabIndex: 0 };
      const source = textOf(code.children).replace(/\n$/, '');
      code.children = lang ? simplify(refractor.highlight(source, lang).children as ElementContent[]) : [{ type: 'text', value: source }];
    });
  };
}
