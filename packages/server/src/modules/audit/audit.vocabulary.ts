/**
 * Every action and object type the audit log holds. `recordAudit` accepts only these, and the web app has a
 * label in Chinese and English for each (a web test checks it), so no internal code reaches the screen.
 */
export const AUDIT_ACTIONS = [
  'account.activate',
  'application.approve',
  'application.approve_step',
  'application.batch',
  'application.file.read',
  'application.files.add',
  'application.reject',
  'application.resubmit',
  'application.return',
  'application.submit',
  'application.withdraw',
  'auth.change_password',
  'auth.login',
  'auth.switch_role',
  'claim.draw',
  'join_request.accept',
  'join_request.create',
  'join_request.decline',
  'ledger.reverse',
  'org.close',
  'org.create',
  'org.move',
  'org.update',
  'payment_batch.cancel',
  'payment_batch.create',
  'payment_batch.export',
  'payment_batch.export.id_numbers',
  'payment_batch.paid',
  'person.create',
  'person.id_number.export',
  'person.id_number.read',
  'person.import',
  'person.transfer',
  'person.update',
  'person.update_self',
  'program.close',
  'program.create',
  'program.proposals',
  'program.proposals.start',
  'program.publish',
  'program.update',
  'record.create',
  'record.delete',
  'record.import',
  'setup.first_admin',
  'user.create',
  'user.disable',
  'user.enable',
  'user.import',
  'user.reset_password',
  'user.update',
] as const;

export const AUDIT_ENTITIES = [
  'application',
  'job',
  'join_request',
  'ledger_entry',
  'org',
  'payment_batch',
  'person',
  'program',
  'record',
  'user',
] as const;

/** The fields of an audited record that hold a union's id; the log answers their names beside them. */
export const AUDIT_UNION_FIELDS = [
  'orgId',
  'parentId',
  'newParentId',
  'stepOrgId',
  'applicantOrgId',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
