import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/organization/access';

/**
 * better-auth's organization plugin checks its own endpoints (invite, remove member,
 * change role, update organization) against these roles. They mirror shared/roles.ts:
 * only owners manage members and invitations; admins may rename the organization.
 */
export const ac = createAccessControl(defaultStatements);

export const orgRoles = {
  owner: ac.newRole({
    organization: ['update', 'delete'],
    member: ['create', 'update', 'delete'],
    invitation: ['create', 'cancel'],
    team: [],
    ac: [],
  }),
  admin: ac.newRole({ organization: ['update'], member: [], invitation: [], team: [], ac: [] }),
  analyst: ac.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
  agent: ac.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
};
