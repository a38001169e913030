import { SimpleGrid } from '@mantine/core';
import { ScratchCard } from './scratch-card.js';
import { TemplateCard } from './template-card.js';
import { SURVEY_TEMPLATES, type NewSurveyStart } from './template-ids.js';

export interface SurveyTemplatesProps {
  onCreate?: ((start: NewSurveyStart) => void) | undefined;
}

/** The five built-in templates as cards, and for those who may create surveys a blank start. */
export function SurveyTemplates({ onCreate }: SurveyTemplatesProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="survey-templates">
      {SURVEY_TEMPLATES.map((template) => (
        <TemplateCard
          key={template.id}
          templateId={template.id}
          metric={template.metric}
          onCreate={onCreate ? () => onCreate(template.id) : undefined}
        />
      ))}
      {onCreate ? <ScratchCard onCreate={() => onCreate('blank')} /> : null}
    </SimpleGrid>
  );
}
