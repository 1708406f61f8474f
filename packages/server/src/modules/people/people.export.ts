import { type Actor, can, type Subtree } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { writeXlsxFast } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { parseIdNumber } from './idcard.ts';
import { TEMPLATE_COLUMNS } from './people.import.template.ts';
import { findMembersForExport, type MemberFilter } from './people.list.repository.ts';
import type { MemberQuery } from './people.service.ts';

export interface MemberExportQuery extends Omit<MemberQuery, 'page' | 'pageSize'> {
  unmasked?: boolean;
}

const MODEL_WORKER_ZH: Record<string, string> = { national: '全国', city: '市级', district: '区级' };
const HARDSHIP_ZH: Record<string, string> = { relative: '相对困难', general: '一般困难', deep: '深度困难' };
const yesNo = (b: boolean) => (b ? '是' : '否');

/** The filters of GET /api/members: the search text classified as the member list classifies it. */
function memberFilter(ids: IdProtector, q: MemberExportQuery): MemberFilter {
  const f: MemberFilter = {
    isFrontLine: q.isFrontLine,
    isOutdoor: q.isOutdoor,
    isNewEmployment: q.isNewEmployment,
    female: q.female,
    modelWorker: q.modelWorker,
    hardship: q.hardship,
  };
  const text = q.q?.trim();
  if (text) {
    if (parseIdNumber(text).ok) f.idHash = ids.hash(text);
    else if (/^\d{11}$/.test(text)) f.phone = text;
    else if (/^\d{3}[\dXx]$/.test(text)) f.idLastFour = text.toUpperCase();
    else f.namePrefix = text;
  }
  return f;
}

/**
 * Members of a subtree as .xlsx, in the import template's columns (so a corrected export can be imported
 * again). ID numbers are masked unless the role may reveal them and the user asked; an unmasked export
 * is audited as a read of personal data, with the number of people in it.
 */
export function createMemberExportService(db: Db, ids: IdProtector) {
  return {
    async exportMembers(actor: Actor, q: MemberExportQuery): Promise<{ buffer: Buffer; count: number }> {
      if (q.unmasked && !can(actor, 'people.reveal_id')) {
        throw new AppError('forbidden', 'UNMASKED_EXPORT_FORBIDDEN', {
          zh: '您的角色无权导出完整身份证号，请导出脱敏名单',
          en: 'Your role may not export full ID numbers; export the masked list instead',
        });
      }
      let scope: Subtree = actor;
      let orgId = actor.orgId;
      if (q.orgId) {
        const org = await getOrgInScope(db, actor, q.orgId);
        scope = { path: org.path };
        orgId = org.id;
      }
      const rows = await findMembersForExport(db, scope, memberFilter(ids, q), q.unmasked === true);
      if (q.unmasked) {
        await db.tx((sql) =>
          recordAudit(sql, actor, {
            action: 'person.id_number.export',
            entity: 'person',
            orgId,
            after: { count: rows.length, orgId: q.orgId ?? null, filters: { ...q, unmasked: undefined } },
          }),
        );
      }
      const cells = rows.map((r) => {
        const byKey: Record<string, string> = {
          name: r.name,
          idNumber: q.unmasked ? ids.decrypt(r.idCipher) : r.idMasked,
          phone: r.phone ?? '',
          union: r.orgName,
          joinedOn: r.joinedOn,
          employer: r.employerName ?? '',
          frontLine: yesNo(r.isFrontLine),
          outdoor: yesNo(r.isOutdoor),
          newEmployment: yesNo(r.isNewEmployment),
          modelWorker: r.modelWorkerLevel ? MODEL_WORKER_ZH[r.modelWorkerLevel] : '',
          hardship: r.hardshipLevel ? HARDSHIP_ZH[r.hardshipLevel] : '',
          hardshipFrom: r.hardshipFrom ?? '',
          hardshipUntil: r.hardshipUntil ?? '',
        };
        return [...TEMPLATE_COLUMNS.map((c) => byKey[c.key]), r.gender === 'male' ? '男' : '女', r.birthDate];
      });
      const idColumn = TEMPLATE_COLUMNS.findIndex((c) => c.key === 'idNumber');
      const phoneColumn = TEMPLATE_COLUMNS.findIndex((c) => c.key === 'phone');
      const buffer = writeXlsxFast([
        {
          name: '会员 Members',
          headers: [...TEMPLATE_COLUMNS.map((c) => c.zh), '性别', '出生日期'],
          rows: cells,
          textColumns: [idColumn, phoneColumn],
          widths: [
            ...TEMPLATE_COLUMNS.map((c) => (c.key === 'idNumber' || c.key === 'union' ? 30 : 14)),
            8,
            12,
          ],
        },
      ]);
      return { buffer, count: rows.length };
    },
  };
}

export type MemberExportService = ReturnType<typeof createMemberExportService>;
