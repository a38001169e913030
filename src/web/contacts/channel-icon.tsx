import { ThemeIcon } from '@mantine/core';
import {
  IconClipboardCheck,
  IconDots,
  IconMail,
  IconMessage2,
  IconMessageCircle,
  IconPhone,
  IconShare,
  IconStar,
  IconTicket,
  type Icon,
} from '@tabler/icons-react';

const ICONS: Record<string, Icon> = {
  survey: IconClipboardCheck,
  review: IconStar,
  social: IconShare,
  chat: IconMessageCircle,
  email: IconMail,
  ticket: IconTicket,
  call: IconPhone,
  message: IconMessage2,
};

/** The channel's icon; decorative, the channel's name is always written next to it. */
export function ChannelIcon({ channel }: { channel: string }) {
  const Icon = ICONS[channel] ?? IconDots;
  return (
    <ThemeIcon variant="light" radius="xl" size={34} color="ink">
      <Icon size={18} stroke={1.7} aria-hidden />
    </ThemeIcon>
  );
}
