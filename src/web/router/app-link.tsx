import { Anchor, type AnchorProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { followLink } from './history.js';

export interface AppLinkProps extends AnchorProps {
  to: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** An in-app link: a real `<a href>` (middle click, copy link work) that navigates without a reload. */
export function AppLink({ to, children, ...rest }: AppLinkProps) {
  return (
    <Anchor href={to} onClick={(event: MouseEvent<HTMLAnchorElement>) => followLink(event, to)} {...rest}>
      {children}
    </Anchor>
  );
}
