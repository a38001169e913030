import { SimpleGrid } from '@mantine/core';
import type { TemplateId } from '../../shared/contracts/survey-model.js';
import { TemplateCard } from './template-card.js';
import { SURVEY_TEMPLATES } from './template-ids.js';

export interface SurveyTemplatesProps {
  onCreate?: ((templateId: TemplateId) => void) | undefined;
}

/** The five built-in templates as cards. */
export function SurveyTemplates({ onCreate }: SurveyTemplatesProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="survey-templates">
      {SURVEY_TEMPLATES.map((template) => (
        <TemplateCard key={template.id} templateId={template.id} metric={template.metric} onCreate={onCreate ? () => onCreate(template.id) : undefined} />
      ))}
    </SimpleGrid>
  );
}
