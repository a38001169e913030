import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk } from '../../../shared/contracts/common.js';
import {
  ZFollowUpSettings,
  ZTeam,
  ZTeamInput,
  ZTeamList,
  ZTeamPatch,
} from '../../../shared/contracts/follow-up.js';
import type { AppDeps } from '../../deps.js';
import { authorize } from '../../http/principal.js';
import { getFollowUpSettings, putFollowUpSettings } from './follow-up-settings.service.js';
import { createTeam, deleteTeam, listTeams, updateTeam } from './manage-teams.service.js';

/** Settings → Follow-up: teams with business hours, case rules, SLA policy, closing lists. */
export const followUpSettingsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['cases'];
  const params = z.object({ id: z.uuid() });
  const calendarNote =
    'The calendar’s intervals must not overlap or end before they start (400 naming `body.calendar.week.<day>`); open cases of the team recompute their SLA clocks from their log with the new calendar on their next read.';
  const peopleNote =
    '`memberIds` must be members of the organization whose role works cases (owner, admin, agent), `leadUserId` a member of it (400 naming the field otherwise).';

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'The organization’s teams, with members, lead and business hours',
        operationId: 'listTeams',
        description:
          'Teams in name order with their members, lead, round-robin switch and calendar (null: the default calendar, given as `defaultCalendar`).',
        response: { 200: ZTeamList },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return listTeams(deps, organizationId);
    },
  );

  app.post(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'Create a team',
        operationId: 'createTeam',
        description: `Creates a team (201). ${peopleNote} ${calendarNote} A name already in use is a 409.`,
        errors: [409],
        body: ZTeamInput,
        response: { 201: ZTeam },
      },
    },
    async (req, reply) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return reply.status(201).send(await createTeam(deps, organizationId, req.body));
    },
  );

  app.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'Change a team’s name, people, round-robin or business hours',
        operationId: 'updateTeam',
        description: `Changes the fields given; \`memberIds\` replaces the members (those who stay keep their place in the round-robin), \`calendar: null\` returns to the default calendar. ${peopleNote} ${calendarNote} Cases already assigned stay with their assignee.`,
        errors: [409],
        params,
        body: ZTeamPatch,
        response: { 200: ZTeam },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return updateTeam(deps, organizationId, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'Delete a team',
        operationId: 'deleteTeam',
        description:
          'Deletes the team. Its cases stay, without a team; rules that sent cases to it send them to the default team from now on.',
        params,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      await deleteTeam(deps, organizationId, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/settings/follow-up',
    {
      schema: {
        tags,
        summary: 'The follow-up settings in effect: case rules, SLA policy, default team, closing lists',
        operationId: 'getFollowUpSettings',
        description:
          'What the organization stored, with the defaults filled in where it stored nothing: one rule opening a case for NPS 0–6, CSAT 1–2, CES 1–3 and low ratings from any channel; SLA targets per channel (chat 1 min, social 1 h, e-mail 4 h around the clock, survey detractors one business day), paused while waiting for the customer, a warning at 80 %, escalation at the breach and 4 h later.',
        response: { 200: ZFollowUpSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'org.read');
      return getFollowUpSettings(deps, organizationId);
    },
  );

  app.put(
    '/api/v1/settings/follow-up',
    {
      schema: {
        tags,
        summary: 'Store the follow-up settings',
        operationId: 'putFollowUpSettings',
        description:
          'Replaces the whole settings (GET them, change, PUT back). Every bad field is a 400 naming it (e.g. `body.rules.0.thresholds.nps`); `teamId` of a rule and `defaultTeamId` must be the organization’s teams, `recovery.surveyId` one of its surveys (or null: the survey the customer answered). Rules apply to feedback arriving from now on: changing them never reopens, closes, reassigns or duplicates existing cases (replaying the cases stage over a period is a separate, explicit step). Open cases compute their SLA clocks with the new policy on their next read or tick.',
        body: ZFollowUpSettings,
        response: { 200: ZFollowUpSettings },
      },
    },
    async (req) => {
      const { organizationId } = authorize(req.principal, 'settings.manage');
      return putFollowUpSettings(deps, organizationId, req.body);
    },
  );
};
