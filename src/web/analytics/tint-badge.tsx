import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { NPS_COLORS } from '../contacts/nps.js';

/** Dark text on a light tint (the NPS colours, AA at badge size): Mantine's light badges fall short at 11 px. */
const TONES = {
  thin: NPS_COLORS.passive,
  higher: NPS_COLORS.promoter,
  lower: NPS_COLORS.detractor,
} as const;

export interface TintBadgeProps extends BadgeProps {
  tone: keyof typeof TONES;
  children: ReactNode;
  title?: string;
  'data-testid'?: string;
  'data-verdict'?: string;
}

export function TintBadge({ tone, children, ...rest }: TintBadgeProps) {
  return (
    <Badge
      variant="filled"
      {...rest}
      style={{ background: TONES[tone].tint, color: TONES[tone].text, flexShrink: 0 }}
    >
      {children}
    </Badge>
  );
}
