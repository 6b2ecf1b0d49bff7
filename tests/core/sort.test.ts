import { describe, expect, it } from 'vitest';
import { byCountThenKey, byKey, compareText } from '../../src/core/sort.js';

describe('compareText: UTF-16 code-unit order, the same in every locale', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['B', 'a', -1], // capitals first, unlike localeCompare
    ['Z', 'ア', -1],
    ['ア', '中', -1],
    ['ab', 'a', 1],
  ] as const)('%s against %s', (a, b, order) => {
    expect(compareText(a, b)).toBe(order);
  });
});

describe('[key, count] pairs', () => {
  const pairs: Array<[string, number]> = [['b', 1], ['a', 2], ['c', 2], ['B', 1]];
  it('byKey orders by key', () => {
    expect([...pairs].sort(byKey).map(([k]) => k)).toEqual(['B', 'a', 'b', 'c']);
  });
  it('byCountThenKey orders by count, highest first, then key', () => {
    expect([...pairs].sort(byCountThenKey).map(([k]) => k)).toEqual(['a', 'c', 'B', 'b']);
  });
});
