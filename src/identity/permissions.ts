import type { TenantRole } from '../repositories/membership.repository.js';

/**
 * What each permission needs. Tenant permissions are granted by a membership role (or an API
 * client's roles) in the tenant addressed; platform administrators hold every permission.
 */
export const PERMISSIONS = {
  'tenant.read': ['admin', 'uploader', 'reader'],
  'tenant.upload': ['admin', 'uploader'],
  'clients.manage': ['admin'],
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
  'audit.read': ['admin'],
  'platform.tenants': [],
} as const satisfies Record<string, readonly TenantRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleGrants(role: TenantRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly TenantRole[]).includes(role);
}
