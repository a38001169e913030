import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { followLink } from '../router/history.js';

export interface LinkButtonProps extends ButtonProps {
  to: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** A button-styled in-app link. */
export function LinkButton({ to, children, ...rest }: LinkButtonProps) {
  return (
    <Button component="a" href={to} onClick={(event) => followLink(event, to)} {...rest}>
      {children}
    </Button>
  );
}
