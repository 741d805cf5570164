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

/** A token from Prism's own tokenizer: text, or a typed token (with aliases) holding more tokens. */
type PrismToken = string | { type: string; alias?: string | string[]; content: PrismToken | PrismToken[] };
/** Prism's core, which refractor is built on (its prototype): the tokenizer and the hooks languages may add. */
const prism = refractor as unknown as {
  tokenize(text: string, grammar: unknown): PrismToken[];
  hooks: { run(name: string, env: Record<string, unknown>): void };
};

/**
 * Prism's tokens as HTML, keeping only coloured tokens, as `<span class="token TYPE">`: fewer elements, smaller pages.
 * Straight from Prism's tokens: refractor's own `highlight` first builds a syntax tree of every token (with a selector
 * parsed for each), which was most of the time spent highlighting. The HTML is the same: a token's colour comes from
 * its type, else its first coloured alias, as the tree's class list had them.
 */
function prismToHtml(token: PrismToken | PrismToken[]): string {
  if (typeof token === 'string') return escapeText(token);
  if (Array.isArray(token)) return token.map(prismToHtml).join('');
  const aliases = token.alias === undefined ? [] : typeof token.alias === 'string' ? [token.alias] : token.alias;
  const type = [token.type, ...aliases].find((c) => COLOURED.has(c));
  const inner = prismToHtml(token.content);
  return type ? `<span class="token ${type}">${inner}</span>` : inner;
}

/** Highlighted HTML of `source` in a registered language, through Prism's tokenize step and its hooks, as Prism.highlight runs them. */
function highlightToHtml(source: string, lang: string): string {
  const env: Record<string, unknown> = { code: source, grammar: refractor.languages[lang], language: lang };
  prism.hooks.run('before-tokenize', env);
  env.tokens = prism.tokenize(env.code as string, env.grammar);
  prism.hooks.run('after-tokenize', env);
  return prismToHtml(env.tokens as PrismToken[]);
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
      if (ctx.sourceFormat === 'mdx') {
        const tokens = lang ? refractor.highlight(source, lang).children : [{ type: 'text' as const, value: source }];
        const codeNode: Element = { type: 'element', tagName: 'code', properties: className ? { className: [className] } : {}, children: tokensToHast(tokens) };
        return { type: 'element', tagName: 'pre', properties: { className: ['code-block'], dataLanguage: lang ?? 'plaintext', tabIndex: 0 }, children: [codeNode] };
      }
      const body = lang ? highlightToHtml(source, lang) : escapeText(source);
      const codeClass = className ? ` class="${className.replace(/"/g, '&quot;')}"` : '';
      return { type: 'raw', value: `<pre class="code-block" data-language="${lang ?? 'plaintext'}" tabindex="0"><code${codeClass}>${body}</code></pre>` };
    },
  },
});
