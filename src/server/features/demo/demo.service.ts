import { DEFAULT_DEMO_SEED, generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';
import type { TDemoResult } from '../../../shared/contracts/demo.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError } from '../../http/app-error.js';
import type { Logger } from '../../logger.js';
import * as repo from './demo.repo.js';

export interface DemoDeps {
  db: Db;
  now: () => Date;
  logger: Logger;
}

const DEMO_ATTRIBUTES: repo.NewDemoAttributeDefinition[] = [
  { key: 'company', type: 'string', label: 'Company' },
  { key: 'country', type: 'string', label: 'Country' },
];

const notEmpty = () =>
  new AppError('CONFLICT', 'Demo data can only be added to an organization without contacts; this one already has contacts');

/**
 * Fills an empty organization with two years of generated customers, feedback and behaviour (see
 * domain/demo). Refuses organizations that have contacts, so real data never mixes with demo
 * data and a second click cannot double it.
 */
export async function createDemoWorkspace(deps: DemoDeps, organizationId: string, opts: { seed?: number } = {}): Promise<TDemoResult> {
  if ((await repo.countContacts(deps.db, organizationId)) > 0) throw notEmpty();
  const now = deps.now();
  const dataset = generateDemoDataset({ now, seed: opts.seed ?? DEFAULT_DEMO_SEED });
  const contacts = dataset.contacts.map(({ attributes: a, ...c }) => ({
    ...c,
    // Typed columns for what Resonance computes with; the rest are declared custom attributes.
    plan: a.plan,
    revenue: a.revenue,
    customerSince: new Date(`${a.customerSince}T00:00:00Z`),
    productsUsed: a.productsUsed.split(', ').filter(Boolean),
    churnedAt: a.churnedAt === null ? null : new Date(`${a.churnedAt}T00:00:00Z`),
    attributes: { company: a.company, country: a.country },
    createdAt: now,
  }));
  const items = dataset.feedbackItems.map(({ themes: _groundTruth, ...item }) => item);
  try {
    const result = await repo.insertDemoData(deps.db, organizationId, contacts, items, DEMO_ATTRIBUTES, dataset.events);
    deps.logger.info({ organizationId, ...result }, 'demo workspace created');
    return result;
  } catch (err) {
    // Two requests raced past the emptiness check; the unique index let only one through.
    if (isUniqueViolation(err)) throw notEmpty();
    throw err;
  }
}
