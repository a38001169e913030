import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseRule, TFollowUpSettings } from '../../../shared/contracts/follow-up.js';
import { useSaveFollowUpSettings } from '../../api/use-save-follow-up-settings.js';
import { FormError } from '../../components/form-error.js';
import { notifySuccess } from '../../lib/notify.js';
import { SettingsSection } from '../settings-section.js';
import { checkWithContract, errorAt, errorsUnder, serverErrors } from './field-errors.js';
import { translateErrors } from './field-message.js';
import { PAUSABLE } from './follow-up-options.js';
import { RecoverySection } from './recovery-section.js';
import type { RecoverySurvey } from './recovery-survey-choice.js';
import { RuleEditor, type RuleTheme } from './rule-editor.js';
import { SlaTargetsTable } from './sla-targets-table.js';

export interface FollowUpSettingsFormProps {
  settings: TFollowUpSettings;
  teams: readonly { id: string; name: string }[];
  /** Every survey of the organization (rules may name drafts); the re-survey offers the live ones. */
  surveys: readonly RecoverySurvey[];
  /** The themes a rule may name (empty while they load: a rule's stored ids still show). */
  themes: readonly RuleTheme[];
  disabled: boolean;
}

const newRule = (name: string): TCaseRule => ({
  id: `rule-${Math.random().toString(36).slice(2, 10)}`,
  name,
  isEnabled: true,
  topic: 'feedback',
  metrics: ['nps', 'csat', 'ces', 'rating'],
  thresholds: {},
  negativeSentiment: false,
  themes: [],
  channels: [],
  surveyIds: [],
  touchpoints: [],
  segments: [],
  minRevenue: null,
  attribute: null,
  teamId: null,
});

/**
 * The rules, assignment defaults, SLA policy, closing lists and re-survey: one document, saved whole (the
 * API's PUT). Each section has a save button; every one saves all of it, and a refused field is
 * shown where it is, whichever section it is in.
 */
