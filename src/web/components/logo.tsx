import { Group, Text } from '@mantine/core';

export interface LogoProps {
  /** On dark backgrounds. */
  inverted?: boolean;
  size?: number;
  /** Hide the word "Resonance" below the `sm` breakpoint (narrow headers). */
  compact?: boolean;
}

/** The mark: a point with waves going out — a voice that resonates. */
export function Logo({ inverted = false, size = 28, compact = false }: LogoProps) {
  const fill = inverted ? '#ffffff' : 'var(--mantine-color-ink-8)';
  const ink = inverted ? '#1c2f5e' : '#ffffff';
  return (
    <Group gap={10} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="8" fill={fill} />
        <circle cx="16" cy="16" r="3.2" fill={ink} />
        <path
          d="M10.3 21.7a8 8 0 0 1 0-11.4M21.7 10.3a8 8 0 0 1 0 11.4"
          fill="none"
          stroke={ink}
          strokeWidth="2.2"
          strokeLinecap="round"
        />
        <path
          d="M6.8 25.2a13 13 0 0 1 0-18.4M25.2 6.8a13 13 0 0 1 0 18.4"
          fill="none"
          stroke={ink}
          strokeOpacity=".55"
          strokeWidth="2.2"
          strokeLinecap="round"
        />
      </svg>
      <Text
        component="span"
        {...(compact ? { visibleFrom: 'sm' as const } : {})}
        fw={700}
        fz={size * 0.66}
        c={inverted ? 'white' : 'dark.8'}
        lh={1}
        style={{ letterSpacing: '-0.01em' }}
      >
        Resonance
      </Text>
    </Group>
  );
}
