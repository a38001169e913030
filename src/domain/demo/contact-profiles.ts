import {
  COUNTRIES,
  GERMAN_SHARE,
  PLANS_BY_SEGMENT,
  PRODUCT_ADOPTION,
  PRODUCTS,
  REGION_WEIGHTS,
  REVENUE_RANGE,
  SEGMENT_WEIGHTS,
  type DemoLanguage,
  type Product,
  type Region,
  type Segment,
} from './demo-catalog.js';
import { DAY_MS, YEAR_MS } from './demo-time.js';
import { companyName, emailLocalPart, personName } from './person-names.js';
import type { Random } from './random.js';

/** A demo customer with the hidden traits that drive their answers. */
export interface ContactProfile {
  externalId: string;
  name: string;
  email: string;
  language: DemoLanguage;
  segment: Segment;
  region: Region;
  country: string;
  company: string;
  plan: string;
  revenue: number;
  customerSinceMs: number;
  products: Product[];
  /** Persistent attitude on the latent scale: some customers are simply happier than others. */
  loyalty: number;
  /** Chance of answering any one survey. */
  responsiveness: number;
  /** Most, not all, customers take part in the quarterly relationship survey; the rest are invited and never answer. */
  inNpsProgram: boolean;
  /** Day within each quarter the relationship survey reaches this contact. */
  surveyDay: number;
}

export interface Window {
  startMs: number;
  nowMs: number;
}

export function generateContactProfiles(rng: Random, count: number, window: Window): ContactProfile[] {
  const usedEmails = new Set<string>();
  const out: ContactProfile[] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng.fork(`contact-${i}`);
    const segment = r.weighted(SEGMENT_WEIGHTS);
    const region = r.weighted(REGION_WEIGHTS);
    const language: DemoLanguage = r.chance(GERMAN_SHARE[region]) ? 'de' : 'en';
    const { first, last } = personName(r, region, language);
    const [minRevenue, maxRevenue] = REVENUE_RANGE[segment];
    const revenue = Math.round(Math.exp(r.between(Math.log(minRevenue), Math.log(maxRevenue))) / 100) * 100;
    const products = PRODUCTS.filter((p) => r.chance(PRODUCT_ADOPTION[segment][p]));
    // About a third of the base joined during the two years shown, so volumes grow over time.
    const customerSinceMs = r.chance(0.65)
      ? Math.round(r.between(window.startMs - 6 * YEAR_MS, window.startMs - 30 * DAY_MS))
      : Math.round(r.between(window.startMs, window.nowMs - 21 * DAY_MS));
    out.push({
      externalId: `CUST-${String(i).padStart(5, '0')}`,
      name: `${first} ${last}`,
      email: uniqueEmail(
        usedEmails,
        emailLocalPart(first, last),
        language === 'de' ? 'example.de' : 'example.com',
      ),
      language,
      segment,
      region,
      country: r.weighted(COUNTRIES[region]),
      company: companyName(r, region),
      plan: r.weighted(PLANS_BY_SEGMENT[segment]),
      revenue,
      customerSinceMs: startOfDay(customerSinceMs),
      products: products.length > 0 ? products : ['Analytics'],
      loyalty: r.normal(0, 0.85),
      responsiveness: r.between(0.3, 0.85) * (segment === 'Enterprise' ? 0.9 : 1),
      inNpsProgram: r.chance(0.9),
      surveyDay: r.int(8, 60),
    });
  }
  return out;
}

function uniqueEmail(used: Set<string>, local: string, domain: string): string {
  let candidate = `${local}@${domain}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${local}${n}@${domain}`;
  used.add(candidate);
  return candidate;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
