import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_COLOR, brandPalette, hexContrast } from './brand-palette.js';

const HEX = /^#[0-9a-f]{6}$/;

describe('brandPalette', () => {
  it.each([
    '#ffd400',
    '#FFFFFF',
    '#000',
    '#777777',
    '#808080',
    '#2f5bd3',
    '#00ff00',
    '#ff0000',
    'abcdef',
    null,
  ])('keeps text readable (≥ 4.5:1) on and around brand colour %s', (color) => {
    const palette = brandPalette(color);
    expect(palette.brand).toMatch(HEX);
    expect(hexContrast(palette.onBrand, palette.brand)).toBeGreaterThanOrEqual(4.5);
    expect(hexContrast(palette.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a dark brand colour as it is for links', () => {
    expect(brandPalette('#1a4d2e')).toEqual({ brand: '#1a4d2e', onBrand: '#ffffff', ink: '#1a4d2e' });
  });

  it('picks black text on a light brand colour', () => {
    expect(brandPalette('#ffd400').onBrand).toBe('#000000');
  });

  it('falls back to the default for anything that is not a hex colour, so CSS cannot be injected', () => {
    for (const color of ['red', '#12345', 'red;}body{display:none', '#fff}</style><script>', '']) {
      expect(brandPalette(color).brand, color).toBe(DEFAULT_BRAND_COLOR);
    }
  });
});
