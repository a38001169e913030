import { Group, Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  size?: MantineSize;
  closeOnClickOutside?: boolean;
  'data-testid'?: string;
}

/**
 * Mantine's Modal with its header as a plain `div`: the stock header is a `<header>`, which
 * inside the dialog counts as a second banner landmark.
 */
export function AppModal({
  opened,
  onClose,
  title,
  children,
  size = 'md',
  closeOnClickOutside = true,
  ...rest
}: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      size={size}
      centered
      closeOnClickOutside={closeOnClickOutside}
    >
      <Modal.Overlay />
      <Modal.Content {...rest}>
        <Group justify="space-between" wrap="nowrap" px="md" pt="md" pb="xs" gap="md">
          {/* A title may carry a long address (an endpoint URL): it wraps instead of widening the dialog. */}
          <Modal.Title fw={600} fz="lg" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Group>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
