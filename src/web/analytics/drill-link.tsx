import { Anchor, type AnchorProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { followLink } from '../router/history.js';
import { localeOf, type NumberLocale } from './format-metric.js';

export interface DrillLinkProps extends AnchorProps {
  to: string;
  /** What the link opens, for screen readers and the hover title. */
  label: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** A number that opens the answers behind it: a real link, routed in the app. */
export function DrillLink({ to, label, children, ...rest }: DrillLinkProps) {
  return (
    <Anchor
      href={to}
      aria-label={label}
      title={label}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => followLink(event, to)}
      c="inherit"
      {...rest}
    >
      {children}
    </Anchor>
  );
}

/** The number locale of the interface language. */
export function useNumberLocale(): NumberLocale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language);
}
