import type { Actor } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { getOrgInScope } from '../../org/index.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { formatYuan, programError } from '../programs.errors.ts';
import { listItems, listPayable, type PaymentItem, type PaymentMethod } from './payments.repository.ts';

/** The method's account, named for messages ("银行卡号", "bank account number"). */
export const ACCOUNT_NAMES: Record<PaymentMethod, { zh: string; en: string }> = {
  bank: { zh: '银行卡号', en: 'bank account number' },
  jingka: { zh: '京卡号', en: 'Jingka card number' },
};

/** A person paid by a batch who has no account for its method: the bank or 京卡 office cannot pay them. */
export interface ItemWithoutAccount {
  applicationId: number;
  personId: number;
  personName: string;
  personIdMasked: string | null;
  orgName: string;
}

/** The items paying a person without an account for `method` (a union payee is not checked). */
export function itemsWithoutAccount(
  items: Omit<PaymentItem, 'id' | 'about'>[],
  method: PaymentMethod,
): ItemWithoutAccount[] {
  return items.flatMap((i) =>
    i.personId === null || (method === 'bank' ? i.hasBankAccount : i.hasJingka)
      ? []
      : [
          {
            applicationId: i.applicationId,
            personId: i.personId,
            personName: i.personName ?? '',
            personIdMasked: i.personIdMasked,
            orgName: i.orgName,
          },
        ],
  );
}

/** What the clerk saw before creating a batch: the applications it pays and its total. */
export interface BatchExpectation {
  applicationIds: number[];
  totalFen: number;
}

/** The union whose subtree a batch pays (the actor's own by default) and the program, both in scope. */
export async function resolveBatchTarget(
  sql: Sql,
  actor: Actor,
  input: { programId: number; orgId?: number },
) {
  const orgId = input.orgId ?? actor.orgId;
  if (!orgId)
    throw programError('PROGRAM_INVALID', { zh: '请指定工会', en: 'Choose the union' }, { field: 'orgId' });
  const org = await getOrgInScope(sql, actor, orgId);
  const program = await getProgramVisible(sql, actor, input.programId);
  return { org, program };
}

/**
 * The batch a creation would make now, without making it: every application it pays, the subtotal of each
 * union, the grand total, and the people it pays who have no account for its method (bank by default). Same
 * permission and scope as creating.
 */
export async function previewPaymentBatch(
  db: Db,
  actor: Actor,
  input: { programId: number; orgId?: number; method?: PaymentMethod },
) {
  const method = input.method ?? 'bank';
  const { org, program } = await resolveBatchTarget(db, actor, input);
  const items = await listPayable(db, program.id, { path: org.path });
  const unions = new Map<number, { orgId: number; orgName: string; itemCount: number; totalFen: number }>();
  for (const i of items) {
    const u = unions.get(i.orgId) ?? { orgId: i.orgId, orgName: i.orgName, itemCount: 0, totalFen: 0 };
    u.itemCount += 1;
    u.totalFen += i.amountFen;
    unions.set(i.orgId, u);
  }
  return {
    programId: program.id,
    programName: program.name,
    orgId: org.id,
    orgName: org.name,
    itemCount: items.length,
    totalFen: items.reduce((s, i) => s + i.amountFen, 0),
    method,
    withoutAccount: itemsWithoutAccount(items, method),
    byUnion: [...unions.values()].sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh')),
    items,
  };
}

/**
 * After the batch is filled, in its transaction: the batch must pay exactly the previewed applications and
 * total. When entitlements were approved, reversed or paid in between, the creation is refused (and rolled
 * back) with both figures, so the clerk previews again instead of signing off a different sum.
 */
export async function requireAsPreviewed(sql: Sql, batchId: number, expected: BatchExpectation) {
  const items = await listItems(sql, batchId);
  const now = new Set(items.map((i) => Number(i.applicationId)));
  const previewed = new Set(expected.applicationIds);
  const totalFen = items.reduce((s, i) => s + i.amountFen, 0);
  const added = [...now].filter((id) => !previewed.has(id));
  const removed = [...previewed].filter((id) => !now.has(id));
  if (!added.length && !removed.length && totalFen === expected.totalFen) return;
  throw programError(
    'PAYMENT_PREVIEW_STALE',
    {
      zh: `待发放款项已变化：预览为 ${previewed.size} 笔共 ${formatYuan(expected.totalFen)} 元，现为 ${now.size} 笔共 ${formatYuan(totalFen)} 元。请重新预览后再创建`,
      en: `The payable entitlements changed: previewed ${previewed.size} for ¥${formatYuan(expected.totalFen)}, now ${now.size} for ¥${formatYuan(totalFen)}. Preview again before creating`,
    },
    {
      field: 'expected',
      previewed: { itemCount: previewed.size, totalFen: expected.totalFen },
      now: { itemCount: now.size, totalFen },
      added,
      removed,
    },
  );
}
