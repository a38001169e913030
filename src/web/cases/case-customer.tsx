import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../shared/contracts/cases.js';
import { formatDate } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { casePath } from '../router/routes.js';
import { CaseStatusBadge } from './case-status-badge.js';

/** Who the case is about, and their earlier cases: every agent sees the complaints before. */
export function CaseCustomer({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const contact = detail.contact;
  const earlier = detail.contactCases.filter((c) => c.id !== detail.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-customer">
      <Title order={2} fz="md" id={id} mb="sm">
        {t('cases.customer.title')}
      </Title>
      {contact ? (
        <Stack gap={2} mb="md">
          <Text fw={600} className="wrap-anywhere" data-testid="case-customer-name">
            {contact.name ?? t('cases.customer.unnamed')}
          </Text>
          {contact.email ? (
            <Text fz="sm" c="dimmed" className="wrap-anywhere" data-testid="case-customer-email">
              {contact.email}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text fz="sm" c="dimmed" mb="md">
          {t('cases.customer.none')}
        </Text>
      )}
      {contact ? (
        <>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase" mb={6} style={{ letterSpacing: '0.04em' }}>
            {t('cases.customer.earlier')}
          </Text>
          {earlier.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('cases.customer.noEarlier')}
            </Text>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              data-testid="case-earlier"
            >
              {earlier.map((c) => (
                <li key={c.id}>
                  <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
                    <AppLink to={casePath(c.id)} fz="sm" className="wrap-anywhere">
                      #{c.number} {c.subject}
                    </AppLink>
                    <CaseStatusBadge status={c.status} />
                  </Group>
                  <Text fz="xs" c="dimmed">
                    {formatDate(c.openedAt)}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </>
      ) : null}
    </Paper>
  );
}
