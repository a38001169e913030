import type { TLoyaltyEconomics } from '../../../shared/contracts/loyalty.js';

/**
 * The published claims the organization's own numbers are set beside. The 12 %/80 % and "up to
 * 4×" figures are quoted widely (a German web guide on NPS psychology repeats them, cited by its
 * title since it names no author, publisher or year) without a study behind them, so they are labelled as such; Bain's 3–8× range comes with Bain's own
 * advice to measure it on one's own customers, which is what this report does.
 */
export const LOYALTY_SOURCES: TLoyaltyEconomics['sources'] = [
  {
    key: 'reichheld-2003',
    citation:
      'Reichheld, F. F.: "The One Number You Need to Grow". Harvard Business Review 81(12), December 2003, 46–54',
    year: 2003,
    url: 'https://hbr.org/2003/12/the-one-number-you-need-to-grow',
  },
  {
    key: 'bain-numbers',
    citation:
      'Bain & Company: "The Numbers Behind the Net Promoter System" (promoter/detractor lifetime-value differences of 3–8× on average)',
    year: null,
    url: 'https://www.netpromotersystem.com/about/numbers-behind-the-net-promoter-system/',
  },
  {
    key: 'popular-claim',
    citation:
      'Widely quoted NPS figures, e.g. in „Ihr Weg vom NPS-Score zum Wachstumshebel“ [Your path from NPS score to growth lever], German web guide; author, publisher and year not stated. No study is given for them',
    year: null,
    url: null,
  },
];

export const LOYALTY_CLAIMS: TLoyaltyEconomics['claims'] = [
  {
    key: 'repurchase',
    statement: {
      en: '80 % of promoters (9–10) buy again, but only 12 % of passives (7–8).',
      de: '80 % der Promotoren (9–10) kaufen erneut, aber nur 12 % der Passiven (7–8).',
    },
    promoters: 80,
    passives: 12,
    ratioLow: null,
    ratioHigh: null,
    sourceKey: 'popular-claim',
  },
  {
    key: 'clv-multiple',
    statement: {
      en: 'Promoters reach up to 4× the customer lifetime value.',
      de: 'Promotoren erreichen einen bis zu viermal höheren Customer Lifetime Value.',
    },
    promoters: null,
    passives: null,
    ratioLow: null,
    ratioHigh: 4,
    sourceKey: 'popular-claim',
  },
  {
    key: 'clv-range',
    statement: {
      en: "Promoters' lifetime value runs 3–8× that of detractors on average; Bain advises every company to measure its own.",
      de: 'Der Lifetime Value von Promotoren liegt im Schnitt beim 3- bis 8-Fachen der Kritiker; Bain rät jedem Unternehmen, den eigenen zu messen.',
    },
    promoters: null,
    passives: null,
    ratioLow: 3,
    ratioHigh: 8,
    sourceKey: 'bain-numbers',
  },
];

export const LOYALTY_DEFINITIONS: Pick<TLoyaltyEconomics['definitions'], 'clv' | 'retention'> = {
  clv: {
    en:
      'Observed customer value after survey time: yearly revenue × years the customer stayed after the answer (until churn, or until now). ' +
      'Observed, not predicted, and undiscounted; every category in one answer window is followed over about the same stretch of time, so the ratio compares like with like.',
    de:
      'Beobachteter Kundenwert nach dem Befragungszeitpunkt: Jahresumsatz × Jahre, die der Kunde nach der Antwort blieb (bis zur Kündigung oder bis heute). ' +
      'Beobachtet, nicht prognostiziert, und nicht abgezinst; alle Kategorien eines Antwortzeitraums werden etwa gleich lange beobachtet, das Verhältnis vergleicht also Gleiches mit Gleichem.',
  },
  retention: {
    en: 'Retained: not churned within 365 days after survey time. Only customers whose survey time is at least 365 days ago count (eligible); non-respondents count only if they were customers at their reference time.',
    de: 'Gehalten: innerhalb von 365 Tagen nach dem Befragungszeitpunkt nicht gekündigt. Es zählen nur Kunden, deren Befragungszeitpunkt mindestens 365 Tage zurückliegt; Nicht-Antwortende nur, wenn sie zum Referenzzeitpunkt Kunde waren.',
  },
};
