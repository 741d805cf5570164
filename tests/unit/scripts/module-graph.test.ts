import { beforeAll, describe, expect, it } from 'vitest';
import { collectModules, initModuleLexer, moduleImports, resolveUrl } from '../../../scripts/perf/module-graph';
import { memoryFiles } from '../../../scripts/perf/site-files';

beforeAll(() => initModuleLexer());

describe('moduleImports', () => {
  it('separates static imports and re-exports from literal dynamic imports', () => {
    const source = `import a from "./a.js";import"./side.js";export{b}from"./b.js";export*from"./c.js";
      const lazy=()=>import("./lazy.js");import(variable);import(\`./glob/\${x}.js\`);console.log(import.meta.url)`;
    expect(moduleImports(source)).toEqual({ static: ['./a.js', './side.js', './b.js', './c.js'], dynamic: ['./lazy.js'] });
  });
});

describe('resolveUrl', () => {
  it('resolves relative and root-relative references against the referring URL', () => {
    expect(resolveUrl('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveUrl('../x.js', '/_astro/a.js')).toBe('/x.js');
    expect(resolveUrl('/_astro/c.js', '/concepts/course/')).toBe('/_astro/c.js');
    expect(resolveUrl('style.css', '/concepts/course/', false)).toBe('/concepts/course/style.css');
    expect(resolveUrl('preact', '/_astro/a.js')).toBeUndefined();
  });

  it('leaves other origins and data URLs alone', () => {
    for (const ref of ['https://cdn.example/x.js', '//cdn.example/x.js', 'data:text/javascript,1']) expect(resolveUrl(ref, '/', false)).toBeUndefined();
  });
});

describe('collectModules', () => {
  const files = memoryFiles({
    '/entry.js': 'import "./shared.js"; import("./lazy.js");',
    '/other.js': 'import "./shared.js";',
    '/shared.js': 'import "./leaf.js"; import("./entry.js");',
    '/leaf.js': 'export const x = 1;',
    '/lazy.js': 'import "./lazy-dep.js";',
    '/lazy-dep.js': '',
  });

  it('follows static imports once each and lists dynamic targets not already loaded', () => {
    const graph = collectModules(files, ['/entry.js', '/other.js']);
    expect(graph.loaded.sort()).toEqual(['/entry.js', '/leaf.js', '/other.js', '/shared.js']);
    expect(graph.lazy).toEqual(['/lazy.js']);
    expect(graph.missing).toEqual([]);
  });

  it('follows imports of inline module scripts relative to the page, and reports missing files', () => {
    const graph = collectModules(files, [], ['import "../leaf.js"; import "./gone.js";'], '/concepts/');
    expect(graph.loaded).toEqual(['/leaf.js']);
    expect(graph.missing).toEqual(['/concepts/gone.js']);
  });
});
