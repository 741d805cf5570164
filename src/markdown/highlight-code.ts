import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';
import { refractor } from 'refractor/core';
import bash from 'refractor/bash';
import java from 'refractor/java';
import javascript from 'refractor/javascript';
import json from 'refractor/json';
import python from 'refractor/python';
import sql from 'refractor/sql';
import typescript from 'refractor/typescript';
import yaml from 'refractor/yaml';

// The languages of markdown/code-languages.ts ("text" stays plain).
for (const lang of [bash, java, javascript, json, python, sql, typescript, yaml]) refractor.register(lang);

type Token = ReturnType<typeof refractor.highlight>['children'][number];

/** Token types that styles/code.css colours; every other token (punctuation, operators, wrappers) is left as text. */
const COLOURED = new Set(['comment', 'prolog', 'doctype', 'cdata', 'keyword', 'important', 'atrule', 'rule', 'deleted', 'string', 'char',
  'template-string', 'triple-quoted-string', 'regex', 'attr-value', 'url', 'number', 'boolean', 'constant', 'symbol', 'function',
  'class-name', 'decorator', 'annotation', 'builtin', 'property', 'variable', 'parameter', 'attr-name', 'key', 'tag', 'selector',
  'inserted', 'interpolation']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Prism's tokens as HTML, keeping only coloured tokens, as `<span class="token TYPE">`: fewer elements, smaller pages. */
function tokensToHtml(tokens: Token[]): string {
  let html = '';
  for (const token of tokens) {
    if (token.type === 'text') html += escapeText(token.value);
    else if (token.type === 'element') {
      const type = (token.properties.className as string[]).find((c) => COLOURED.has(c));
      const inner = tokensToHtml(token.children as Token[]);
      html += type ? `<span class="token ${type}">${inner}</span>` : inner;
    }
  }
  return html;
}

type HastChild = Element | { type: 'text'; value: string };

/** The same tokens as hast nodes, for MDX, whose compiler takes no raw HTML. */
function tokensToHast(tokens: Token[]): HastChild[] {
  return tokens.flatMap((token): HastChild[] => {
    if (token.type === 'text') return [{ type: 'text', value: token.value }];
    if (token.type !== 'element') return [];
    const type = (token.properties.className as string[]).find((c) => COLOURED.has(c));
    const inner = tokensToHast(token.children as Token[]);
    return type ? [{ type: 'element', tagName: 'span', properties: { className: ['token', type] }, children: inner }] : inner;
  });
}

/** The `language-x` class of a `<code>` element, and the language when Prism knows it. */
function languageOf(code: Readonly<Element>): { className?: string; lang?: string } {
  const classes = Array.isArray(code.properties?.className) ? code.properties.className.map(String) : [];
  const className = classes.find((c) => c.startsWith('language-'));
  const lang = className?.slice('language-'.length);
  return { className, lang: lang && refractor.registered(lang) ? lang : undefined };
}

/**
 * Hast plugin (Sätteri): highlights fenced code at build time with Prism (via refractor). Tokens get class names
 * (`token keyword`) whose colours come from the stylesheet, so one pass serves both themes. The block is written as
 * HTML in one piece, which Sätteri passes through as it is: cheaper than building a tree of spans for it to convert.
 * MDX's compiler takes no raw HTML, so in an MDX file the same block is returned as elements.
 * The `<pre>` gets `class="code-block"`, `data-language` and `tabindex="0"` (a block wider than the screen scrolls,
 * and keyboard users must be able to scroll it too).
 */
export const highlightCode = defineHastPlugin({
  name: 'highlight-code',
  element: {
    filter: ['pre'],
    visit(pre, ctx) {
      const code = pre.children.length === 1 ? pre.children[0] : undefined;
      if (code?.type !== 'element' || code.tagName !== 'code') return;
      const { className, lang } = languageOf(code);
      const source = ctx.textContent(code).replace(/\n$/, '');
      const tokens = lang ? refractor.highlight(source, lang).children : [{ type: 'text' as const, value: source }];
      if (ctx.sourceFormat === 'mdx') {
        const codeNode: Element = { type: 'element', tagName: 'code', properties: className ? { className: [className] } : {}, children: tokensToHast(tokens) };
        return { type: 'element', tagName: 'pre', properties: { className: ['code-block'], dataLanguage: lang ?? 'plaintext', tabIndex: 0 }, children: [codeNode] };
      }
      const body = tokensToHtml(tokens);
      const codeClass = className ? ` class="${className.replace(/"/g, '&quot;')}"` : '';
      return { type: 'raw', value: `<pre class="code-block" data-language="${lang ?? 'plaintext'}" tabindex="0"><code${codeClass}>${body}</code></pre>` };
    },
  },
});
