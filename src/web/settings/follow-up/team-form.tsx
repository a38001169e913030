import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBusinessCalendar, TTeam, TTeamInput } from '../../../shared/contracts/follow-up.js';
import { ApiError } from '../../api/http.js';
import { useSaveTeam } from '../../api/use-save-team.js';
import { FormError } from '../../components/form-error.js';
import { notifySuccess } from '../../lib/notify.js';
import { BusinessHoursEditor } from './business-hours-editor.js';
import { checkWithContract, errorAt, errorsUnder, serverErrors } from './field-errors.js';
import { translateErrors } from './field-message.js';

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface TeamFormProps {
  /** null: a new team. */
  team: TTeam | null;
  defaultCalendar: TBusinessCalendar;
  /** Members who work cases (owner, admin, agent). */
  agents: readonly Person[];
  /** Every member of the organization (a lead may only watch). */
  people: readonly Person[];
  onDone: () => void;
}

const option = (p: Person) => ({ value: p.id, label: p.name ? `${p.name} (${p.email})` : p.email });

/** Creates or edits a team: name, members, lead, round-robin and its own business hours. */
export function TeamForm({ team, defaultCalendar, agents, people, onDone }: TeamFormProps) {
  const { t } = useTranslation();
  const save = useSaveTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);
  const [leadUserId, setLead] = useState<string | null>(team?.leadUserId ?? null);
  const [isRoundRobin, setRoundRobin] = useState(team?.isRoundRobin ?? true);
  const [ownHours, setOwnHours] = useState(Boolean(team?.calendar));
  const [calendar, setCalendar] = useState<TBusinessCalendar>(team?.calendar ?? defaultCalendar);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const errors = translateErrors({ ...serverErrors(save.error), ...checked });
  if (save.error instanceof ApiError && save.error.status === 409)
    errors.name = t('followUp.errors.teamName');
  const body: TTeamInput = {
    name,
    memberIds,
    leadUserId,
    isRoundRobin,
    calendar: ownHours ? calendar : null,
  };
  // People no longer in the organization stay visible (and refused on save) rather than vanish.
  const agentOptions = [
    ...agents.map(option),
    ...memberIds.filter((id) => !agents.some((a) => a.id === id)).map((id) => ({ value: id, label: id })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await checkWithContract((c) => c.ZTeamInput, body);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { id: team?.id ?? null, team: body },
      {
        onSuccess: () => {
          notifySuccess(t(team ? 'followUp.teams.updated' : 'followUp.teams.created'));
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="team-form">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('followUp.teams.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={80}
            required
            data-testid="team-name"
          />
          <Select
            label={t('followUp.teams.lead')}
            description={t('followUp.teams.leadHint')}
            placeholder={t('followUp.teams.noLead')}
            data={people.map(option)}
            value={leadUserId}
            onChange={setLead}
            clearable
            searchable
            error={errors.leadUserId}
            data-testid="team-lead"
          />
        </SimpleGrid>
        <MultiSelect
          label={t('followUp.teams.members')}
          description={t('followUp.teams.membersHint')}
          placeholder={memberIds.length === 0 ? t('followUp.teams.noMembers') : undefined}
          data={agentOptions}
          value={memberIds}
          onChange={setMemberIds}
          searchable
          error={errorAt(errors, 'memberIds', true)}
          data-testid="team-members"
        />
        <Switch
          label={t('followUp.teams.roundRobin')}
          description={t('followUp.teams.roundRobinHint')}
          checked={isRoundRobin}
          onChange={(e) => setRoundRobin(e.currentTarget.checked)}
          data-testid="team-round-robin"
        />
        <Switch
          label={t('followUp.teams.ownHours')}
          description={t('followUp.teams.ownHoursHint', { hours: t('followUp.teams.defaultHours') })}
          checked={ownHours}
          onChange={(e) => setOwnHours(e.currentTarget.checked)}
          data-testid="team-own-hours"
        />
        {ownHours ? (
          <BusinessHoursEditor
            value={calendar}
            onChange={setCalendar}
            disabled={false}
            errors={errorsUnder(errors, 'calendar')}
          />
        ) : null}
        <FormError error={Object.keys(errors).length > 0 ? null : save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="team-save">
            {team ? t('followUp.teams.saveTeam') : t('followUp.teams.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('followUp.teams.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
