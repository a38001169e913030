import { Button, Group, NativeSelect } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PLAN, isPlanId, PLAN_IDS, type PlanId } from '../../shared/plans.js';
import { useChangePlan } from '../api/use-change-plan.js';
import { notifySuccess } from '../lib/notify.js';
import { planName, planSendLimit } from './plan-name.js';

export interface ChangePlanFormProps {
  currentPlanId: string;
  disabled: boolean;
}

/** The plan picker; each option names its monthly survey-send limit. */
export function ChangePlanForm({ currentPlanId, disabled }: ChangePlanFormProps) {
  const { t } = useTranslation();
  const changePlan = useChangePlan();
  const [choice, setChoice] = useState<PlanId>(isPlanId(currentPlanId) ? currentPlanId : DEFAULT_PLAN);

  function submit(event: FormEvent) {
    event.preventDefault();
    changePlan.mutate(choice, { onSuccess: () => notifySuccess(t('plan.changed', { plan: planName(choice) })) });
  }

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          data-testid="plan-select"
          label={t('plan.choose')}
          data={PLAN_IDS.map((id) => ({ value: id, label: t('plan.option', { plan: planName(id), limit: planSendLimit(id) }) }))}
          value={choice}
          disabled={disabled}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isPlanId(value)) setChoice(value);
          }}
          w={{ base: '100%', xs: 380 }}
        />
        <Button type="submit" disabled={disabled || choice === currentPlanId} loading={changePlan.isPending} data-testid="plan-save">
          {t('plan.save')}
        </Button>
      </Group>
    </form>
  );
}
