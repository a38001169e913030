import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from './strip-quoted-reply.js';

describe('stripQuotedReply', () => {
  it.each([
    [
      'Gmail, English',
      'Still broken, sorry.\n\nOn Mon, 2 Nov 2026 at 10:00, Kaffee Müller <support@example.test> wrote:\n> Dear Ada,\n> we are sorry.',
      'Still broken, sorry.',
    ],
    [
      'Thunderbird, German',
      'Leider immer noch kaputt.\r\n\r\nAm 02.11.2026 um 10:00 schrieb Kaffee Müller:\r\n> Liebe Ada,\r\n',
      'Leider immer noch kaputt.',
    ],
    [
      'an attribution wrapped over two lines',
      'Thanks!\n\nOn Mon, Nov 2, 2026 at 10:00 AM Kaffeerösterei Müller <support@example.test>\nwrote:\n\n> Dear Ada',
      'Thanks!',
    ],
    [
      'Outlook',
      'See below.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\n\nDear Ada',
      'See below.',
    ],
    ['interleaved quotes', '> Is it fixed?\nNo.\n> Anything else?\nYes, the lid.', 'No.\nYes, the lid.'],
    [
      'a sentence that ends in "wrote:" without a date',
      'On the form I wrote:\nmy order number is 42.',
      'On the form I wrote:\nmy order number is 42.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(stripQuotedReply(input)).toBe(expected);
  });

  it('leaves nothing of a mail that is only quoted history', () => {
    expect(stripQuotedReply('> one\n>two\n\n')).toBe('');
  });
});
