/** The built-in roles (the kernel's words, ADR 92): a module's permissions name which of them hold it. */
export const ROLES = [
  'admin',
  'manager',
  'staff',
  'reviewer',
  'worker',
  'judge',
  'counsellor',
  'security_admin',
  'audit_admin',
] as const;
/**
 * admin: the system administrator (系统管理员, no union): accounts, unions, configuration, never the audit log;
 * security_admin (安全管理员): roles and permissions, security settings, key rotation; audit_admin (审计管理员): reads
 * and exports the audit log and changes nothing else (三员分立, ADR 78; an account holds at most one of the three);
 * manager: a union's administrator (staff who also manage the
 * accounts of the union's subtree); staff; reviewer; worker: a member on the phone pages (no union role);
 * judge: a selection judge (no union role), who reaches only the panels they sit on; counsellor: a counsellor
 * (心理咨询师) at a union, who reaches only their own slots, bookings and notes (ADR 54).
 */
export type Role = (typeof ROLES)[number];

/** Each role in words, as the web names them (`role.*` in its messages): where the server writes a role for people. */
export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'System administrator' },
  manager: { zh: '单位管理员', en: 'Union administrator' },
  staff: { zh: '工会工作人员', en: 'Union staff' },
  reviewer: { zh: '审核人', en: 'Reviewer' },
  worker: { zh: '职工', en: 'Worker' },
  judge: { zh: '评委', en: 'Judge' },
  counsellor: { zh: '心理咨询师', en: 'Counsellor' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
};

/** The three platform administrators (三员分立): an account never holds two of them (ADR 78). */
export const ADMIN_ROLES = ['admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];
export const isAdminRole = (role: string): boolean => (ADMIN_ROLES as readonly string[]).includes(role);

/** The two administrators that oversee the system administrator (三员分立): their accounts are the operator's (ADR 148). */
export const OVERSEERS = ['security_admin', 'audit_admin'] as const satisfies readonly Role[];
export const isOverseer = (role: string): boolean => (OVERSEERS as readonly string[]).includes(role);
