import { afterEach, describe, expect, it } from 'vitest';
import { $fromNewerVersion, $persistence, $setAside } from '../../../src/stores/learner';
import { $storageMessages } from '../../../src/stores/storage-messages';

afterEach(() => {
  $persistence.set('loading');
  $setAside.set(0);
  $fromNewerVersion.set(0);
});

describe('$storageMessages', () => {
  it('says nothing while storage loads or works and every record was readable', () => {
    expect($storageMessages.get()).toEqual([]);
    $persistence.set('saved');
    expect($storageMessages.get()).toEqual([]);
  });

  it('warns that progress cannot be saved when storage fell back to memory', () => {
    $persistence.set('memory');
    expect($storageMessages.get()).toHaveLength(1);
    expect($storageMessages.get()[0]).toMatch(/cannot be saved in this browser right now/);
  });

  it('counts set-aside and newer-version items with the right grammar for one and many', () => {
    $setAside.set(1);
    $fromNewerVersion.set(1);
    expect($storageMessages.get()).toEqual([
      '1 saved item was unreadable and was set aside; the rest of your progress is intact.',
      '1 saved item comes from a newer version of this site and cannot be shown here; it is kept unchanged. Reload the page to get the newer version.',
    ]);
    $setAside.set(3);
    $fromNewerVersion.set(2);
    expect($storageMessages.get()[0]).toBe('3 saved items were unreadable and were set aside; the rest of your progress is intact.');
    expect($storageMessages.get()[1]).toMatch(/^2 saved items come from a newer version .* they are kept unchanged/);
  });

  it('lists every problem at once, memory first', () => {
    $persistence.set('memory');
    $setAside.set(2);
    $fromNewerVersion.set(4);
    expect($storageMessages.get().map((m) => m.slice(0, 12))).toEqual(['Your progres', '2 saved item', '4 saved item']);
  });
});
