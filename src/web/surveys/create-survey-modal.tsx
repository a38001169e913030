import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../shared/contracts/survey-model.js';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { AppModal } from '../components/app-modal.js';
import { CreateSurveyForm } from './create-survey-form.js';

export interface CreateSurveyModalProps {
  templateId: TemplateId | null;
  onClose: () => void;
  onCreated: (survey: TSurvey) => void;
}

/** Asks for a name (the template's, prefilled) and creates a draft from the template. */
export function CreateSurveyModal({ templateId, onClose, onCreated }: CreateSurveyModalProps) {
  const { t } = useTranslation();
  const templateName = templateId ? t(`surveys.templates.${templateId}.name`) : '';
  return (
    <AppModal opened={templateId !== null} onClose={onClose} title={t('surveys.create.title')} data-testid="survey-create-modal">
      {/* Keyed by template so the name starts from the chosen template each time. */}
      {templateId ? <CreateSurveyForm key={templateId} templateId={templateId} templateName={templateName} onClose={onClose} onCreated={onCreated} /> : null}
    </AppModal>
  );
}
