import { describe, expect, it } from 'vitest';
import { rotateSecrets, signingSecrets, type EndpointSecret } from './secret-rotation.js';

const H = 3_600_000;
const now = new Date('2026-03-02T10:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * H);

describe('secret rotation', () => {
  it('signs with the new secret at once and the old one until the overlap ends', () => {
    const rotated = rotateSecrets([{ secret: 'whsec_old', retiresAt: null }], 'whsec_new', now, 24);
    expect(rotated).toEqual([
      { secret: 'whsec_new', retiresAt: null },
      { secret: 'whsec_old', retiresAt: at(24) },
    ]);
    expect(signingSecrets(rotated, now)).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecrets(rotated, at(23.99))).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecrets(rotated, at(24))).toEqual(['whsec_new']);
  });

  it('retires the old secret at once with an overlap of zero (a leaked secret)', () => {
    const rotated = rotateSecrets([{ secret: 'whsec_old', retiresAt: null }], 'whsec_new', now, 0);
    expect(rotated).toEqual([{ secret: 'whsec_new', retiresAt: null }]);
  });

  it('keeps earlier secrets still in their overlap, newest retirement first, and drops retired ones', () => {
    const secrets: EndpointSecret[] = [
      { secret: 'whsec_b', retiresAt: null },
      { secret: 'whsec_a', retiresAt: at(5) },
      { secret: 'whsec_gone', retiresAt: at(-1) },
    ];
    const rotated = rotateSecrets(secrets, 'whsec_c', now, 48);
    expect(rotated.map((s) => s.secret)).toEqual(['whsec_c', 'whsec_b', 'whsec_a']);
    expect(signingSecrets(rotated, at(6))).toEqual(['whsec_c', 'whsec_b']);
  });

  it('never lets rotating in a loop grow the signature header past five secrets', () => {
    let secrets: EndpointSecret[] = [{ secret: 'whsec_0', retiresAt: null }];
    for (let i = 1; i <= 10; i++) secrets = rotateSecrets(secrets, `whsec_${i}`, at(i * 0.01), 24);
    expect(signingSecrets(secrets, at(0.2))).toEqual([
      'whsec_10',
      'whsec_9',
      'whsec_8',
      'whsec_7',
      'whsec_6',
    ]);
  });

  it('refuses an overlap outside 0 to 7 days', () => {
    expect(() => rotateSecrets([], 'whsec_x', now, -1)).toThrow(RangeError);
    expect(() => rotateSecrets([], 'whsec_x', now, 169)).toThrow(RangeError);
    expect(() => rotateSecrets([], 'whsec_x', now, Number.NaN)).toThrow(RangeError);
  });
});
