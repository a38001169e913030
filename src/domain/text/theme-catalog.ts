/**
 * The curated customer-experience themes every organization starts with. German and English
 * comments map to the same theme id; what a theme covers is written here once, so the
 * dictionary that finds themes and the labelled evaluation set that measures it are written
 * against the same definitions (and by different hands).
 */
export const THEME_IDS = [
  'delivery',
  'returns',
  'billing',
  'price',
  'checkout',
  'support_reach',
  'waiting_time',
  'staff',
  'product_quality',
  'usability',
  'performance',
  'reliability',
  'app',
  'onboarding',
  'features',
  'contract',
  'claims',
  'communication',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface ThemeDefinition {
  readonly name: { readonly de: string; readonly en: string };
  /** What belongs to the theme, and where it ends (the neighbouring theme that takes the rest). */
  readonly covers: string;
}

export const THEME_CATALOG: Readonly<Record<ThemeId, ThemeDefinition>> = {
  delivery: {
    name: { de: 'Lieferung', en: 'Delivery' },
    covers:
      'Shipping and delivery of physical goods: delivery time, late or lost parcels, carrier, packaging, tracking. Not returns (returns) and not waiting for a service process (waiting_time).',
  },
  returns: {
    name: { de: 'Rücksendung und Umtausch', en: 'Returns and exchanges' },
    covers:
      'Sending goods back, exchanges, return labels, refunds for returned goods. A refund that is slow is also waiting_time; a refund booked wrongly is also billing.',
  },
  billing: {
    name: { de: 'Rechnung und Zahlung', en: 'Billing and payment' },
    covers:
      'Invoices, charges, direct debits, double charges, payment methods after purchase, dunning letters, credit notes, unclear or wrong bills. Not the level of the price (price) and not paying inside the order flow (checkout).',
  },
  price: {
    name: { de: 'Preis', en: 'Price' },
    covers:
      'How expensive or good value something is, price increases, tariffs and plans judged by cost, discounts. Not how the bill is made out (billing).',
  },
  checkout: {
    name: { de: 'Bestellung und Kasse', en: 'Ordering and checkout' },
    covers:
      'Placing an order online: basket, checkout steps, payment step during ordering, vouchers at checkout, order confirmation. Not delivery after the order (delivery).',
  },
  support_reach: {
    name: { de: 'Erreichbarkeit des Service', en: 'Reaching support' },
    covers:
      'Whether and how customers reach support: hotline, chat, e-mail replies, callbacks, no answer, being passed around, ticket ignored. Praise for support being easy to reach belongs here too. How friendly or competent the person was is staff.',
  },
  waiting_time: {
    name: { de: 'Wartezeit', en: 'Waiting time' },
    covers:
      'How long customers wait: on hold, for a reply, for processing, for an appointment or a technician, for a refund or a claim decision. Not the speed of software (performance) and not parcel transit (delivery).',
  },
  staff: {
    name: { de: 'Freundlichkeit und Kompetenz', en: 'Staff friendliness and competence' },
    covers:
      'The people the customer dealt with: friendly, rude, helpful, competent, clueless, patient, named agents or advisers, in a shop, on the phone or in chat.',
  },
  product_quality: {
    name: { de: 'Produktqualität', en: 'Product quality' },
    covers:
      'Quality of the goods or service itself: broken, defective, poor material, wrong item, works as promised, great quality. Software bugs that are crashes go to reliability or app.',
  },
  usability: {
    name: { de: 'Bedienbarkeit', en: 'Ease of use' },
    covers:
      'How easy a website, portal or software is to use and understand: confusing menus, clear layout, intuitive, too many clicks, hard to find settings.',
  },
  performance: {
    name: { de: 'Geschwindigkeit', en: 'Speed and performance' },
    covers:
      'How fast software, website or connection responds: slow loading, lag, timeouts, slow reports, slow internet speed. Not being down altogether (reliability).',
  },
  reliability: {
    name: { de: 'Zuverlässigkeit und Störungen', en: 'Reliability and outages' },
    covers:
      'Outages, downtime, network or service disruptions, errors, data loss, things that stop working; and praise for never failing. Crashes of the mobile app are also app.',
  },
  app: {
    name: { de: 'App', en: 'Mobile app' },
    covers: 'The mobile app specifically: crashes, login in the app, features in the app, app ratings.',
  },
  onboarding: {
    name: { de: 'Einstieg und Einrichtung', en: 'Onboarding and setup' },
    covers:
      'Getting started: sign-up, registration, setup, installation, activation, first steps, migration of data, training at the start.',
  },
  features: {
    name: { de: 'Funktionsumfang', en: 'Features' },
    covers:
      'Functions a product has or lacks: missing export, reports, permissions, integrations, feature requests, praise for a specific function.',
  },
  contract: {
    name: { de: 'Vertrag und Kündigung', en: 'Contract and cancellation' },
    covers:
      'Contracts, terms, minimum periods, cancelling, renewals, changing tariff or plan as a contract matter, small print.',
  },
  claims: {
    name: { de: 'Schadensfall', en: 'Claims' },
    covers:
      'Insurance claims and warranty claims: reporting damage, claim handling, assessor, payout, rejection of a claim.',
  },
  communication: {
    name: { de: 'Information und Kommunikation', en: 'Information and communication' },
    covers:
      'How the company informs: unclear letters or e-mails, no status updates, too many newsletters, confusing terms, being kept informed, transparency.',
  },
};

/** An organization's own theme (promoted from a discovered candidate): `org-` and a slug of its name. */
export type OrgThemeId = `org-${string}`;

export interface ThemeNames {
  readonly de: string;
  readonly en: string;
}

/**
 * A theme's names in both languages: the catalog's, else the organization's own (`own`, by id),
 * else the id itself (a theme deleted since, still in old rows until the replay has run).
 */
export function themeNames(id: string, own?: ReadonlyMap<string, ThemeNames>): ThemeNames {
  if ((THEME_IDS as readonly string[]).includes(id)) return THEME_CATALOG[id as ThemeId].name;
  return own?.get(id) ?? { de: id, en: id };
}
