import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CONTACT_LIMITS,
  ZAttributeDefinition,
  ZAttributeDefinitionList,
  ZContact,
  ZContactExport,
  ZContactList,
  ZContactParams,
  ZContactProfile,
  ZDefineAttributeBody,
  ZEraseResult,
  ZListContactsQuery,
  ZMergeBody,
  ZUpsertContactsBody,
  ZUpsertContactsResult,
} from '../../../shared/contracts/contacts.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { defineAttribute, listAttributeDefinitions } from './contact-attributes.service.js';
import { getContactProfile, listContacts } from './contact-profile.service.js';
import { eraseContact, exportContact, mergeContacts } from './contact-privacy.service.js';
import { upsertContacts } from './contacts.service.js';

export const contactsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['contacts'];

  app.post(
    '/api/v1/contacts',
    {
      schema: {
        tags,
        summary: `Upsert one contact or a batch of up to ${CONTACT_LIMITS.batch} by externalId (idempotent)`,
        operationId: 'upsertContacts',
        description:
          'Omitted fields keep their value, null clears them; repeating a request changes nothing. A single object is all or nothing (400 naming the field). In a batch, each bad entry (invalid, unknown or mistyped custom attribute, duplicate externalId) is reported in `errors` with its index and the others are applied.',
        body: ZUpsertContactsBody,
        response: { 200: ZUpsertContactsResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return upsertContacts(deps, organizationId, req.body);
    },
  );

  app.get(
    '/api/v1/contacts',
    {
      schema: {
        tags,
        summary: 'List contacts with filters and cursor pagination (newest first)',
        operationId: 'listContacts',
        description:
          'Lists contacts, newest first, a page at a time: pass the `nextCursor` of a page as `cursor` for the next one. `q` searches name, e-mail and external id; segment, region, language, plan and hasEmail narrow the list.',
        querystring: ZListContactsQuery,
        response: { 200: ZContactList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listContacts(deps, organizationId, req.query);
    },
  );

  app.get(
    '/api/v1/contacts/:externalId',
    {
      schema: {
        tags,
        summary: `A contact’s profile and timeline (newest first, at most ${CONTACT_LIMITS.timeline} entries; events condensed per type and ISO week)`,
        operationId: 'getContact',
        description:
          'Returns the contact with this external id (your own identifier): its fields, custom attributes, aliases and a timeline of survey answers, feedback and behaviour events.',
        params: ZContactParams,
        response: { 200: ZContactProfile },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getContactProfile(deps, organizationId, req.params.externalId);
    },
  );

  app.delete(
    '/api/v1/contacts/:externalId',
    {
      schema: {
        tags,
        summary: 'Erase the person (GDPR art. 17)',
        operationId: 'eraseContact',
        description:
          'Deletes the contact, its aliases, events, e-mails to its address and queued jobs about it; its feedback items stay for aggregate counts without contact, text, author details or link.',
        params: ZContactParams,
        response: { 200: ZEraseResult },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return eraseContact(deps, organizationId, req.params.externalId);
    },
  );

  // A full dump of one person's data is a compliance action: owners and admins (and API keys).
  app.get(
    '/api/v1/contacts/:externalId/export',
    {
      schema: {
        tags,
        summary: 'Everything held about the person (GDPR art. 15/20), as a JSON attachment',
        operationId: 'exportContact',
        description:
          'Returns everything stored about one person (profile, aliases, feedback, survey answers, events, e-mails) as a JSON attachment to hand over on a GDPR access or portability request. Owners, admins and API keys only, as it is a full dump of personal data.',
        params: ZContactParams,
        response: { 200: ZContactExport },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      const data = await exportContact(deps, organizationId, req.params.externalId);
      const name = data.contact.externalId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
      return reply.header('content-disposition', `attachment; filename="contact-${name}.json"`).send(data);
    },
  );

  app.post(
    '/api/v1/contacts/:externalId/merge',
    {
      schema: {
        tags,
        summary: 'Merge another contact into this one; their timelines join and its id becomes an alias',
        operationId: 'mergeContacts',
        description:
          'Merges the contact named in `from` into the one in the path, for a person recorded under two ids: their timelines join and `from` becomes an alias that still finds this contact. Returns the merged contact.',
        params: ZContactParams,
        body: ZMergeBody,
        response: { 200: ZContact },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'data.write');
      return mergeContacts(deps, organizationId, req.params.externalId, req.body.from);
    },
  );

  app.get(
    '/api/v1/contact-attributes',
    {
      schema: {
        tags,
        summary: 'Custom contact attributes defined in the organization',
        operationId: 'listContactAttributes',
        description:
          'Lists the custom contact attributes the organization has defined, with their key, type and label.',
        response: { 200: ZAttributeDefinitionList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listAttributeDefinitions(deps, organizationId);
    },
  );

  app.post(
    '/api/v1/contact-attributes',
    {
      schema: {
        tags,
        summary: `Define a custom contact attribute (at most ${CONTACT_LIMITS.attributeDefinitions}); repeating it updates the label`,
        operationId: 'defineContactAttribute',
        description:
          'Defines a custom attribute that contacts can then carry (201). Idempotent: repeating a key with its type only updates the label (200); the same key with another type, or one attribute past the limit, gets 409.',
        body: ZDefineAttributeBody,
        response: { 200: ZAttributeDefinition, 201: ZAttributeDefinition },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      const { created, definition } = await defineAttribute(deps, organizationId, req.body);
      return reply.status(created ? 201 : 200).send(definition);
    },
  );
};
