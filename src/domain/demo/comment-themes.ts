/**
 * The recurring topics demo comments are about. They are the ground truth that text analytics
 * should rediscover from the words alone; the keys are never stored with the items.
 */
export const NEGATIVE_THEMES = [
  'checkout_complicated',
  'invoice_unclear',
  'support_slow',
  'export_missing',
  'app_crashes',
  'price_increase',
  'performance_slow',
  'onboarding_confusing',
  'permissions_missing',
] as const;
export type NegativeTheme = (typeof NEGATIVE_THEMES)[number];

export const POSITIVE_THEMES = [
  'support_helpful',
  'ease_of_use',
  'reports_useful',
  'reliability',
  'onboarding_smooth',
  'good_value',
  'mobile_handy',
  'billing_clear',
  'checkout_easy',
] as const;
export type PositiveTheme = (typeof POSITIVE_THEMES)[number];

export type ThemeKey = NegativeTheme | PositiveTheme;

/** Slots a phrase may contain, e.g. "wir haben {days} Tage gewartet". */
export type Slot =
  | 'product'
  | 'agent'
  | 'days'
  | 'hours'
  | 'weeks'
  | 'items'
  | 'percent'
  | 'employees'
  | 'years'
  | 'format';

export interface PhraseBank {
  /** Whole sentences stating a problem. */
  negative: Record<NegativeTheme, readonly string[]>;
  /** Whole sentences of praise. */
  positive: Record<PositiveTheme, readonly string[]>;
  /** The problem as a lower-case main clause, to follow "but": "the invoices are hard to read". */
  clause: Record<NegativeTheme, readonly string[]>;
  /** The problem as a noun phrase: "the unclear invoices". */
  noun: Record<NegativeTheme, readonly string[]>;
  /** Short praise without a full stop, to open a mixed comment: "The reports are great". */
  praise: Record<PositiveTheme, readonly string[]>;
  /** Mixed-comment frames using {praise}, {clause} and {noun}. */
  mixedFrames: readonly string[];
  openers: { negative: readonly string[]; angry: readonly string[]; positive: readonly string[] };
  closers: { negative: readonly string[]; positive: readonly string[]; mixed: readonly string[] };
  /** Comments without a specific topic, as real programmes get plenty of. */
  generic: { negative: readonly string[]; mixed: readonly string[]; positive: readonly string[] };
  formats: readonly string[];
}
