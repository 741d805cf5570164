import { describe, expect, it } from 'vitest';
import { curlQuotes, educateDashes, smartPunctuation } from '../../../src/lib/smart-punctuation';

const educate = smartPunctuation;

describe('smartPunctuation', () => {
  it('curls double quotes around words and phrases', () => {
    expect(educate('The client said "retry" and "wait a second."')).toBe('The client said \u201cretry\u201d and \u201cwait a second.\u201d');
    expect(educate('"Timeouts" first')).toBe('\u201cTimeouts\u201d first');
  });

  it('opens quotes after brackets and dashes, closes them before punctuation', () => {
    expect(educate('("late" or "lost")')).toBe('(\u201clate\u201d or \u201clost\u201d)');
    expect(educate('a reply\u2014"maybe"?')).toBe('a reply\u2014\u201cmaybe\u201d?');
  });

  it('turns apostrophes into right single quotes, also in decades', () => {
    expect(educate("it's the server's job, don't")).toBe('it\u2019s the server\u2019s job, don\u2019t');
    expect(educate("back in the '90s")).toBe('back in the \u201990s');
  });

  it('curls single quotes around a quoted word, also nested in double quotes', () => {
    expect(educate("a 'soft' failure")).toBe('a \u2018soft\u2019 failure');
    expect(educate(`"it said 'no'"`)).toBe('\u201cit said \u2018no\u2019\u201d');
  });

  it('curls quotes without changing the length, so pieces of a paragraph can be cut back apart', () => {
    const joined = 'say "x" and \'y\'';
    expect(curlQuotes(joined)).toHaveLength(joined.length);
    expect(curlQuotes('"x')).toBe('\u201cx');
    expect(curlQuotes('x"')).toBe('x\u201d');
  });

  it('closes a quote that stands alone or before a space', () => {
    expect(educate('a " b')).toBe('a \u201d b');
    expect(educate("the servers' queues")).toBe('the servers\u2019 queues');
  });

  it('makes ellipses and dashes, longest first', () => {
    expect(educateDashes('wait... then retry')).toBe('wait\u2026 then retry');
    expect(educate('10--20 ms --- or more')).toBe('10\u201320 ms \u2014 or more');
  });

  it('leaves text without straight quotes, dots or dashes unchanged', () => {
    const text = 'A 2 s p99 and a pool of 200 threads; single-hyphen words stay.';
    expect(educate(text)).toBe(text);
  });
});
