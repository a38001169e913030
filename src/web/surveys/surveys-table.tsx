import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { formatDate } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';
import { surveyPath } from '../router/routes.js';
import { SurveyStatusBadge } from './survey-status-badge.js';

/** One row per survey; the name links to the survey page, and the whole row is clickable too. */
export function SurveysTable({ surveys }: { surveys: readonly TSurvey[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('surveys.list.tableLabel')} data-testid="surveys-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.list.name')}</Table.Th>
            <Table.Th>{t('surveys.list.metric')}</Table.Th>
            <Table.Th>{t('surveys.list.status')}</Table.Th>
            <Table.Th>{t('surveys.list.version')}</Table.Th>
            <Table.Th>{t('surveys.list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {surveys.map((s) => (
            <Table.Tr
              key={s.id}
              data-testid={`survey-row-${s.id}`}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                // The link handles its own clicks (and middle clicks); the rest of the row follows it.
                if (event.target instanceof Element && event.target.closest('a')) return;
                navigate(surveyPath(s.id));
              }}
            >
              <Table.Td>
                <AppLink to={surveyPath(s.id)} fw={600}>
                  {s.name}
                </AppLink>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{t(`surveys.metrics.${s.metric}`)}</Text>
              </Table.Td>
              <Table.Td>
                <SurveyStatusBadge status={s.status} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{t('surveys.list.versionValue', { version: s.currentVersion })}</Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{formatDate(s.updatedAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
