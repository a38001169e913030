import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { formatLanguage } from '../lib/format.js';
import { orderedLanguages } from './ordered-languages.js';
import { QuestionTexts } from './question-texts.js';

/** Every question of the survey, one row each, its texts in each language side by side. */
export function SurveyQuestions({ survey, onEdit }: { survey: TSurvey; onEdit?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const languages = orderedLanguages(survey.languages);
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="survey-questions-title"
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="survey-questions-title">
            {t('surveys.detail.questionsTitle')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('surveys.detail.questionsText')}
          </Text>
          {survey.comparableSince > 1 ? (
            <Text fz="sm" c="dimmed" data-testid="survey-comparable-since">
              {t('builder.comparableSince', { version: survey.comparableSince })}
            </Text>
          ) : null}
        </Stack>
        {onEdit ? (
          <Button
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={onEdit}
            data-testid="survey-edit"
          >
            {t('builder.edit')}
          </Button>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing="md"
          aria-label={t('surveys.detail.questionsLabel')}
          data-testid="survey-questions"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('surveys.detail.question')}</Table.Th>
              {languages.map((language) => (
                <Table.Th key={language}>{formatLanguage(language)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {survey.questions.map((question, index) => (
              <Table.Tr
                key={question.id}
                data-testid={`survey-question-${question.id}`}
                style={{ verticalAlign: 'top' }}
              >
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text fz="sm" fw={600}>
                      {index + 1}.
                    </Text>
                    <Badge variant="light" color="gray" c="dark.6" radius="sm" tt="none">
                      {t(`surveys.questionTypes.${question.type}`)}
                    </Badge>
                  </Stack>
                </Table.Td>
                {languages.map((language) => (
                  <Table.Td key={language}>
                    <QuestionTexts question={question} language={language} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