export function FollowUpSettingsForm({
  settings,
  teams,
  surveys,
  themes,
  disabled,
}: FollowUpSettingsFormProps) {
  const { t } = useTranslation();
  const save = useSaveFollowUpSettings();
  const [draft, setDraft] = useState<TFollowUpSettings>(settings);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const errors = translateErrors({ ...serverErrors(save.error), ...checked });
  const hasErrors = Object.keys(errors).length > 0;
  const changed = JSON.stringify(draft) !== JSON.stringify(settings);
  const set = (patch: Partial<TFollowUpSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const setSla = (patch: Partial<TFollowUpSettings['sla']>) => set({ sla: { ...draft.sla, ...patch } });
  const setRule = (i: number, rule: TCaseRule) =>
    set({ rules: draft.rules.map((r, j) => (j === i ? rule : r)) });
  const moveRule = (i: number, by: -1 | 1) => {
    const rules = [...draft.rules];
    const [rule] = rules.splice(i, 1);
    if (rule) rules.splice(i + by, 0, rule);
    set({ rules });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await checkWithContract((c) => c.ZFollowUpSettings, draft);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(draft, { onSuccess: () => notifySuccess(t('followUp.saved')) });
  }

  const saveBar = (section: string): ReactNode =>
    disabled ? null : (
      <Stack gap="sm">
        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('followUp.fixErrors')}
          </Alert>
        ) : null}
        <FormError error={hasErrors ? null : save.error} />
        <Group>
          <Button
            type="submit"
            disabled={!changed}
            loading={save.isPending}
            data-testid={`follow-up-save-${section}`}
          >
            {t('followUp.save')}
          </Button>
        </Group>
      </Stack>
    );
  const level = (i: number) =>
    i === 0 ? t('followUp.sla.levelLead') : t('followUp.sla.levelAdmins', { n: i + 1 });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="follow-up-settings">
      <Stack gap="lg">
        <SettingsSection
          title={t('followUp.rules.title')}
          description={t('followUp.rules.text')}
          actions={saveBar('rules')}
          data-testid="follow-up-rules"
        >
          {draft.rules.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('followUp.rules.none')}
            </Text>
          ) : null}
          {draft.rules.map((rule, i) => (
            <RuleEditor
              key={rule.id + String(i)}
              rule={rule}
              index={i}
              count={draft.rules.length}
              onChange={(r) => setRule(i, r)}
              onRemove={() => set({ rules: draft.rules.filter((_, j) => j !== i) })}
              onMove={(by) => moveRule(i, by)}
              teams={teams}
              surveys={surveys}
              themes={themes}
              errors={errorsUnder(errors, `rules.${i}`)}
              disabled={disabled}
            />
          ))}
          {disabled ? null : (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => set({ rules: [...draft.rules, newRule(t('followUp.rules.newName'))] })}
                data-testid="rule-add"
              >
                {t('followUp.rules.add')}
              </Button>
            </Group>
          )}
          <Text fw={600} fz="md" mt="sm">
            {t('followUp.rules.assignmentTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('followUp.rules.defaultTeam')}
              description={t('followUp.rules.defaultTeamHint')}
              data={[
                { value: '', label: t('followUp.rules.noTeam') },
                ...teams.map((x) => ({ value: x.id, label: x.name })),
              ]}
              value={draft.defaultTeamId ?? ''}
              onChange={(v) => set({ defaultTeamId: v ? v : null })}
              allowDeselect={false}
              error={errors.defaultTeamId}
              disabled={disabled}
              data-testid="default-team"
            />
            <NumberInput
              label={t('followUp.rules.highValue')}
              description={t('followUp.rules.highValueHint')}
              value={draft.highValueRevenue ?? ''}
              onChange={(v) => set({ highValueRevenue: typeof v === 'number' ? v : null })}
              min={0}
              thousandSeparator=" "
              error={errors.highValueRevenue}
              disabled={disabled}
            />
          </SimpleGrid>
        </SettingsSection>

        <SettingsSection
          title={t('followUp.sla.title')}
          description={t('followUp.sla.text')}
          actions={saveBar('sla')}
          data-testid="follow-up-sla"
        >
          <SlaTargetsTable
            rows={draft.sla.targets}
            onChange={(targets) => setSla({ targets })}
            errors={errorsUnder(errors, 'sla.targets')}
            disabled={disabled}
          />
          <Checkbox.Group
            label={t('followUp.sla.paused')}
            value={[...draft.sla.pausedStatuses]}
            onChange={(v) => setSla({ pausedStatuses: PAUSABLE.filter((s) => v.includes(s)) })}
            error={errorAt(errors, 'sla.pausedStatuses', true)}
          >
            <Group gap="lg" mt="xs">
              {PAUSABLE.map((s) => (
                <Checkbox key={s} value={s} label={t(`followUp.sla.statuses.${s}`)} disabled={disabled} />
              ))}
            </Group>
          </Checkbox.Group>
          <NumberInput
            label={t('followUp.sla.warnAt')}
            description={t('followUp.sla.warnAtHint')}
            value={Number.isFinite(draft.sla.warnAt) ? Math.round(draft.sla.warnAt * 100) : ''}
            onChange={(v) => setSla({ warnAt: typeof v === 'number' ? v / 100 : Number.NaN })}
            min={50}
            max={99}
            allowDecimal={false}
            suffix=" %"
            error={errors['sla.warnAt']}
            disabled={disabled}
            maw={240}
            data-testid="sla-warn-at"
          />
          <Stack gap={6}>
            <Text fz="sm" fw={500}>
              {t('followUp.sla.escalation')}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('followUp.sla.escalationHint')}
            </Text>
            {draft.sla.escalateAfterMinutes.map((minutes, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <NumberInput
                  label={level(i)}
                  value={Number.isFinite(minutes) ? minutes : ''}
                  onChange={(v) =>
                    setSla({
                      escalateAfterMinutes: draft.sla.escalateAfterMinutes.map((m, j) =>
                        j === i ? (typeof v === 'number' ? v : Number.NaN) : m,
                      ),
                    })
                  }
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  suffix={` ${t('followUp.sla.minutes')}`}
                  error={errors[`sla.escalateAfterMinutes.${i}`]}
                  disabled={disabled}
                  w={200}
                  data-testid={`sla-escalation-${i}`}
                />
                {disabled ? null : (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={28}
                    aria-label={t('followUp.sla.removeLevel', { n: i + 1 })}
                    onClick={() =>
                      setSla({
                        escalateAfterMinutes: draft.sla.escalateAfterMinutes.filter((_, j) => j !== i),
                      })
                    }
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {errors['sla.escalateAfterMinutes'] ? (
              <Text fz="xs" c="red" role="alert">
                {errors['sla.escalateAfterMinutes']}
              </Text>
            ) : null}
            {disabled || draft.sla.escalateAfterMinutes.length >= 5 ? null : (
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => {
                    const last = draft.sla.escalateAfterMinutes.at(-1);
                    setSla({
                      escalateAfterMinutes: [
                        ...draft.sla.escalateAfterMinutes,
                        last === undefined || !Number.isFinite(last) ? 0 : last + 240,
                      ],
                    });
                  }}
                >
                  {t('followUp.sla.addLevel')}
                </Button>
              </Group>
            )}
          </Stack>
        </SettingsSection>

        <SettingsSection
          title={t('followUp.closing.title')}
          description={t('followUp.closing.text')}
          actions={saveBar('closing')}
          data-testid="follow-up-closing"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TagsInput
              label={t('followUp.closing.rootCauses')}
              description={t('followUp.closing.listHint')}
              value={draft.rootCauses}
              onChange={(v) => set({ rootCauses: v })}
              error={errorAt(errors, 'rootCauses', true)}
              disabled={disabled}
              data-testid="root-causes"
            />
            <TagsInput
              label={t('followUp.closing.actions')}
              description={t('followUp.closing.listHint')}
              value={draft.actions}
              onChange={(v) => set({ actions: v })}
              error={errorAt(errors, 'actions', true)}
              disabled={disabled}
              data-testid="actions"
            />
          </SimpleGrid>
        </SettingsSection>

        <RecoverySection
          value={draft.recovery}
          onChange={(recovery) => set({ recovery })}
          surveys={surveys}
          errors={errorsUnder(errors, 'recovery')}
          disabled={disabled}
          actions={saveBar('recovery')}
        />
      </Stack>
    </form>
  );
}
