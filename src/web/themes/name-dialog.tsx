import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A small dialog asking for one or two names (a candidate's, or an own theme's in English and German). */
export function NameDialog({
  title,
  fields,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  fields: ReadonlyArray<{ key: string; label: string; initial: string }>;
  busy: boolean;
  error: string | null;
  onSubmit: (values: Record<string, string>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, f.initial])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {fields.map((f, i) => (
            <TextInput
              key={f.key}
              label={f.label}
              value={values[f.key] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.currentTarget.value }))}
              required
              maxLength={80}
              data-autofocus={i === 0 || undefined}
              error={i === 0 ? error : null}
              data-testid={`name-dialog-${f.key}`}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('themeDiscovery.candidates.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="name-dialog-save">
              {t('themeDiscovery.candidates.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
