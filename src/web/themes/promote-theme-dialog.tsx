import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPromoteCandidateInput, TThemeCandidate } from '../../shared/contracts/theme-discovery.js';

const splitTerms = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Names in both languages and the dictionary terms for a candidate about to become an own theme. */
export function PromoteThemeDialog({
  candidate,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  candidate: TThemeCandidate;
  busy: boolean;
  error: string | null;
  onSubmit: (body: TPromoteCandidateInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = candidate.name ?? candidate.terms.slice(0, 3).join(', ');
  const [nameEn, setNameEn] = useState(candidate.name ?? candidate.terms[0] ?? '');
  const [nameDe, setNameDe] = useState(candidate.name ?? candidate.terms[0] ?? '');
  const [termsDe, setTermsDe] = useState(candidate.terms.join(', '));
  const [termsEn, setTermsEn] = useState(candidate.terms.join(', '));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      name: { en: nameEn.trim(), de: nameDe.trim() },
      terms: { de: splitTerms(termsDe), en: splitTerms(termsEn) },
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('themeDiscovery.promote.title', { name: label })}
      centered
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            {t('themeDiscovery.promote.text')}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label={t('themeDiscovery.promote.nameEn')}
              value={nameEn}
              onChange={(e) => setNameEn(e.currentTarget.value)}
              required
              maxLength={80}
              data-autofocus
              data-testid="promote-name-en"
            />
            <TextInput
              label={t('themeDiscovery.promote.nameDe')}
              value={nameDe}
              onChange={(e) => setNameDe(e.currentTarget.value)}
              required
              maxLength={80}
              data-testid="promote-name-de"
            />
          </Group>
          <Textarea
            label={t('themeDiscovery.promote.termsDe')}
            description={t('themeDiscovery.promote.termsHint')}
            value={termsDe}
            onChange={(e) => setTermsDe(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="promote-terms-de"
          />
          <Textarea
            label={t('themeDiscovery.promote.termsEn')}
            value={termsEn}
            onChange={(e) => setTermsEn(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="promote-terms-en"
          />
          {error ? (
            <Text fz="sm" c="red.8" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('themeDiscovery.candidates.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="promote-submit">
              {t('themeDiscovery.promote.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
