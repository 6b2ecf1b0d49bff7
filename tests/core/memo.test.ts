import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/core/memo.js';

describe('memoize', () => {
  const counted = (limit: number) => {
    const calls: string[] = [];
    const upper = memoize((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    }, limit);
    return { upper, calls };
  };

  it('answers as the function does, computing each input once', () => {
    const { upper, calls } = counted(10);
    expect(['a', 'b', 'a', 'a', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('keeps the first inputs up to its limit, and computes the others every time', () => {
    const { upper, calls } = counted(2);
    for (const word of ['a', 'b', 'c', 'a', 'b', 'c']) upper(word);
    expect(calls).toEqual(['a', 'b', 'c', 'c']);
  });

  it('keeps false and 0, which are answers too', () => {
    let calls = 0;
    const isEmpty = memoize((s: string) => (calls++, s.length === 0));
    isEmpty('x');
    isEmpty('x');
    expect(calls).toBe(1);
  });
});
