import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { TSurveyDelivery, TSurveyDeliveryState } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { findSegment } from '../segments/segments.repo.js';
import { findDelivery, updateDelivery } from './survey-delivery.repo.js';

export interface DeliveryDeps {
  db: Db;
  config: { publicUrl: string };
}

async function toState(
  deps: DeliveryDeps,
  row: NonNullable<Awaited<ReturnType<typeof findDelivery>>>,
): Promise<TSurveyDeliveryState> {
  const linkUrl = row.linkKey ? `${deps.config.publicUrl}/l/${row.linkKey}` : null;
  // Error correction M survives a smudged print; the SVG scales for posters and receipts alike.
  const linkQrSvg = linkUrl
    ? await QRCode.toString(linkUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    : null;
  return { recontactPeriodDays: row.recontactPeriodDays, linkUrl, linkQrSvg, widget: row.widget };
}

export async function getDelivery(
  deps: DeliveryDeps,
  organizationId: string,
  surveyId: string,
): Promise<TSurveyDeliveryState> {
  const row = await findDelivery(deps.db, organizationId, surveyId);
  if (!row) throw notFound('Survey');
  return toState(deps, row);
}

/** Recontact period, public link on/off (a new key each time it is turned on, so an old poster can be retired) and widget targeting. */
export async function setDelivery(
  deps: DeliveryDeps,
  organizationId: string,
  surveyId: string,
  body: TSurveyDelivery,
): Promise<TSurveyDeliveryState> {
  const row = await findDelivery(deps.db, organizationId, surveyId);
  if (!row) throw notFound('Survey');
  if (body.widget?.segmentId && !(await findSegment(deps.db, organizationId, body.widget.segmentId)))
    throw notFound('Segment');
  const values: Parameters<typeof updateDelivery>[3] = {};
  if (body.recontactPeriodDays !== undefined) values.recontactPeriodDays = body.recontactPeriodDays;
  if (body.isLinkEnabled === false) values.linkKey = null;
  if (body.isLinkEnabled === true && !row.linkKey) values.linkKey = randomBytes(16).toString('base64url');
  if (body.widget !== undefined) values.widget = body.widget;
  if (Object.keys(values).length > 0) await updateDelivery(deps.db, organizationId, surveyId, values);
  return getDelivery(deps, organizationId, surveyId);
}
