/**
 * Response shapes of better-auth's organization endpoints (the library owns them, see
 * better-auth/dist/plugins/organization). Only the fields the dashboard reads. Dates arrive
 * as ISO strings.
 */
export interface TAuthMember {
  id: string;
  organizationId: string;
  userId: string;
  role: string;
  createdAt: string;
  user: { id: string; name: string; email: string };
}

export interface TAuthMemberList {
  members: TAuthMember[];
  total: number;
}

export interface TAuthInvitation {
  id: string;
  organizationId: string;
  email: string;
  role: string;
  status: string;
  expiresAt: string;
  createdAt?: string;
}

export interface TAuthInvitationDetails extends TAuthInvitation {
  organizationName: string;
  organizationSlug: string;
  inviterEmail: string;
}

export interface TAuthOrganization {
  id: string;
  name: string;
  slug: string;
}

export interface TAuthAccepted {
  member: { organizationId: string };
}
