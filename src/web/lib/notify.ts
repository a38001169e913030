import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { errorMessage } from './error-message.js';

function show(message: string, color: string, autoClose: number): void {
  notifications.show({
    message,
    color,
    withBorder: true,
    autoClose,
    closeButtonProps: { 'aria-label': i18next.t('app.close') },
  });
}

export function notifySuccess(message: string): void {
  show(message, 'teal', 4000);
}

export function notifyInfo(message: string): void {
  show(message, 'ink', 8000);
}

export function notifyError(error: unknown): void {
  show(errorMessage(error), 'red', 8000);
}
