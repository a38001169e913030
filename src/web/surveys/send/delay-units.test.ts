import { describe, expect, it } from 'vitest';
import { splitDelay } from './delay-units.js';

describe('splitDelay', () => {
  it('uses the largest unit that divides the delay', () => {
    expect(splitDelay(3600)).toEqual({ amount: 1, unit: 'hours' });
    expect(splitDelay(2 * 86_400)).toEqual({ amount: 2, unit: 'days' });
    expect(splitDelay(5400)).toEqual({ amount: 90, unit: 'minutes' });
    expect(splitDelay(0)).toEqual({ amount: 0, unit: 'minutes' });
  });
});
