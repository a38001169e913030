import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { AppModal } from '../components/app-modal.js';
import { CreateSurveyForm } from './create-survey-form.js';
import type { NewSurveyStart } from './template-ids.js';

export interface CreateSurveyModalProps {
  start: NewSurveyStart | null;
  onClose: () => void;
  onCreated: (survey: TSurvey) => void;
}

/** Asks for a name (the template's, prefilled) and creates a draft from the template or blank. */
export function CreateSurveyModal({ start, onClose, onCreated }: CreateSurveyModalProps) {
  const { t } = useTranslation();
  const templateName = start === null ? '' : start === 'blank' ? '' : t(`surveys.templates.${start}.name`);
  return (
    <AppModal
      opened={start !== null}
      onClose={onClose}
      title={t('surveys.create.title')}
      data-testid="survey-create-modal"
    >
      {/* Keyed by the start so the name starts from the chosen template each time. */}
      {start ? (
        <CreateSurveyForm
          key={start}
          start={start}
          templateName={templateName}
          onClose={onClose}
          onCreated={onCreated}
        />
      ) : null}
    </AppModal>
  );
}
