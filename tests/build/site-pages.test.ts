import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, page, text } from '../helpers/built-site';
import { readCourses, readMarkdown } from '../helpers/content-files';
import { isIndexable } from '../../src/lib/indexing';
import { challengeSchema } from '../../src/schemas/challenge';
import { DB_NAME, STORE_NAME } from '../../src/storage/learner-storage';
import { CODE_LANGUAGE_KEY, THEME_KEY } from '../../src/storage/preferences';
import { NOTE_DRAFT_PREFIX } from '../../src/storage/note-drafts';
import { UNSAVED_KEY } from '../../src/storage/unsaved-writes';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const COURSE = 'failure-modes-in-distributed-systems';
const [course] = readCourses(CONTENT).filter((c) => c.id === COURSE);
const sections = course!.sections
  .map((s) => ({ id: s.data.id as string, order: s.data.order as number, slug: s.file.split('/').pop()!.replace(/\.mdx?$/, '') }))
  .sort((a, b) => a.order - b.order);
// Through the schema, as the build reads them (so the text is what pages show, typographic quotes included).
const challenges = readdirSync(join(CONTENT, 'challenges')).map((f) => {
  const { data, body } = readMarkdown(join(CONTENT, 'challenges', f));
  return { id: f.replace(/\.mdx?$/, ''), data: challengeSchema.parse(data) as Record<string, unknown>, body };
});

