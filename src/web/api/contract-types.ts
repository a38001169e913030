import type { z } from 'zod';
import type { ZAlertRuleList, ZCreateAlertRule, ZUpdateAlertRule } from '../../shared/contracts/alerts.js';
import type { ZApiKeyList } from '../../shared/contracts/api-keys.js';
import type { ZOk } from '../../shared/contracts/common.js';
import type { ZUpdateOrganizationSettings } from '../../shared/contracts/organization.js';
import type { ZOutboxList } from '../../shared/contracts/outbox.js';
import type { ZAttributeDefinitionList } from '../../shared/contracts/contacts.js';
import type { ZInvitationList } from '../../shared/contracts/sending.js';
import type {
  ZCreatedWebhookEndpoint,
  ZReplayResult,
  ZWebhookDeliveryList,
  ZWebhookEndpointList,
  ZWebhookSecret,
} from '../../shared/contracts/webhooks.js';

/**
 * Types of shared contracts that the contracts do not export by name. Type-only imports:
 * nothing of zod reaches the browser bundle from here.
 */
export type TApiKeyList = z.output<typeof ZApiKeyList>;
export type TOk = z.output<typeof ZOk>;
export type TUpdateOrganizationSettings = z.input<typeof ZUpdateOrganizationSettings>;
export type TOutboxList = z.output<typeof ZOutboxList>;
export type TAttributeDefinitionList = z.output<typeof ZAttributeDefinitionList>;
export type TInvitationList = z.output<typeof ZInvitationList>;
export type TWebhookEndpointList = z.output<typeof ZWebhookEndpointList>;
export type TCreatedWebhookEndpoint = z.output<typeof ZCreatedWebhookEndpoint>;
export type TWebhookSecret = z.output<typeof ZWebhookSecret>;
export type TWebhookDeliveryList = z.output<typeof ZWebhookDeliveryList>;
export type TReplayResult = z.output<typeof ZReplayResult>;
export type TAlertRuleList = z.output<typeof ZAlertRuleList>;
/** What the form sends: the contract's input, where the server fills in defaults. */
export type TCreateAlertRuleBody = z.input<typeof ZCreateAlertRule>;
export type TUpdateAlertRuleBody = z.input<typeof ZUpdateAlertRule>;
