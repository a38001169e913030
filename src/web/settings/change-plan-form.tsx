import { Button, Group, NativeSelect } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePlan } from '../api/use-change-plan.js';
import { notifySuccess } from '../lib/notify.js';
import { isPlanChoice, PLAN_CHOICES, planName, type PlanChoice } from './plan-name.js';

export interface ChangePlanFormProps {
  currentPlanId: string;
  disabled: boolean;
}

export function ChangePlanForm({ currentPlanId, disabled }: ChangePlanFormProps) {
  const { t } = useTranslation();
  const changePlan = useChangePlan();
  const [choice, setChoice] = useState<PlanChoice>(isPlanChoice(currentPlanId) ? currentPlanId : 'starter');

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
          data={PLAN_CHOICES.map((id) => ({ value: id, label: planName(id) }))}
          value={choice}
          disabled={disabled}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isPlanChoice(value)) setChoice(value);
          }}
          w={240}
        />
        <Button type="submit" disabled={disabled || choice === currentPlanId} loading={changePlan.isPending} data-testid="plan-save">
          {t('plan.save')}
        </Button>
      </Group>
    </form>
  );
}
