import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTeam, TTeamList } from '../../../shared/contracts/follow-up.js';
import { useDeleteTeam } from '../../api/use-delete-team.js';
import { AppModal } from '../../components/app-modal.js';
import { notifySuccess } from '../../lib/notify.js';
import { SettingsSection } from '../settings-section.js';
import { TeamForm, type Person } from './team-form.js';

export interface TeamsSectionProps {
  list: TTeamList;
  agents: readonly Person[];
  people: readonly Person[];
  disabled: boolean;
}

/** Teams with their people, mode and hours; each edited in place. */
export function TeamsSection({ list, agents, people, disabled }: TeamsSectionProps) {
  const { t } = useTranslation();
  // 'new' while a new team is being written, a team id while one is edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TTeam | null>(null);
  const remove = useDeleteTeam();
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  const form = (team: TTeam | null) => (
    <TeamForm
      team={team}
      defaultCalendar={list.defaultCalendar}
      agents={agents}
      people={people}
      onDone={() => setEditing(null)}
    />
  );

  return (
    <SettingsSection
      title={t('followUp.teams.title')}
      description={t('followUp.teams.text')}
      data-testid="follow-up-teams"
    >
      {list.teams.length === 0 && editing !== 'new' ? (
        <Text fz="sm" c="dimmed">
          {t('followUp.teams.empty')}
        </Text>
      ) : null}
      {editing === 'new' ? (
        <Paper withBorder p="md">
          {form(null)}
        </Paper>
      ) : null}
      {list.teams.map((team) =>
        editing === team.id ? (
          <Paper key={team.id} withBorder p="md" data-testid="team-card">
            {form(team)}
          </Paper>
        ) : (
          <Paper key={team.id} withBorder p="md" data-testid="team-card">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={4} miw={0}>
                <Text fw={600}>{team.name}</Text>
                <Group gap={6}>
                  <Badge variant="light" color="gray">
                    {t('followUp.teams.membersCount', { count: team.memberIds.length })}
                  </Badge>
                  <Badge variant="dot" color={team.isRoundRobin ? 'teal' : 'gray'}>
                    {team.isRoundRobin ? t('followUp.teams.inTurn') : t('followUp.teams.queue')}
                  </Badge>
                </Group>
                <Text fz="sm" c="dimmed">
                  {t('followUp.teams.lead')}: {nameOf(team.leadUserId) ?? t('followUp.teams.noLead')}
                </Text>
                <Text fz="sm" c="dimmed">
                  {team.calendar
                    ? t('followUp.teams.hoursSummary', {
                        days: Object.values(team.calendar.week).filter((d) => d && d.length > 0).length,
                        zone: team.calendar.timeZone,
                      })
                    : t('followUp.teams.defaultHours')}
                </Text>
              </Stack>
              {disabled ? null : (
                <Group gap="xs">
                  <Button variant="default" size="xs" onClick={() => setEditing(team.id)}>
                    {t('followUp.teams.edit')}
                  </Button>
                  <Button variant="subtle" color="red" size="xs" onClick={() => setDeleting(team)}>
                    {t('followUp.teams.delete')}
                  </Button>
                </Group>
              )}
            </Group>
          </Paper>
        ),
      )}
      {disabled || editing !== null ? null : (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
            data-testid="team-add"
          >
            {t('followUp.teams.add')}
          </Button>
        </Group>
      )}
      <AppModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('followUp.teams.delete')}
      >
        <Text fz="sm" mb="lg">
          {t('followUp.teams.deleteConfirm', { name: deleting?.name ?? '' })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('followUp.teams.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              deleting &&
              remove.mutate(deleting.id, {
                onSuccess: () => {
                  notifySuccess(t('followUp.teams.deleted'));
                  setDeleting(null);
                },
              })
            }
          >
            {t('followUp.teams.delete')}
          </Button>
        </Group>
      </AppModal>
    </SettingsSection>
  );
}