const pages = htmlFiles().map((file) => ({ file, path: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(join(DIST, file), 'utf8') }));
const meta = (html: string, attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
const hrefsIn = (html: string) => [...html.matchAll(/href="([^"#]+)(#[^"]*)?"/g)].map((m) => m[1]!);
const block = (html: string, pattern: RegExp) => pattern.exec(html)?.[0] ?? '';

describe('every built page', () => {
  it('has a unique title, a description and Open Graph tags', () => {
    const titles = new Set<string>();
    for (const { file, html } of pages) {
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, file).toBeTruthy();
      expect(titles.has(title!), `${file}: duplicate title "${title}"`).toBe(false);
      titles.add(title!);
      expect(meta(html, 'name', 'description')?.length, file).toBeGreaterThan(20);
      for (const tag of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image']) expect(meta(html, 'property', tag), `${file} ${tag}`).toBeTruthy();
    }
  });

  it('has a canonical link and og:url to its own address when indexable, and noindex otherwise', () => {
    const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(page(''))![1]!).origin;
    for (const { file, path, html } of pages) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (isIndexable(path)) {
        expect(canonical, file).toBe(origin + path);
        expect(meta(html, 'property', 'og:url'), file).toBe(canonical);
        expect(html, file).not.toContain('name="robots"');
      } else {
        expect(canonical, file).toBeUndefined();
        expect(meta(html, 'name', 'robots'), file).toBe('noindex');
      }
    }
    expect(pages.filter((p) => !isIndexable(p.path)).map((p) => p.file).sort()).toEqual(['404.html', `concepts/${COURSE}/print/index.html`, `concepts/${COURSE}/review/index.html`, 'offline/index.html', 'progress/index.html']);
  });

  it('applies the stored theme in an inline script in <head>, before any stylesheet or body content', () => {
    for (const { file, html } of pages) {
      const head = block(html, /<head>[\s\S]*?<\/head>/);
      const script = head.indexOf(THEME_KEY);
      expect(script, file).toBeGreaterThan(0);
      expect(script, file).toBeLessThan(head.indexOf('rel="stylesheet"'));
    }
  });

  it('has the header links and the footer links', () => {
    for (const { file, html } of pages) {
      const header = block(html, /<header class="site-header">[\s\S]*?<\/header>/);
      for (const [label, href] of [['Home', '/'], ['DSA', '/categories/dsa/'], ['System Design', '/categories/system-design/'], ['My Progress', '/progress/']]) {
        expect(header, `${file} header ${label}`).toContain(`href="${href}"`);
      }
      expect(header, file).toMatch(/<summary[^>]*>[\s\S]*Menu[\s\S]*<\/summary>/);
      const footer = text(block(html, /<footer class="site-footer">[\s\S]*?<\/footer>/));
      expect(footer, file).toMatch(/^Concepts Practice System-design challenges Pricing Privacy Terms Contact /);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists exactly the indexable pages in the sitemap', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemapFiles = [...index.matchAll(/<loc>[^<]*\/([^/<]+\.xml)<\/loc>/g)].map((m) => m[1]!);
    const urls = sitemapFiles.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    const expected = pages.map((p) => p.path).filter(isIndexable);
    expect(urls.sort()).toEqual(expected.sort());
    expect(urls.length).toBeGreaterThan(25);
  });

  it('points robots.txt at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(existsSync(join(DIST, new URL(sitemap!).pathname))).toBe(true);
  });
});

describe('challenges and the sections they draw on', () => {
  it('links each section to exactly the challenges whose frontmatter names it', () => {
    for (const s of sections) {
      const html = page(`concepts/${COURSE}/${s.slug}/`);
      const related = block(html, /<section class="related"[\s\S]*?<\/section>/);
      const linked = hrefsIn(related).map((h) => h.replace(/^\/challenges\/|\/$/g, ''));
      const expected = challenges.filter((c) => (c.data.sections as string[]).includes(s.id)).map((c) => c.id);
      expect(linked.sort(), s.slug).toEqual(expected.sort());
    }
  });

  it('links each challenge back to its sections, and shows requirements, constraints and every hint in a <details>', () => {
    for (const c of challenges) {
      const html = page(`challenges/${c.id}/`);
      const related = hrefsIn(block(html, /<section class="related"[\s\S]*?<\/section>/));
      for (const id of c.data.sections as string[]) {
        expect(related, `${c.id} -> ${id}`).toContain(`/concepts/${COURSE}/${sections.find((s) => s.id === id)!.slug}/`);
      }
      const hints = block(html, /<ol class="hint-list"[\s\S]*?<\/ol>/);
      expect(hints.match(/<details>/g)?.length, c.id).toBe((c.data.hints as string[]).length);
      for (const r of c.data.requirements as string[]) expect(text(html)).toContain(text(r).slice(0, 50));
      for (const k of c.data.constraints as string[]) expect(text(html)).toContain(text(k).slice(0, 50));
      // The discussion comes after the hints, collapsed, so it cannot spoil them.
      expect(html.indexOf('class="discussion"'), c.id).toBeGreaterThan(html.indexOf('class="hint-list"'));
    }
  });

  it('lists every challenge on the course page and on the challenges page', () => {
    for (const path of [`concepts/${COURSE}/`, 'challenges/']) {
      for (const c of challenges) expect(page(path), `${path} ${c.id}`).toContain(`href="/challenges/${c.id}/"`);
    }
  });
});

describe('category and catalog pages', () => {
  it('lists the course under System Design and says plainly that DSA has none yet', () => {
    expect(page('categories/system-design/')).toContain(`href="/concepts/${COURSE}/"`);
    const dsa = page('categories/dsa/');
    expect(dsa).not.toContain(`href="/concepts/${COURSE}/"`);
    expect(text(dsa)).toContain('There is no DSA course yet.');
  });

  it('offers a category filter on the catalog, with a rule per category', () => {
    const html = page('concepts/');
    for (const id of ['all', 'system-design', 'dsa']) expect(html).toContain(`type="radio" name="category" value="${id}"`);
    expect(html).toContain('.catalog:has(input[value="dsa"]:checked) [data-empty-for="dsa"]');
  });
});

describe('the whole course on one page', () => {
  const html = page(`concepts/${COURSE}/print/`);

  it('holds every section in order with its quick checks and answers', () => {
    const titles = [...html.matchAll(/<section class="print-section" id="([^"]+)"/g)].map((m) => m[1]);
    expect(titles).toEqual(sections.map((s) => s.slug));
    expect(html.match(/<details class="qc-answer">/g)).toHaveLength(30);
  });

  it('has no duplicate ids', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('privacy page', () => {
  it('names exactly what is stored, from the storage modules themselves', () => {
    const html = text(page('privacy/'));
    for (const name of [DB_NAME, STORE_NAME, CODE_LANGUAGE_KEY, THEME_KEY, NOTE_DRAFT_PREFIX, UNSAVED_KEY]) expect(html).toContain(name);
    expect(html).toMatch(/No tracking, no cookies/);
  });
});
