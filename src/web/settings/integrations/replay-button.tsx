import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { useReplayWebhooks } from '../../api/use-replay-webhooks.js';
import { AppModal } from '../../components/app-modal.js';
import { FormError } from '../../components/form-error.js';
import { formatDateTime } from '../../lib/format.js';
import { notifyInfo, notifySuccess } from '../../lib/notify.js';

const DAY_MS = 86_400_000;
/** The log's reach (WEBHOOK_API_LIMITS.logDays): a replay cannot start earlier. */
const LOG_DAYS = 30;

/** A moment as the value of a datetime-local input: the reader's local time, to the minute. */
function localInputValue(at: Date): string {
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * "Replay everything since …": a dialog that says what a replay does, takes a local date and time
 * and, once it is a valid one, names it on the button that starts the replay.
 */
export function ReplayButton({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const { t } = useTranslation();
  const replay = useReplayWebhooks();
  const [opened, setOpened] = useState(false);
  const [since, setSince] = useState('');
  const [error, setError] = useState<string | null>(null);

  const open = () => {
    setSince(localInputValue(new Date(Date.now() - DAY_MS)));
    setError(null);
    setOpened(true);
  };
  const close = () => {
    replay.reset();
    setOpened(false);
  };

  // datetime-local has no zone: the browser reads it as local time, as the reader meant it.
  const at = since === '' ? null : new Date(since);
  function problem(): string | null {
    if (!at || Number.isNaN(at.getTime())) return t('integrations.replay.errors.required');
    if (at.getTime() > Date.now()) return t('integrations.replay.errors.future');
    if (at.getTime() < Date.now() - LOG_DAYS * DAY_MS) return t('integrations.replay.errors.tooOld');
    return null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = problem();
    setError(found);
    if (found || !at) return;
    replay.mutate(
      { endpointId: endpoint.id, since: at.toISOString() },
      {
        onSuccess: ({ queued }) => {
          if (queued === 0) notifyInfo(t('integrations.replay.none'));
          else notifySuccess(t('integrations.replay.done', { count: queued }));
          close();
        },
      },
    );
  }

  const now = new Date();
  const valid = at !== null && !Number.isNaN(at.getTime());
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconHistory size={14} aria-hidden />}
        disabled={!endpoint.isEnabled}
        onClick={open}
        data-testid="webhook-replay-start"
      >
        {t('integrations.replay.start')}
      </Button>
      <AppModal
        opened={opened}
        onClose={close}
        title={t('integrations.replay.title')}
        data-testid="webhook-replay-modal"
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text fz="sm">{t('integrations.replay.text')}</Text>
            <Text fz="sm" className="wrap-anywhere">
              {t('integrations.replay.confirmText', { url: endpoint.url })}
            </Text>
            <TextInput
              type="datetime-local"
              label={t('integrations.replay.since')}
              description={t('integrations.replay.sinceHint')}
              value={since}
              min={localInputValue(new Date(now.getTime() - LOG_DAYS * DAY_MS))}
              max={localInputValue(now)}
              onChange={(e) => {
                setSince(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              data-testid="webhook-replay-since"
            />
            <FormError error={replay.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('integrations.replay.cancel')}
              </Button>
              <Button type="submit" loading={replay.isPending} data-testid="webhook-replay-confirm">
                {valid
                  ? t('integrations.replay.confirmSince', { date: formatDateTime(at) })
                  : t('integrations.replay.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
