import { describe, expect, it } from 'vitest';
import { announcementBetween, arrangeAttempt, betterResult, formatClock, scoreAttempt, secondsLeft, spokenDuration } from '../../../src/lib/practice';

const items = [
  { id: 'q1', section: 'a', question: 'Q1', options: ['w', 'x', 'y', 'z'] },
  { id: 'q2', section: 'a', question: 'Q2', options: ['w', 'x', 'y', 'z'] },
  { id: 'q3', section: 'b', question: 'Q3', options: ['w', 'x', 'y', 'z'] },
  { id: 'q4', section: 'c', question: 'Q4', options: ['w', 'x'] },
];
const key = { q1: 0, q2: 1, q3: 2, q4: 1 };

describe('arrangeAttempt', () => {
  it('shuffles questions and options reproducibly from the seed', () => {
    const a = arrangeAttempt(items, 5);
    expect(arrangeAttempt(items, 5)).toEqual(a);
    expect(a.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    for (const q of a) expect([...q.order].sort()).toEqual(q.options.map((_, i) => i));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => arrangeAttempt(items, seed).map((q) => q.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('scoreAttempt', () => {
  it('counts right answers by original option index, per section', () => {
    const score = scoreAttempt(items, key, { q1: 0, q2: 3, q3: 2 }, 70);
    expect(score).toEqual({
      right: 2, total: 4, percent: 50, passed: false, unanswered: 1,
      bySection: [{ section: 'a', right: 1, total: 2 }, { section: 'b', right: 1, total: 1 }, { section: 'c', right: 0, total: 1 }],
    });
  });
  it('passes at exactly the pass mark and rounds the percentage down', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, section: 's', question: '', options: ['a', 'b'] }));
    const allKey = Object.fromEntries(thirty.map((q) => [q.id, 0]));
    const answersRight = (n: number) => Object.fromEntries(thirty.map((q, i) => [q.id, i < n ? 0 : 1]));
    expect(scoreAttempt(thirty, allKey, answersRight(21), 70)).toMatchObject({ right: 21, percent: 70, passed: true });
    expect(scoreAttempt(thirty, allKey, answersRight(20), 70)).toMatchObject({ right: 20, percent: 66, passed: false });
  });
  it('scores an empty attempt as zero, with every question unanswered', () => {
    expect(scoreAttempt(items, key, {}, 70)).toMatchObject({ right: 0, percent: 0, passed: false, unanswered: 4 });
  });
});

describe('timer arithmetic', () => {
  it('rounds seconds left up and never goes below zero', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 20_000)).toBe(0);
  });
  it('formats the clock and the spoken duration', () => {
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(545)).toBe('9:05');
    expect(spokenDuration(545)).toBe('9 minutes 5 seconds');
    expect(spokenDuration(60)).toBe('1 minute');
    expect(spokenDuration(0)).toBe('0 seconds');
  });
  it('announces only when crossing 5 and 1 minutes left', () => {
    expect(announcementBetween(301, 300)).toBe('5 minutes left.');
    expect(announcementBetween(61, 59)).toBe('1 minute left.');
    expect(announcementBetween(300, 299)).toBeUndefined();
    expect(announcementBetween(400, 350)).toBeUndefined();
  });
});

describe('betterResult', () => {
  it('keeps the higher score, and the earlier one on a tie', () => {
    const first = { score: 20, at: 1 };
    expect(betterResult(undefined, first)).toBe(first);
    expect(betterResult(first, { score: 25, at: 2 })).toEqual({ score: 25, at: 2 });
    expect(betterResult(first, { score: 20, at: 2 })).toBe(first);
  });
});
