import type { Bilingual } from '../../shared/errors.ts';
import type { CountDelta } from '../reporting/index.ts';
import type { NewDonation } from './donations.repository.ts';

/** The counts a donation adds: what the union received (by kind), and a fund's income. */
export function donationCounts(
  x: Pick<NewDonation, 'orgId' | 'fundId' | 'kind' | 'receivedOn' | 'amountFen'>,
) {
  const counts: CountDelta[] = [
    { subject: 'donations.received', orgId: x.orgId, on: x.receivedOn, dim: x.kind, n: 1, fen: x.amountFen },
  ];
  if (x.fundId)
    counts.push({
      subject: 'funds.income',
      orgId: x.orgId,
      on: x.receivedOn,
      dim: String(x.fundId),
      n: 1,
      fen: x.amountFen,
    });
  return counts;
}

/** A gift as given on the form or in a register's row. */
export interface Gift {
  kind: 'money' | 'goods';
  amountFen: number;
  item?: string;
  quantity?: number;
  unit?: string;
  /** Given to a fund. */
  fund: boolean;
}

/**
 * Whether a gift is whole: money more than 0 with no goods, goods with an item, a quantity and a unit and no
 * fund (a fund takes money only). The problem names the field; the form (donations.service.ts) and the register
 * (donations.import.ts) both ask here.
 */
export function checkGift(
  gift: Gift,
):
  | { value: { item: string | null; quantity: number | null; unit: string | null } }
  | { problem: Bilingual & { field: 'amountFen' | 'item' | 'quantity' | 'unit' | 'fundId' } } {
  if (gift.kind === 'money') {
    if (gift.amountFen <= 0)
      return {
        problem: { field: 'amountFen', zh: '捐款金额须大于0', en: 'A money donation must be more than 0' },
      };
    if ([gift.item, gift.quantity, gift.unit].some((v) => v !== undefined && v !== null))
      return {
        problem: {
          field: 'item',
          zh: '捐款不填写物品、数量和单位',
          en: 'A money donation has no item, quantity or unit',
        },
      };
    return { value: { item: null, quantity: null, unit: null } };
  }
  if (gift.fund)
    return {
      problem: {
        field: 'fundId',
        zh: '专项基金只接受捐款，物品请捐给工会',
        en: 'A fund receives money only; goods go to a union',
      },
    };
  const field = !gift.item?.trim()
    ? 'item'
    : !gift.quantity
      ? 'quantity'
      : !gift.unit?.trim()
        ? 'unit'
        : null;
  if (field)
    return {
      problem: {
        field,
        zh: '捐赠物品须填写物品名称、数量和单位',
        en: 'Goods need an item, a quantity and a unit',
      },
    };
  return {
    value: {
      item: gift.item?.trim() ?? null,
      quantity: gift.quantity ?? null,
      unit: gift.unit?.trim() ?? null,
    },
  };
}
