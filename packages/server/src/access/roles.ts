import { MODULE_VOCABULARIES } from '../vocabulary.gen.ts';
import { type PermissionOf, type PermissionWords, unionOf } from '../vocabulary.ts';
import { vocabulary as KERNEL_VOCABULARY } from './access.vocabulary.ts';
import { ADMIN_ROLES, isAdminRole, isOverseer, OVERSEERS, ROLES, type Role } from './role-list.ts';

export { ADMIN_ROLES, isAdminRole, isOverseer, OVERSEERS, ROLES, type Role };

/**
 * Who may call what. Every route declares `config.permission` or `config.public: true`; the request hook refuses a
 * route that declares neither, and a test walks the route table. The permissions are those the kernel
 * (`access.vocabulary.ts`) and every module (`modules/<m>/<m>.vocabulary.ts`, listed in `vocabulary.gen.ts`)
 * declare, each with its names and the built-in roles that hold it (ADR 92).
 */
const VOCABULARIES = [KERNEL_VOCABULARY, ...MODULE_VOCABULARIES] as const;

export type Permission = PermissionOf<(typeof VOCABULARIES)[number]>;

/** Every permission in words, with the roles built with it: the kernel's first, then the modules' in their order. */
export const PERMISSION_WORDS = unionOf<PermissionWords>(VOCABULARIES, 'permissions') as Record<
  Permission,
  PermissionWords
>;

export const PERMISSIONS = Object.keys(PERMISSION_WORDS) as readonly Permission[];

/**
 * What each role is built with. The system administrator (admin) holds self.apply, reaching the worker routes (with
 * no person of their own they answer empty or 404), and selections.judge (seated on no panel, empty or 404), but no
 * audit log: the audit administrator reads it (三员分立).
 */
export const ROLE_PERMISSIONS = {} as Record<Role, ReadonlySet<Permission>>;
for (const role of ROLES) {
  ROLE_PERMISSIONS[role] = new Set(PERMISSIONS.filter((p) => PERMISSION_WORDS[p].roles.includes(role)));
}
