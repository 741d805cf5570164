import { init, parse } from 'es-module-lexer';
import type { SiteFiles } from './site-files.ts';

/** The lexer is WebAssembly: call once before `moduleImports`. */
export const initModuleLexer = init;

/** A module's imports: static ones load with it; dynamic ones (`import()`) load on demand. */
export interface ModuleImports {
  static: string[];
  /** Dynamic imports whose specifier is a string literal. */
  dynamic: string[];
}

/** Lists a module's static and literal dynamic imports (`initModuleLexer` must have resolved). */
export function moduleImports(source: string): ModuleImports {
  const [imports] = parse(source);
  const result: ModuleImports = { static: [], dynamic: [] };
  for (const imp of imports) {
    if ((imp.type === 'static' || imp.type === 'reexport-star') && !imp.typeOnly) result.static.push(imp.specifier);
    else if (imp.type === 'dynamic' && imp.specifier !== undefined && !imp.glob) result.dynamic.push(imp.specifier);
  }
  return result;
}

/**
 * Resolves a reference against the URL of the page or module that makes it; undefined for other origins and
 * data URLs. In a module (`inModule`), a bare specifier such as `preact` names a package, not a file: a browser
 * cannot load it without an import map, which a build does not use, so it is skipped too.
 */
export function resolveUrl(ref: string, from: string, inModule = true): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return undefined;
  if (inModule && !/^\.{0,2}\//.test(ref)) return undefined;
  return new URL(ref, `http://site${from}`).pathname;
}

/** Modules reached from some entry points. */
export interface ModuleGraph {
  /** Every module loaded by following static imports, in discovery order. */
  loaded: string[];
  /** Targets of literal `import()` calls in loaded modules that are not loaded already. */
  lazy: string[];
  /** Referenced modules the site does not have. */
  missing: string[];
}

/**
 * Follows static imports from `entries` (URL paths). `inline` holds the text of inline module scripts, whose
 * imports resolve against `pageUrl`.
 */
export function collectModules(files: SiteFiles, entries: string[], inline: string[] = [], pageUrl = '/'): ModuleGraph {
  const loaded = new Set<string>();
  const lazy = new Set<string>();
  const missing = new Set<string>();
  const queue: string[] = [];
  const follow = (source: string, from: string) => {
    const { static: eager, dynamic } = moduleImports(source);
    for (const ref of eager) { const url = resolveUrl(ref, from); if (url) queue.push(url); }
    for (const ref of dynamic) { const url = resolveUrl(ref, from); if (url) lazy.add(url); }
  };
  for (const text of inline) follow(text, pageUrl);
  queue.push(...entries);
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (loaded.has(url) || missing.has(url)) continue;
    const bytes = files.read(url);
    if (!bytes) { missing.add(url); continue; }
    loaded.add(url);
    if (url.endsWith('.js') || url.endsWith('.mjs')) follow(bytes.toString('utf8'), url);
  }
  return { loaded: [...loaded], lazy: [...lazy].filter((u) => !loaded.has(u)), missing: [...missing] };
}
