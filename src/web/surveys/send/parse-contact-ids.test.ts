import { describe, expect, it } from 'vitest';
import { parseContactIds } from './parse-contact-ids.js';

describe('parseContactIds', () => {
  it('splits lines, commas, semicolons and tabs and keeps spaces inside an id', () => {
    expect(parseContactIds('C-001\nC-002, C-003;C-004\tcustomer 5\r\n')).toEqual([
      'C-001',
      'C-002',
      'C-003',
      'C-004',
      'customer 5',
    ]);
  });

  it('drops quotes and empty entries and keeps each id once, in first-seen order', () => {
    expect(parseContactIds('"C-2",,\n\n C-1 \n"C-2"\n\'C-3\'')).toEqual(['C-2', 'C-1', 'C-3']);
  });

  it('returns nothing for blank input', () => {
    expect(parseContactIds('  \n , ; ')).toEqual([]);
  });
});
