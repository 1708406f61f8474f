import type { Permission } from './access.ts';
import { PERMISSION_WORDS } from './roles.ts';

/**
 * Every permission in words, as the roles page (角色与权限, ADR 85) shows it: no key reaches a screen. Each is declared
 * with its permission in its module's vocabulary (ADR 92); a test checks that each has both names.
 */
export const PERMISSION_NAMES: Record<Permission, { zh: string; en: string }> = PERMISSION_WORDS;
