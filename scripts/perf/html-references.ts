import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** What a page asks the browser to load while it loads, as written in its HTML. */
export interface HtmlReferences {
  /** `<link rel="stylesheet" href>`. */
  stylesheets: string[];
  /** JavaScript modules: `<script type="module" src>`, `<link rel="modulepreload">`, and each island's component and renderer. */
  modules: string[];
  /** Classic `<script src>` without `type="module"`. */
  classicScripts: string[];
  /** Text of inline `<script>` elements (JSON data blocks excluded), module or classic. */
  inlineScripts: { module: boolean; text: string }[];
  /** Text of inline `<style>` elements. */
  inlineStyles: string[];
  /** Images and icons fetched with the page: `<img src>`, `<link rel="icon" href>`. */
  images: string[];
  /** The page's `<html lang>`, which picks Pagefind's language index. */
  lang: string | undefined;
}

/** Astro island attributes that name modules fetched to hydrate it. */
const ISLAND_MODULE_ATTRS = ['component-url', 'renderer-url', 'before-hydration-url'];
/** Script types that run as JavaScript; anything else (`application/json`, `application/ld+json`) is data. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const relOf = (el: T.Element) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
const textOf = (el: T.Element) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
  }
}

function addScript(el: T.Element, refs: HtmlReferences): void {
  const type = (attr(el, 'type') ?? '').toLowerCase();
  if (!JS_TYPES.has(type)) return;
  const src = attr(el, 'src');
  const module = type === 'module';
  if (src) (module ? refs.modules : refs.classicScripts).push(src);
  else refs.inlineScripts.push({ module, text: textOf(el) });
}

function addLink(el: T.Element, refs: HtmlReferences): void {
  const href = attr(el, 'href');
  if (!href) return;
  const rel = relOf(el);
  if (rel.includes('stylesheet')) refs.stylesheets.push(href);
  else if (rel.includes('modulepreload')) refs.modules.push(href);
  else if (rel.includes('icon')) refs.images.push(href);
}

/** Lists what a page loads at page load. Elements inside `<template>` and `<noscript>` are not loaded by a browser with JavaScript, so they are skipped. */
export function htmlReferences(html: string): HtmlReferences {
  const doc = parse(html);
  const refs: HtmlReferences = { stylesheets: [], modules: [], classicScripts: [], inlineScripts: [], inlineStyles: [], images: [], lang: undefined };
  for (const el of elements(doc)) {
    if (el.tagName === 'html') refs.lang = attr(el, 'lang');
    else if (el.tagName === 'script') addScript(el, refs);
    else if (el.tagName === 'link') addLink(el, refs);
    else if (el.tagName === 'style') refs.inlineStyles.push(textOf(el));
    else if (el.tagName === 'img' && attr(el, 'src') && attr(el, 'loading') !== 'lazy') refs.images.push(attr(el, 'src')!);
    else if (el.tagName === 'astro-island') {
      for (const name of ISLAND_MODULE_ATTRS) { const url = attr(el, name); if (url) refs.modules.push(url); }
    }
  }
  return refs;
}
