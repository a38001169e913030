import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { formatLanguage } from '../lib/format.js';
import { QuestionTexts } from './question-texts.js';

/** German first, then English, then any further language the survey offers. */
function orderedLanguages(languages: readonly string[]): string[] {
  const rank = (code: string) => (code === 'de' ? 0 : code === 'en' ? 1 : 2);
  return [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Every question of the survey, one row each, its texts in each language side by side. */
export function SurveyQuestions({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const languages = orderedLanguages(survey.languages);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="survey-questions-title">
      <Stack gap={4} mb="md">
        <Title order={2} fz="lg" id="survey-questions-title">
          {t('surveys.detail.questionsTitle')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('surveys.detail.questionsText')}
        </Text>
      </Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="md" aria-label={t('surveys.detail.questionsLabel')} data-testid="survey-questions">
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
              <Table.Tr key={question.id} data-testid={`survey-question-${question.id}`} style={{ verticalAlign: 'top' }}>
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
