import { notifications } from '@mantine/notifications';
import { errorMessage } from './error-message.js';

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', withBorder: true, autoClose: 4000 });
}

export function notifyError(error: unknown): void {
  notifications.show({ message: errorMessage(error), color: 'red', withBorder: true, autoClose: 8000 });
}

export function notifyInfo(message: string): void {
  notifications.show({ message, color: 'ink', withBorder: true, autoClose: 8000 });
}
