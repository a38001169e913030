/**
 * Who may do what. One table, read by the server (enforced on every route) and by the
 * dashboard (to hide what a person cannot use). PRODUCT.md: agents work cases, analysts
 * read analytics, admins configure, owners also manage members. Plans are the operator's (CLI), no role's.
 */
export const ROLES = ['owner', 'admin', 'analyst', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'org.read': ['owner', 'admin', 'analyst', 'agent'],
  'analytics.read': ['owner', 'admin', 'analyst'],
  'cases.work': ['owner', 'admin', 'agent'],
  'data.write': ['owner', 'admin'],
  'settings.manage': ['owner', 'admin'],
  'apiKeys.manage': ['owner', 'admin'],
  'members.manage': ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
