import { useEffect, useRef } from 'react';
import type { TMe } from '../../shared/contracts/organization.js';
import { useSetActiveOrganization } from '../api/use-set-active-organization.js';
import { FullPageError } from '../components/full-page-error.js';
import { FullPageLoader } from '../components/full-page-loader.js';
import { lastOrganization } from '../session/last-organization.js';

/**
 * A fresh session has no active organization. Reopen the one used last in this browser, or
 * the first one, instead of asking — switching is one click in the header anyway.
 */
export function ActivateOrganization({ me }: { me: TMe }) {
  const activate = useSetActiveOrganization();
  const started = useRef(false);
  const remembered = lastOrganization();
  const target = me.memberships.find((m) => m.id === remembered) ?? me.memberships[0];

  useEffect(() => {
    if (started.current || !target) return;
    started.current = true;
    activate.mutate(target.id);
  }, [activate, target]);

  if (activate.isError) {
    return (
      <FullPageError
        error={activate.error}
        onRetry={() => {
          if (target) activate.mutate(target.id);
        }}
      />
    );
  }
  return <FullPageLoader />;
}
