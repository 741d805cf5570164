import { describe, expect, it } from 'vitest';
import { moreUnavailableMessage, searchUnavailableMessage } from '../../../src/scripts/pagefind-loader';

describe('searchUnavailableMessage', () => {
  it('tells a developer in astro dev that the index comes from the build', () => {
    expect(searchUnavailableMessage(true, true)).toMatch(/No search index in development.*npm run build/);
  });
  it('tells an offline learner that search needs one connected visit', () => {
    expect(searchUnavailableMessage(false, false)).toMatch(/not saved on this device yet/);
  });
  it('otherwise says the index could not be loaded', () => {
    expect(searchUnavailableMessage(false, true)).toMatch(/could not be loaded/);
  });
});

describe('moreUnavailableMessage', () => {
  it('says what to do, online and offline', () => {
    expect(moreUnavailableMessage(true)).toBe('More results could not be loaded. Choose Show more results to try again.');
    expect(moreUnavailableMessage(false)).toMatch(/while offline\. Connect, then choose Show more results again\.$/);
  });
});
