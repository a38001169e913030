import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../shared/contracts/cases.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { usePostCaseMessage } from '../api/use-post-case-message.js';
import { useCaseAssignees } from '../api/use-case-assignees.js';
import { CaseApiError } from './case-api-error.js';

type Kind = 'reply' | 'note';

/** How the API recognises a colleague in a note: the full name without spaces ("@AnnaBerger"). */
function mentionHandle(name: string): string {
  return name.replace(/\s+/g, '');
}
const BODY_MAX = 20_000;

/**
 * A reply mailed to the customer, or an internal note; a note names colleagues with @ (their names
 * offered below it). The text goes to the API as typed: it is stored and shown as plain text.
 */
export function CaseComposer({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const email = detail.contact?.email ?? null;
  const [kind, setKind] = useState<Kind>(email ? 'reply' : 'note');
  const [body, setBody] = useState('');
  const post = usePostCaseMessage(detail.id);
  const people = useCaseAssignees().data?.people ?? [];
  const cannotReply = kind === 'reply' && email === null;
  const bodyError = fieldErrorsOf(post.error).body;

  const send = () => {
    const text = body.trim();
    if (!text || cannotReply) return;
    post.mutate(
      { kind, body: text },
      {
        onSuccess: () => {
          setBody('');
          notifySuccess(t(kind === 'reply' ? 'cases.composer.replied' : 'cases.composer.noted'));
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-composer">
      <Title order={2} fz="md" id={id} mb="sm">
        {t('cases.composer.title')}
      </Title>
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setKind(value === 'note' ? 'note' : 'reply');
            post.reset();
          }}
          data={[
            { value: 'reply', label: t('cases.composer.reply') },
            { value: 'note', label: t('cases.composer.note') },
          ]}
          fullWidth
          // Both choices stay readable on a phone: the labels wrap instead of being cut off.
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
          data-testid="case-composer-kind"
        />
        <Textarea
          label={kind === 'reply' ? t('cases.composer.replyLabel') : t('cases.composer.noteLabel')}
          description={
            kind === 'reply'
              ? email
                ? t('cases.composer.replyHint', { email })
                : t('cases.composer.replyNoEmail')
              : t('cases.composer.noteHint')
          }
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) send();
          }}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={BODY_MAX}
          error={bodyError}
          disabled={cannotReply}
          {...(kind === 'note' ? { styles: { input: { background: 'var(--mantine-color-yellow-0)' } } } : {})}
          data-testid="case-composer-body"
        />
        {kind === 'note' && people.length > 0 ? (
          <Group gap={6} wrap="wrap" aria-label={t('cases.composer.noteHint')}>
            {people.slice(0, 12).map((p) => (
              <UnstyledButton
                key={p.id}
                onClick={() =>
                  setBody((b) => `${b}${b && !/\s$/.test(b) ? ' ' : ''}@${mentionHandle(p.name)} `)
                }
                px={8}
                py={2}
                fz="xs"
                style={{ borderRadius: 999, border: '1px solid var(--mantine-color-gray-3)' }}
                data-testid="case-mention"
              >
                @{p.name}
              </UnstyledButton>
            ))}
          </Group>
        ) : null}
        {post.error && !bodyError ? <CaseApiError error={post.error} /> : null}
        <Group justify="flex-end">
          <Text fz="xs" c="dimmed" visibleFrom="sm">
            {t('cases.composer.shortcut')}
          </Text>
          <Button
            onClick={send}
            loading={post.isPending}
            disabled={!body.trim() || cannotReply}
            data-testid="case-composer-send"
          >
            {kind === 'reply' ? t('cases.composer.sendReply') : t('cases.composer.addNote')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
