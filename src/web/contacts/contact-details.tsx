import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContact } from '../../shared/contracts/contacts.js';
import { formatDate, formatLanguage } from '../lib/format.js';
import { useFormatMoney } from '../lib/use-format-money.js';
import { ContactFact } from './contact-fact.js';

export interface ContactDetailsProps {
  contact: TContact;
  aliases: readonly string[];
}

/** Who the customer is: identity, attributes and consent. */
export function ContactDetails({ contact: c, aliases }: ContactDetailsProps) {
  const { t } = useTranslation();
  const money = useFormatMoney();
  const id = useId();
  const dash = t('contacts.profile.notSet');
  const custom = Object.entries(c.attributes);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} h="100%">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} fz="md" id={id}>
            {t('contacts.profile.details')}
          </Title>
          <Group gap={6} data-testid="customer-consent">
            <Badge
              variant="light"
              color={c.consent.emailOptOut ? 'red' : 'gray'}
              radius="sm"
              tt="none"
              c={c.consent.emailOptOut ? 'red.9' : 'dark.6'}
            >
              {c.consent.emailOptOut
                ? t('contacts.profile.consentEmailOptOut')
                : t('contacts.profile.consentEmailOk')}
            </Badge>
            <Badge
              variant="light"
              color={c.consent.neverSurvey ? 'red' : 'gray'}
              radius="sm"
              tt="none"
              c={c.consent.neverSurvey ? 'red.9' : 'dark.6'}
            >
              {c.consent.neverSurvey
                ? t('contacts.profile.consentNeverSurvey')
                : t('contacts.profile.consentSurveyOk')}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="md" verticalSpacing="md" m={0}>
          <ContactFact label={t('contacts.profile.customerId')}>
            <span data-testid="customer-external-id">{c.externalId}</span>
          </ContactFact>
          <ContactFact label={t('contacts.profile.email')}>{c.email ?? dash}</ContactFact>
          <ContactFact label={t('contacts.profile.segment')}>{c.segment ?? dash}</ContactFact>
          <ContactFact label={t('contacts.profile.region')}>{c.region ?? dash}</ContactFact>
          <ContactFact label={t('contacts.profile.plan')}>{c.plan ?? dash}</ContactFact>
          <ContactFact label={t('contacts.profile.language')}>
            {c.language ? formatLanguage(c.language) : dash}
          </ContactFact>
          <ContactFact label={t('contacts.profile.customerSince')}>
            {c.customerSince ? formatDate(c.customerSince) : dash}
          </ContactFact>
          <ContactFact label={t('contacts.profile.revenue')}>
            {c.revenue !== null ? money(c.revenue) : dash}
          </ContactFact>
          {c.phone ? <ContactFact label={t('contacts.profile.phone')}>{c.phone}</ContactFact> : null}
          {c.accountOwner ? (
            <ContactFact label={t('contacts.profile.accountOwner')}>{c.accountOwner}</ContactFact>
          ) : null}
          {c.productsUsed.length > 0 ? (
            <ContactFact label={t('contacts.profile.products')}>{c.productsUsed.join(', ')}</ContactFact>
          ) : null}
          {c.churnedAt ? (
            <ContactFact label={t('contacts.profile.churnedAt')}>{formatDate(c.churnedAt)}</ContactFact>
          ) : null}
          {custom.map(([key, value]) => (
            <ContactFact key={key} label={key}>
              {value === null ? dash : String(value)}
            </ContactFact>
          ))}
        </SimpleGrid>
        {aliases.length > 0 ? (
          <Text fz="xs" c="dimmed" data-testid="customer-aliases">
            {t('contacts.profile.aliases', { ids: aliases.join(', ') })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
