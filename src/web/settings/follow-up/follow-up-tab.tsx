import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, isRole } from '../../../shared/roles.js';
import { useFollowUpSettings } from '../../api/use-follow-up-settings.js';
import { useMembers } from '../../api/use-members.js';
import { useSurveys } from '../../api/use-surveys.js';
import { useTeams } from '../../api/use-teams.js';
import { useThemes } from '../../api/use-themes.js';
import { utcToday } from '../../analytics/overview-url.js';
import { reportRange } from '../../cases/report/report-period.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { useSession } from '../../session/session-context.js';
import { FollowUpSettingsForm } from './follow-up-settings-form.js';
import { TeamsSection } from './teams-section.js';
import type { Person } from './team-form.js';

/** Settings → Follow-up: teams with business hours, case rules, SLA targets, closing lists, re-survey. */
export function FollowUpTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const disabled = !can(role, 'settings.manage');
  const settings = useFollowUpSettings();
  const teams = useTeams();
  const members = useMembers();
  const surveys = useSurveys();
  // Every theme the organization can name (the catalog's and its own); the period only sets the counts.
  const [yearRange] = useState(() => reportRange({ kind: 'preset', preset: '12m' }, utcToday(new Date())));
  const themes = useThemes(yearRange);

  if (!settings.isSuccess) return <QueryFallback query={settings} />;
  if (!teams.isSuccess) return <QueryFallback query={teams} />;
  if (!members.isSuccess) return <QueryFallback query={members} />;
  // Waited for like the rest: before it arrives the re-survey part would claim there is no live survey.
  if (!surveys.isSuccess) return <QueryFallback query={surveys} />;
  const people: Person[] = members.data.map((m) => ({
    id: m.userId,
    name: m.user.name,
    email: m.user.email,
  }));
  const agents = members.data
    .filter((m) => isRole(m.role) && can(m.role, 'cases.work'))
    .map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email }));
  const teamOptions = teams.data.teams.map((x) => ({ id: x.id, name: x.name }));
  const surveyOptions = surveys.data.items.map((s) => ({
    id: s.id,
    name: s.name,
    status: s.status,
    metric: s.metric,
  }));

  return (
    <Stack gap="lg" data-testid="follow-up-tab">
      {disabled ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('followUp.readOnly')}
        </Alert>
      ) : null}
      <TeamsSection list={teams.data} agents={agents} people={people} disabled={disabled} />
      {/* Restarts from the saved values after a save, or when a deleted team changed them. */}
      <FollowUpSettingsForm
        key={JSON.stringify(settings.data)}
        settings={settings.data}
        teams={teamOptions}
        surveys={surveyOptions}
        themes={themes.data?.themes.map((x) => ({ id: x.id, name: x.name })) ?? []}
        disabled={disabled}
      />
    </Stack>
  );
}
