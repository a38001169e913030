/** A CSV header as the column suggestions compare it: lower case, umlauts spelled out, no spaces or punctuation. */
export const normalizeHeader = (h: string) =>
  h
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
