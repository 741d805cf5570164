import { describe, expect, it } from 'vitest';
import { outputFileOf } from '../../../src/lib/output-file';

describe('outputFileOf', () => {
  it.each([
    ['/concepts/course/section/', '/', 'directory', 'concepts/course/section/index.html'],
    ['/concepts/course/section', '/', 'directory', 'concepts/course/section/index.html'],
    ['/concepts/course/section', '/', 'file', 'concepts/course/section.html'],
    ['/concepts/course/section/', '/', 'file', 'concepts/course/section.html'],
    ['/', '/', 'directory', 'index.html'],
    ['/', '/', 'file', 'index.html'],
    ['/404', '/', 'directory', '404.html'],
    ['/404/', '/', 'file', '404.html'],
    ['offline/', '/', 'directory', 'offline/index.html'],
    ['offline/', '/', 'file', 'offline.html'],
    ['/concepts/course/section.html', '/', 'file', 'concepts/course/section.html'],
    ['/index.html', '/', 'file', 'index.html'],
    ['/learn/concepts/course/section.html', '/learn/', 'file', 'concepts/course/section.html'],
  ] as const)('%s (base %s, %s) is written to %s', (path, base, format, file) => {
    expect(outputFileOf(path, base, format)).toBe(file);
  });

  it('drops the base path, with or without its slashes', () => {
    expect(outputFileOf('/learn/concepts/c/s/', '/learn/', 'directory')).toBe('concepts/c/s/index.html');
    expect(outputFileOf('/learn/concepts/c/s', 'learn', 'file')).toBe('concepts/c/s.html');
    expect(outputFileOf('/learn/', '/learn', 'directory')).toBe('index.html');
    expect(outputFileOf('/learn', '/learn/', 'file')).toBe('index.html');
  });

  it('decodes percent-encoded characters, as the file on disk is named', () => {
    expect(outputFileOf('/concepts/caf%C3%A9/', '/', 'directory')).toBe('concepts/café/index.html');
  });
});
