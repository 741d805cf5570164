import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCourse, createSection } from '../../../scripts/scaffold/index';
import { checkContent } from '../../../scripts/content-check/index';
import { isError } from '../../../src/lib/content-error';

const VALID = join(import.meta.dirname, '..', '..', 'fixtures', 'check', 'valid');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(VALID, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errorsIn = (root: string) => checkContent({ root, contentDir: root }).problems.filter(isError);

describe('npm run new:section', () => {
  it('creates a section with the next order number and an id from the title, which passes the check', () => {
    const created = createSection('demo', 'Retry Storms: When Clients Make It Worse', dir);
    expect(created).toMatchObject({ id: 'retry-storms-when-clients-make-it-worse', order: 4 });
    expect(created.path).toBe(join(dir, 'concepts', 'demo', 'retry-storms-when-clients-make-it-worse.md'));
    const source = readFileSync(created.path, 'utf8');
    expect(source).toContain('title: "Retry Storms: When Clients Make It Worse"');
    expect(errorsIn(dir)).toEqual([]);
  });

  it('keeps counting: two new sections get consecutive orders and both pass', () => {
    expect(createSection('demo', 'One More', dir).order).toBe(4);
    expect(createSection('demo', 'And Another', dir).order).toBe(5);
    expect(errorsIn(dir)).toEqual([]);
  });

  it('warns while the template placeholders are left in', () => {
    const { path } = createSection('demo', 'Placeholder Section', dir);
    const warnings = checkContent({ root: dir, contentDir: dir }).problems.filter((p) => p.field === 'placeholder');
    expect(warnings).toEqual([expect.objectContaining({ file: path.slice(dir.length + 1), severity: 'warning' })]);
  });

  it('refuses an unknown course and an existing file', () => {
    expect(() => createSection('nope', 'X', dir)).toThrow(/there is no course "nope" \(known: demo\)/);
    createSection('demo', 'Twice', dir);
    expect(() => createSection('demo', 'Twice', dir)).toThrow(/already exists/);
    expect(() => createSection('demo', '!!!', dir)).toThrow(/no letters or digits/);
  });

  it('refuses a title whose file name is taken by another page, and suggests a longer one', () => {
    expect(() => createSection('demo', ' Review! ', dir)).toThrow('"review" is the URL of another page of the site, so a section cannot be named so; choose a longer title (e.g. "Review! basics")');
    expect(() => createSection('demo', 'PRINT', dir)).toThrow(/"print" is the URL of another page/);
    expect(() => createSection('demo', 'Index', dir)).toThrow(/"index" is the URL of another page/);
    expect(existsSync(join(dir, 'concepts', 'demo', 'review.md'))).toBe(false);
    expect(() => createCourse('Index', dir)).toThrow(/"index" is the URL of another page of the site, so a course cannot be named so/);
  });
});

describe('npm run new:course', () => {
  it('creates a course file that passes the check, and a first section numbered 1', () => {
    const course = createCourse('Caching Pitfalls', dir);
    expect(course).toMatchObject({ id: 'caching-pitfalls', path: join(dir, 'concepts', 'caching-pitfalls', 'course.yaml') });
    expect(errorsIn(dir)).toEqual([]);
    expect(createSection('caching-pitfalls', 'Cache Stampedes', dir).order).toBe(1);
    expect(errorsIn(dir)).toEqual([]);
  });

  it('refuses a course that already exists', () => {
    expect(() => createCourse('Demo', dir)).toThrow(/already exists/);
  });
});
