import { useEffect } from 'react';
import { navigate } from '../router/history.js';
import { FullPageLoader } from './full-page-loader.js';

/** Replaces the current history entry, so Back does not bounce through the guard again. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return <FullPageLoader />;
}
