/**
 * Colours derived from an organization's brand colour so that every text stays readable
 * (WCAG AA, 4.5:1) whatever colour was chosen: `onBrand` is the text colour on brand
 * backgrounds, `ink` a shade of the brand dark enough for links, borders and focus rings on white.
 * Only parsed hex values are ever printed, so a brand colour cannot inject CSS.
 */
export interface BrandPalette {
  brand: string;
  onBrand: string;
  ink: string;
}

export const DEFAULT_BRAND_COLOR = '#2f5bd3';

type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const AA = 4.5;

function parseHex(color: string | null): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Contrast of two hex colours; exported for tests. */
export function hexContrast(a: string, b: string): number {
  return contrastRatio(parseHex(a) ?? BLACK, parseHex(b) ?? BLACK);
}

export function brandPalette(color: string | null): BrandPalette {
  const brand = parseHex(color) ?? (parseHex(DEFAULT_BRAND_COLOR) as Rgb);
  // White reads best on most brand colours; black wins only where white would fail AA.
  // One of the two always reaches at least 4.58:1.
  const onBrand = contrastRatio(brand, WHITE) >= AA ? '#ffffff' : '#000000';
  let ink = brand;
  while (contrastRatio(ink, WHITE) < AA) ink = ink.map((v) => v * 0.9) as Rgb;
  return { brand: toHex(brand), onBrand, ink: toHex(ink) };
}
