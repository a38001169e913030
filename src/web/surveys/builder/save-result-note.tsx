import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSaveSurveyDefinitionResult } from '../../../shared/contracts/surveys.js';

const CHANGE_KINDS = [
  'question_removed',
  'type_changed',
  'scale_changed',
  'choices_changed',
  'text_edited',
  'reordered',
  'settings_edited',
  'question_added',
] as const;
type ChangeKind = (typeof CHANGE_KINDS)[number];
const isChangeKind = (value: string): value is ChangeKind =>
  (CHANGE_KINDS as readonly string[]).includes(value);

/** Mantine's light alert titles (teal.9, orange.9) miss WCAG AA on their tint; darker shades of the same hue. */
const TITLE_COLOR = { teal: '#0b5d44', orange: '#8a3a00' } as const;

/** After a save: whether a version was made, and whether earlier answers stay comparable — and if not, why. */
export function SaveResultNote({
  result,
  onDismiss,
}: {
  result: TSaveSurveyDefinitionResult;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const version = result.survey.version;
  const close = { withCloseButton: true, onClose: onDismiss, closeButtonLabel: t('app.close') };

  if (!result.isNewVersion) {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconInfoCircle size={18} aria-hidden />}
        role="status"
        data-testid="save-result"
        data-result="unchanged"
        {...close}
      >
        {t('builder.result.unchanged')}
      </Alert>
    );
  }
  if (result.isComparable) {
    return (
      <Alert
        color="teal"
        variant="light"
        styles={{ title: { color: TITLE_COLOR.teal } }}
        icon={<IconCircleCheck size={18} aria-hidden />}
        title={t('builder.result.comparableTitle', { version })}
        role="status"
        data-testid="save-result"
        data-result="comparable"
        {...close}
      >
        {t('builder.result.comparable')}
      </Alert>
    );
  }
  const reasons = [...new Set(result.changes.filter((c) => !c.keepsComparable).map((c) => c.kind))]
    .map((kind) => (isChangeKind(kind) ? t(`builder.result.changes.${kind}`) : kind))
    .join(', ');
  return (
    <Alert
      color="orange"
      variant="light"
      styles={{ title: { color: TITLE_COLOR.orange } }}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('builder.result.notComparableTitle', { version })}
      role="status"
      data-testid="save-result"
      data-result="not-comparable"
      {...close}
    >
      {t('builder.result.notComparable', { reasons })}
    </Alert>
  );
}
