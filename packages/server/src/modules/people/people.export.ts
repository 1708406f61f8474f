import { type Actor, can, type Subtree } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import { listFileName, listScopeSheet } from '../../shared/export-list.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, wholeTreeName } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { type MemberQuery, memberFilter } from './people.filter.ts';
import { ROW_KEY_HEADER } from './people.import.columns.ts';
import { TEMPLATE_COLUMNS } from './people.import.template.ts';
import { findMembersForExport } from './people.list.repository.ts';
import type { AccountState } from './people.vocabulary.ts';

export interface MemberExportQuery extends Omit<MemberQuery, 'page' | 'pageSize'> {
  unmasked?: boolean;
}

const MODEL_WORKER_ZH: Record<string, string> = { national: '全国', city: '市级', district: '区级' };
const HARDSHIP_ZH: Record<string, string> = { relative: '相对困难', general: '一般困难', deep: '深度困难' };
const yesNo = (b: boolean) => (b ? '是' : '否');
/** The phone account in the list's words (an import reads no such column: it is ignored there). */
const ACCOUNT_STATE_ZH: Record<AccountState, string> = {
  none: '未开通',
  pending: '待激活',
  active: '已激活',
  disabled: '已停用',
};
/** The column of the phone account, after 出生日期 and before the row key (which stays last). */
const ACCOUNT_HEADER = '手机账号';

/** The 说明 sheet beside the members: how to edit the file and import it again. */
const EXPORT_NOTES = [
  '本文件可修改后在“批量导入 → 会员花名册”中导入：先预检，列出每一行将修改的内容，确认后再导入。',
  '最后一列“行标识（请勿修改）”标明每一行是哪一位会员，请勿修改、删除或在行之间复制；导入时按行标识找到会员。',
  '有行标识的行，打码的身份证号（如110105********1234）保持原样即可；身份证号不能通过导入修改。',
  '只有改动过的单元格会被写入；清空的单元格表示清空该项（是/否列除外）。改“所在工会”即办理会员关系转接。',
  '新会员请另起一行，填写完整身份证号，行标识留空。',
];

/**
 * Members of a subtree as .xlsx, in the import template's columns and each row's key (行标识, last), so the
 * file can be edited and imported again; days are Excel dates. ID, bank account and 京卡 numbers are masked
 * unless the role may reveal them and the user asked. Every export, masked or not, is audited as a read of personal
 * data (names, phone numbers), with the number of people in it and whether it was unmasked.
 */
export function createMemberExportService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** The members as a workbook, with the day it was made and its file name (the union listed, the day). */
    async exportMembers(
      actor: Actor,
      q: MemberExportQuery,
    ): Promise<{ buffer: Buffer; count: number; day: string; fileName: string }> {
      if (q.unmasked && !can(actor, 'people.reveal_id')) {
        throw new AppError('forbidden', 'UNMASKED_EXPORT_FORBIDDEN', {
          zh: '您的角色无权导出完整身份证号，请导出脱敏名单',
          en: 'Your role may not export full ID numbers; export the masked list instead',
        });
      }
      const day = todayInChina(clock());
      // the union asked, else the caller's own (the file is named by it); the root for the administrator's whole tree
      const asked = q.orgId ?? actor.orgId;
      const org = asked ? await getOrgInScope(db, actor, asked) : null;
      const whose = org ? org.name : await wholeTreeName(db, actor);
      const scope: Subtree = q.orgId && org ? { path: org.path } : actor;
      const orgId = org?.id ?? null;
      const rows = await findMembersForExport(db, scope, memberFilter(ids, q, day), q.unmasked === true);
      // names and phone numbers are personal data, masked ID numbers or not: every export is a row of the log
      await db.tx((sql) =>
        recordAudit(sql, actor, {
          action: q.unmasked ? 'person.id_number.export' : 'person.export',
          entity: 'person',
          orgId,
          after: {
            count: rows.length,
            orgId: q.orgId ?? null,
            unmasked: q.unmasked === true,
            filters: { ...q, unmasked: undefined },
          },
        }),
      );
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
          bankAccount: (r.bankAccountCipher && ids.decrypt(r.bankAccountCipher)) ?? r.bankAccountMasked ?? '',
          jingka: (r.jingkaCipher && ids.decrypt(r.jingkaCipher)) ?? r.jingkaMasked ?? '',
        };
        return [
          ...TEMPLATE_COLUMNS.map((c) => byKey[c.key]),
          r.gender === 'male' ? '男' : '女',
          r.birthDate,
          ACCOUNT_STATE_ZH[r.accountState],
          ids.rowKey(r.personId),
        ];
      });
      const columnOf = (key: string) => TEMPLATE_COLUMNS.findIndex((c) => c.key === key);
      const birthColumn = TEMPLATE_COLUMNS.length + 1;
      const keyColumn = TEMPLATE_COLUMNS.length + 3;
      const buffer = writeWorkbook([
        {
          name: '会员',
          headers: [...TEMPLATE_COLUMNS.map((c) => c.zh), '性别', '出生日期', ACCOUNT_HEADER, ROW_KEY_HEADER],
          rows: cells,
          textColumns: [
            columnOf('idNumber'),
            columnOf('phone'),
            columnOf('bankAccount'),
            columnOf('jingka'),
            keyColumn,
          ],
          dateColumns: [
            columnOf('joinedOn'),
            columnOf('hardshipFrom'),
            columnOf('hardshipUntil'),
            birthColumn,
          ],
          widths: [
            ...TEMPLATE_COLUMNS.map((c) =>
              c.key === 'idNumber' || c.key === 'union'
                ? 30
                : c.key === 'bankAccount' || c.key === 'jingka'
                  ? 24
                  : 14,
            ),
            8,
            12,
            10,
            22,
          ],
        },
        { name: '说明', headers: ['说明'], rows: EXPORT_NOTES.map((n) => [n]), widths: [110] },
        listScopeSheet(whose, day, { label: '会员数（人）', n: rows.length }),
      ]);
      const fileName = listFileName(whose, '会员名单', day, q.unmasked ? [] : ['脱敏']);
      return { buffer, count: rows.length, day, fileName };
    },
  };
}

export type MemberExportService = ReturnType<typeof createMemberExportService>;
