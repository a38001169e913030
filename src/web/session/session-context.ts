import { createContext, useContext } from 'react';
import type { TMe } from '../../shared/contracts/organization.js';
import type { Role } from '../../shared/roles.js';

/** The signed-in person inside the dashboard, with the organization they are working in. */
export interface Session {
  me: TMe;
  organizationId: string;
  organizationName: string;
  role: Role;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside of a signed-in dashboard page');
  return session;
}
