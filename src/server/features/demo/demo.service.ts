import {
  DEFAULT_DEMO_COMPANY,
  DEFAULT_DEMO_SEED,
  generateDemoDataset,
} from '../../../domain/demo/generate-demo-dataset.js';
import type { DemoDataset } from '../../../domain/demo/demo-types.js';
import { COMPANY_NAME_MAX_LENGTH } from '../../../domain/survey/templates.js';
import type { TDemoResult } from '../../../shared/contracts/demo.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError } from '../../common/app-error.js';
import type { Logger } from '../../logger.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { demoRowId } from './demo-ids.js';
import { emailHash } from '../sending/invitation-token.js';
import * as repo from './demo.repo.js';
import { rebuildRollups } from '../metrics/rollups.service.js';
import { analyseItems } from '../text/analyse-items.js';
import { findAgents } from '../cases/agents.repo.js';
import { writeDemoCases } from '../cases/write-demo-cases.js';
import { planDemoCases } from '../../../domain/demo/demo-cases.js';

export interface DemoDeps {
  db: Db;
  now: () => Date;
  logger: Logger;
  config: { publicUrl: string };
}

const DEMO_ATTRIBUTES: repo.NewDemoAttributeDefinition[] = [
  { key: 'company', type: 'string', label: 'Company' },
  { key: 'country', type: 'string', label: 'Country' },
];

const notEmpty = () =>
  new AppError(
    'CONFLICT',
    'Demo data can only be added to an organization without contacts; this one already has contacts',
  );

/**
 * Fills an empty organization with two years of generated customers, feedback and behaviour (see
 * domain/demo). Refuses organizations that have contacts, so real data never mixes with demo
 * data and a second click cannot double it.
 */
/** Demo comments analysed per statement. */
const DEMO_ANALYSIS_PAGE = 2000;

export async function createDemoWorkspace(
  deps: DemoDeps,
  organizationId: string,
  opts: { seed?: number } = {},
): Promise<TDemoResult> {
  if ((await repo.countContacts(deps.db, organizationId)) > 0) throw notEmpty();
  const now = deps.now();
  const org = await findOrganization(deps.db, organizationId);
  // Survey texts name the organization, as surveys created from a template do.
  const companyName = org?.name.trim().slice(0, COMPANY_NAME_MAX_LENGTH).trim() || DEFAULT_DEMO_COMPANY;
  const language = org?.defaultLanguage === 'de' ? 'de' : 'en';
  const dataset = generateDemoDataset({ now, seed: opts.seed ?? DEFAULT_DEMO_SEED, companyName, language });
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
  const { programme, answerByItemRef } = toProgramme(organizationId, dataset);
  // An answer to an invitation is known by it, as when the answer arrives through the survey page.
  const items = dataset.feedbackItems.map(({ themes: _groundTruth, ...item }) => {
    const response = answerByItemRef.get(item.externalRef);
    return response
      ? { ...item, id: response.feedbackItemId, externalRef: `inv:${response.invitationId}` }
      : { ...item, id: demoRowId(organizationId, 'item', itemKey(item.channel, item.externalRef)) };
  });
  // The follow-up cases a team would be working on, from the demo's own critical feedback (the
  // re-survey answers after resolution are part of the dataset already).
  const agentName = (await findAgents(deps.db, organizationId))[0]?.name ?? companyName;
  const plans = planDemoCases(
    dataset.feedbackItems.map((item, i) => ({ ...item, id: items[i]?.id ?? '' })),
    { now, agentName, seed: opts.seed ?? DEFAULT_DEMO_SEED },
  );
  try {
    const result = await repo.insertDemoData(deps.db, organizationId, {
      contacts,
      attributeDefinitions: DEMO_ATTRIBUTES,
      items,
      events: dataset.events,
      programme,
    });
    await rebuildRollups(deps, organizationId);
    // The demo's comments are read by the text stage's own analysis (the generator's theme keys
    // were dropped above): what the Themes page shows is what Resonance found in the words.
    const commented = items.filter((i) => i.text).map((i) => i.id);
    for (let i = 0; i < commented.length; i += DEMO_ANALYSIS_PAGE)
      await analyseItems(deps.db, organizationId, commented.slice(i, i + DEMO_ANALYSIS_PAGE));
    await writeDemoCases(deps, organizationId, plans);
    deps.logger.info({ organizationId, ...result }, 'demo workspace created');
    return result;
  } catch (err) {
    // Two requests raced past the emptiness check; the unique index let only one through.
    if (isUniqueViolation(err)) throw notEmpty();
    throw err;
  }
}

/** Items are unique by channel and ref, and so are their derived ids. */
const itemKey = (channel: string, externalRef: string) => `${channel}:${externalRef}`;

/** The dataset's survey programme as rows, with ids derived from the organization and each row's demo key. */
function toProgramme(
  organizationId: string,
  ds: DemoDataset,
): { programme: repo.NewDemoProgramme; answerByItemRef: Map<string, repo.NewDemoResponse> } {
  const id = (kind: string, key: string) => demoRowId(organizationId, kind, key);
  const answerByItemRef = new Map<string, repo.NewDemoResponse>();
  for (const { itemRef, invitationKey, ...r } of ds.responses) {
    answerByItemRef.set(itemRef, {
      ...r,
      feedbackItemId: id('item', itemKey('survey', itemRef)),
      invitationId: id('invitation', invitationKey),
    });
  }
  const programme: repo.NewDemoProgramme = {
    createdAt: ds.programmeStartedAt,
    surveys: ds.surveys.map((s) => ({
      key: s.key,
      name: s.name,
      templateId: s.templateId,
      definition: s.definition,
      recontactPeriodDays: s.recontactPeriodDays,
      widget: s.widget,
    })),
    segments: ds.segments.map((s) => ({ key: s.key, name: s.name, filter: s.filter })),
    sends: ds.sends.map(({ key, createdAt: _setUp, ...s }) => ({ ...s, id: id('send', key) })),
    invitations: ds.invitations.map(({ key, sendKey, ...inv }) => ({
      ...inv,
      id: id('invitation', key),
      sendId: sendKey === null ? null : id('send', sendKey),
    })),
    responses: [...answerByItemRef.values()],
    suppressions: ds.suppressions.map((s) => ({
      emailHash: emailHash(s.email),
      reason: s.reason,
      createdAt: s.at,
    })),
  };
  return { programme, answerByItemRef };
}
