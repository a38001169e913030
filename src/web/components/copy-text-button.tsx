import { ActionIcon, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface CopyTextButtonProps {
  value: string;
  /** What is copied, for screen readers and the tooltip, e.g. "Copy redirect URI". */
  label: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/** A small icon button that copies `value` and says so. */
export function CopyTextButton({ value, label, disabled = false, ...rest }: CopyTextButtonProps) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('app.copied') : label}>
          <ActionIcon
            variant="light"
            color={copied ? 'teal' : 'ink'}
            size="lg"
            onClick={copy}
            disabled={disabled}
            aria-label={copied ? t('app.copied') : label}
            {...rest}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
