import { describe, expect, it } from 'vitest';
import { challengesBySection, sectionRefKey } from '../../../src/lib/challenge-links';

describe('challenges by section', () => {
  const challenges = [
    { id: 'checkout', course: 'failure-modes', sections: ['slow-dependencies', 'fail-fast'] },
    { id: 'news', course: 'failure-modes', sections: ['graceful-degradation', 'slow-dependencies'] },
    { id: 'queue', course: 'queues', sections: ['slow-dependencies'] },
  ];

  it('lists, for each section, the challenges that draw on it, in the order given', () => {
    const map = challengesBySection(challenges);
    expect(map.get(sectionRefKey('failure-modes', 'slow-dependencies'))).toEqual(['checkout', 'news']);
    expect(map.get(sectionRefKey('failure-modes', 'fail-fast'))).toEqual(['checkout']);
    expect(map.get(sectionRefKey('failure-modes', 'graceful-degradation'))).toEqual(['news']);
  });

  it('keeps courses apart even when section ids are the same', () => {
    expect(challengesBySection(challenges).get(sectionRefKey('queues', 'slow-dependencies'))).toEqual(['queue']);
  });

  it('lists a challenge once even when its frontmatter names a section twice', () => {
    const map = challengesBySection([{ id: 'twice', course: 'c', sections: ['s', 's'] }]);
    expect(map.get(sectionRefKey('c', 's'))).toEqual(['twice']);
  });

  it('has no entry for a section no challenge draws on', () => {
    expect(challengesBySection(challenges).has(sectionRefKey('failure-modes', 'process-crashes'))).toBe(false);
    expect(challengesBySection([]).size).toBe(0);
  });
});
