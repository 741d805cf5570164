import { describe, expect, it } from 'vitest';
import { htmlReferences } from '../../../scripts/perf/html-references';

const page = (head: string, body = '') => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('htmlReferences', () => {
  it('lists stylesheets, module scripts, modulepreloads, classic scripts and icons', () => {
    const refs = htmlReferences(page(
      '<link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/pre.js"><link rel="icon" href="/i.svg"><link rel="preconnect" href="https://x">',
      '<script type="module" src="/m.js"></script><script src="/classic.js"></script><img src="/eager.png"><img loading="lazy" src="/lazy.png">',
    ));
    expect(refs.stylesheets).toEqual(['/a.css']);
    expect(refs.modules).toEqual(['/pre.js', '/m.js']);
    expect(refs.classicScripts).toEqual(['/classic.js']);
    expect(refs.images).toEqual(['/i.svg', '/eager.png']);
    expect(refs.lang).toBe('en-GB');
  });

  it('takes each island\'s component, renderer and before-hydration modules', () => {
    const refs = htmlReferences(page('', '<astro-island component-url="/c.js" renderer-url="/r.js" before-hydration-url="/b.js" props="{}"></astro-island>'));
    expect(refs.modules).toEqual(['/c.js', '/r.js', '/b.js']);
  });

  it('keeps inline scripts and styles, but not JSON data blocks', () => {
    const refs = htmlReferences(page('<style>p{color:red}</style><script>var a=1</script>',
      '<script type="module">import "/x.js"</script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>'));
    expect(refs.inlineScripts).toEqual([{ module: false, text: 'var a=1' }, { module: true, text: 'import "/x.js"' }]);
    expect(refs.inlineStyles).toEqual(['p{color:red}']);
  });

  it('ignores what a browser with JavaScript does not load: <template> and <noscript> content', () => {
    const refs = htmlReferences(page('<noscript><link rel="stylesheet" href="/nojs.css"></noscript>',
      '<template><script type="module" src="/t.js"></script><img src="/t.png"></template>'));
    expect(refs).toMatchObject({ stylesheets: [], modules: [], images: [] });
  });
});
