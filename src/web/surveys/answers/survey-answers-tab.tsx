import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useResponses } from '../../api/use-responses.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { SurveySection } from '../survey-section.js';
import { AnswerItem } from './answer-item.js';

/** The Answers section: the survey's latest responses, newest first, a page at a time. */
export function SurveyAnswersTab({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const responses = useResponses({ surveyId });
  if (!responses.isSuccess) return <QueryFallback query={responses} />;
  const items = responses.data.pages.flatMap((page) => page.items);

  if (items.length === 0) {
    return (
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} data-testid="answers-empty">
        <EmptyState
          icon={<IconMessageCircle size={28} stroke={1.5} aria-hidden />}
          variant="light"
          title={t('sending.answers.emptyTitle')}
          description={t('sending.answers.emptyText')}
          maw={560}
          mx="auto"
        />
      </Paper>
    );
  }

  return (
    <SurveySection
      title={t('sending.answers.title')}
      description={t('sending.answers.text')}
      data-testid="survey-answers"
    >
      <ul className="answer-list" aria-label={t('sending.answers.listLabel')} data-testid="answers-list">
        {items.map((response) => (
          <li key={response.id}>
            <AnswerItem response={response} />
          </li>
        ))}
      </ul>
      {responses.hasNextPage ? (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void responses.fetchNextPage()}
            loading={responses.isFetchingNextPage}
            data-testid="answers-more"
          >
            {t('sending.answers.loadMore')}
          </Button>
        </Group>
      ) : null}
    </SurveySection>
  );
}
