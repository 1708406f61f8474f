import type { Actor } from '../../access/access.ts';
import { ROLE_NAMES, type Role } from '../../access/role-list.ts';
import type { Db } from '../../db/db.ts';
import { momentInChina } from '../../shared/dates.ts';
import {
  countOf,
  type ExportedRows,
  listFileName,
  listScopeSheet,
  wholeList,
} from '../../shared/export-list.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { ACTION_LABELS, type AuditAction, type AuditEntity, ENTITY_LABELS } from './audit.catalog.ts';
import { changeLines } from './audit.changes.ts';
import { type AuditNames, type AuditQuery, listAudit, recordAudit } from './audit.service.ts';

/** What a list's export declares: how to read a page of it, what it refuses to cut, its sheet, its log row, its file. */
export interface ListExport<T> {
  list: (paging: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>;
  rows: ExportedRows;
  sheet: (items: T[]) => XlsxSheet | Promise<XlsxSheet>;
  /** The log row's action, entity and union; its `after` is the filter and the number of rows. */
  audit: { action: AuditAction; entity: AuditEntity; orgId?: number | null };
  /** What its file says (listFileName): whose list (the union's name, null for 全部工会), what, as of which day. */
  file: { union: string | null; what: string; day: string; notes?: readonly string[] };
}

/**
 * A filtered list as one .xlsx sheet: every row it holds (more than EXPORT_MAX is refused, never cut), with its 范围
 * sheet saying whose list, as of which day, of how many rows (listScopeSheet), and the export written to the log
 * with its filter `q` and the number of rows.
 */
export async function exportList<T>(db: Db, actor: Actor, q: object, spec: ListExport<T>) {
  const items = await wholeList(spec.list, spec.rows);
  const { union, what, day, notes } = spec.file;
  const buffer = writeWorkbook([
    await spec.sheet(items),
    listScopeSheet(union, day, countOf(spec.rows.noun, items.length)),
  ]);
  await recordAudit(db, actor, { ...spec.audit, after: { ...q, rows: items.length } });
  return { buffer, fileName: listFileName(union, what, day, notes) };
}

/** A value whose owner says it in words (a program's rule, amount, record kind: programs); null for the rest. */
export type AuditOwnWords = (
  entity: string,
  field: string,
  value: unknown,
  lang: 'zh' | 'en',
) => string | null;

/** What a failed sign-in that named no account typed, as its row keeps it (masked), for the object column. */
function typedLogin(r: { action: string; after: unknown }): string {
  if (r.action !== 'auth.login_failed' || typeof r.after !== 'object' || r.after === null) return '';
  const said = r.after as { loginMasked?: unknown; phone?: unknown };
  return String(said.loginMasked ?? said.phone ?? '');
}

/**
 * The log as filtered, as .xlsx: when (China time, to the second), who and for which union, what (in words), on
 * which object (by name where it is a member, a union, an account or a role; a failed sign-in that named no account by the login it
 * typed, masked), the union concerned, the address, and what changed (变更内容: each field in words with its
 * old and new value, a line each, as the audit page says it — audit.changes.ts; values as the row keeps them, so
 * numbers the row keeps masked stay masked); the file is named by the day it is as of. The export is itself
 * written to the log.
 */
export async function exportAudit(
  db: Db,
  names: AuditNames,
  actor: Actor,
  q: Omit<AuditQuery, 'page' | 'pageSize'>,
  today: string,
  ownWords?: AuditOwnWords,
) {
  return exportList(db, actor, q, {
    list: (paging) => listAudit(db, names, { ...q, ...paging }),
    rows: {
      code: 'AUDIT_EXPORT_TOO_MANY',
      noun: { zh: '日志', unit: '条', en: 'log rows' },
      narrow: { zh: '请缩小日期范围或按操作筛选', en: 'narrow the dates or filter by action' },
    },
    sheet: (items) => ({
      name: '操作日志',
      headers: [
        '时间',
        '操作人',
        '操作人单位',
        '操作',
        '对象类型',
        '对象',
        '相关工会',
        'IP 地址',
        '变更内容',
      ],
      widths: [20, 12, 28, 28, 14, 24, 28, 16, 60],
      // what changed is text, never a figure to sum
      textColumns: [8],
      rows: items.map((r) => [
        momentInChina(r.at, { seconds: true }),
        r.actorName ?? (r.ip && r.ip !== 'cli' ? '未登录的访问者' : '系统'),
        r.actorOrgName ?? '',
        ACTION_LABELS[r.action as AuditAction]?.zh ?? '其他操作',
        ENTITY_LABELS[r.entity as AuditEntity]?.zh ?? '其他',
        r.entityName ??
          (r.entity === 'role' && r.entityId && r.entityId in ROLE_NAMES
            ? ROLE_NAMES[r.entityId as Role].zh
            : r.entityId
              ? `#${r.entityId}`
              : typedLogin(r)),
        r.orgName ?? '',
        r.ip ?? '',
        changeLines(r.entity, r.before, r.after, {
          lang: 'zh',
          names: { unions: r.unionNames, persons: r.personNames, categories: r.categoryNames },
          own: ownWords && ((entity, field, value) => ownWords(entity, field, value, 'zh')),
        }).join('\n'),
      ]),
    }),
    audit: { action: 'audit.export', entity: 'audit' },
    // the platform's log, whichever union asked: every union's (全部工会)
    file: { union: null, what: '操作日志', day: today },
  });
}
