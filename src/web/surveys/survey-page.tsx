import { Badge, EmptyState, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconClipboardX,
  IconListDetails,
  IconMessages,
  IconPlugConnected,
  IconSend,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSaveSurveyDefinitionResult } from '../../shared/contracts/surveys.js';
import { can } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useSurvey } from '../api/use-survey.js';
import { PageHeader } from '../components/page-header.js';
import { useActiveTabInView } from '../components/use-active-tab-in-view.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDate } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';
import { areaPath, surveyPath, SURVEY_TABS, type SurveyTab } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { SurveyAnswersTab } from './answers/survey-answers-tab.js';
import { SaveResultNote } from './builder/save-result-note.js';
import { SurveyBuilder } from './builder/survey-builder.js';
import { SurveyChannelsTab } from './channels/survey-channels-tab.js';
import { SurveySendTab } from './send/survey-send-tab.js';
import { SurveyQuestions } from './survey-questions.js';
import { SurveyStatusPanel } from './survey-status-panel.js';

const TAB_ICONS: Record<SurveyTab, Icon> = {
  questions: IconListDetails,
  send: IconSend,
  channels: IconPlugConnected,
  answers: IconMessages,
};

export interface SurveyPageProps {
  surveyId: string;
  tab: SurveyTab;
  isEditing: boolean;
}

/** One survey: where it stands, then its questions (and the builder), sending, channels and answers. */
export function SurveyPage({ surveyId, tab, isEditing }: SurveyPageProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const survey = useSurvey(surveyId);
  // Kept here, not in the builder: saving leaves the builder, and the note belongs to the view it returns to.
  const [saveResult, setSaveResult] = useState<TSaveSurveyDefinitionResult | null>(null);
  const canManage = can(role, 'settings.manage');
  const canSend = can(role, 'data.write');
  // Answers are analytics: agents see the survey and its sends, not what customers said.
  const tabs = SURVEY_TABS.filter((id) => id !== 'answers' || can(role, 'analytics.read'));
  const current = tabs.includes(tab) ? tab : 'questions';
  const listRef = useActiveTabInView<HTMLDivElement>(current);

  const back = (
    <Group mb="sm">
      <AppLink to={areaPath('surveys')} fz="sm" data-testid="survey-back">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('surveys.detail.back')}
        </Group>
      </AppLink>
    </Group>
  );

  let content;
  if (survey.isPending) content = <SectionLoader />;
  else if (survey.isError && survey.error instanceof ApiError && survey.error.status === 404)
    content = (
      <>
        <PageHeader title={t('surveys.detail.notFoundTitle')} />
        <Paper withBorder p="xl" data-testid="survey-not-found">
          <EmptyState
            icon={<IconClipboardX size={28} stroke={1.5} aria-hidden />}
            variant="light"
            title={t('surveys.detail.notFoundTitle')}
            description={t('surveys.detail.notFoundText')}
          />
        </Paper>
      </>
    );
  else if (survey.isError)
    content = <SectionError error={survey.error} onRetry={() => void survey.refetch()} />;
  else {
    const s = survey.data;
    const questions =
      isEditing && canManage ? (
        <SurveyBuilder
          survey={s}
          onSaved={(result) => {
            setSaveResult(result);
            navigate(surveyPath(s.id));
          }}
          onCancel={() => navigate(surveyPath(s.id))}
        />
      ) : (
        <Stack gap="md">
          {saveResult ? <SaveResultNote result={saveResult} onDismiss={() => setSaveResult(null)} /> : null}
          <SurveyQuestions
            survey={s}
            onEdit={
              canManage
                ? () => {
                    setSaveResult(null);
                    navigate(surveyPath(s.id, 'questions', { edit: true }));
                  }
                : undefined
            }
          />
        </Stack>
      );
    content = (
      <div data-testid="survey-detail">
        <PageHeader
          title={s.name}
          titleTestId="survey-title"
          actions={
            <Group gap="xs">
              <Badge variant="light" radius="sm" tt="none">
                {t(`surveys.metrics.${s.metric}`)}
              </Badge>
              <Badge
                variant="light"
                color="gray"
                c="dark.6"
                radius="sm"
                tt="none"
                data-testid="survey-version"
              >
                {t('surveys.detail.version', { version: s.version })}
              </Badge>
              <Text fz="sm" c="dimmed">
                {t('surveys.detail.updated', { date: formatDate(s.updatedAt) })}
              </Text>
            </Group>
          }
        />
        <Stack gap="lg">
          <SurveyStatusPanel survey={s} canManage={canManage} />
          <Tabs
            value={current}
            onChange={(value) => value && navigate(surveyPath(s.id, value as SurveyTab))}
            keepMounted={false}
          >
            <Tabs.List
              ref={listRef}
              aria-label={t('sending.tabs.label')}
              mb="lg"
              className="compact-tabs"
              style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'none' }}
            >
              {tabs.map((id) => {
                const TabIcon = TAB_ICONS[id];
                return (
                  <Tabs.Tab
                    key={id}
                    value={id}
                    leftSection={<TabIcon size={16} stroke={1.7} aria-hidden />}
                    data-testid={`survey-tab-${id}`}
                  >
                    {t(`sending.tabs.${id}`)}
                  </Tabs.Tab>
                );
              })}
            </Tabs.List>
            <Tabs.Panel value="questions">{questions}</Tabs.Panel>
            <Tabs.Panel value="send">
              <SurveySendTab survey={s} canSend={canSend} />
            </Tabs.Panel>
            <Tabs.Panel value="channels">
              <SurveyChannelsTab survey={s} canManage={canManage} />
            </Tabs.Panel>
            {tabs.includes('answers') ? (
              <Tabs.Panel value="answers">
                <SurveyAnswersTab surveyId={s.id} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        </Stack>
      </div>
    );
  }

  return (
    <>
      {back}
      {content}
    </>
  );
}
