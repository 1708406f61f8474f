import { formatYuan } from '../../../shared/money.ts';
import { differsFromRecord, type Said, said } from '../../../shared/register-same.ts';
import { STUDIO_GRANTS } from './studios.grant-kinds.ts';
import {
  type GrantLookups,
  type GrantStudio,
  LIVE,
  type StudioGrantInput,
  samePayment,
} from './studios.grants.ts';

/** A difference of a row from the grant on record: the column it names and what it says. */
export interface GrantDifference {
  column: string;
  zh: string;
  en: string;
}

const yesNo = (b: boolean): Said => (b ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });
const yuan = (fen: number | null) => said(fen === null ? null : formatYuan(fen));

/**
 * A row of the register that the studio's grants refuse as on record already (a register sent again whole), read
 * against what is on record: `'same'` when the row gives it as it stands, skipped and counted; its differences
 * otherwise, each naming its column (nothing on record is overwritten); null when the row is not a grant on record
 * after all (a payment of a repeated kind whose records the sheet's rows above have taken: the refusal stands).
 * A payment of a repeated kind (expert fees, stipends) is its amount, days and note: one given again is that payment,
 * each payment on record taken by one row. A once-only grant is its subject (the studio's project of a year, its
 * support, its recognition subsidy): the row is compared with the grant paid outside the platform (whether paid
 * outside, the year, amount, days and note) or with the application paid through it (whether paid outside, the
 * amount, approved on the day; the application's note is not among what the programs module answers of it).
 */
export async function grantOnRecord(
  look: GrantLookups,
  studio: GrantStudio,
  g: StudioGrantInput,
  taken: Set<number>,
): Promise<'same' | GrantDifference[] | null> {
  const def = STUDIO_GRANTS[g.kind];
  const outside = (await look.outside(studio.id)).filter((x) => x.presetKey === def.presetKey);
  if (def.once === false) {
    const kept = outside.find((x) => !taken.has(x.id) && samePayment(x, g));
    if (!kept) return null;
    taken.add(kept.id);
    return 'same';
  }
  const subjectKey = def.subject(studio.id, g.year);
  const onRecord = {
    zh: `${studio.name}的${def.label.zh}已有记录`,
    en: `${studio.name}'s ${def.label.en} is on record`,
  };
  const out: GrantDifference[] = [];
  const differ = (column: string, was: Said, now: Said) =>
    out.push({ column, ...differsFromRecord(onRecord, was, now) });
  const paid = outside.find((x) => x.subjectKey === subjectKey);
  if (paid) {
    if (!g.outside) differ('平台外发放', yesNo(true), yesNo(false));
    if (paid.year !== g.year) differ('年度', said(paid.year), said(g.year));
    if (paid.amountFen !== g.amountFen) differ('金额（元）', yuan(paid.amountFen), yuan(g.amountFen));
    if (paid.approvedOn !== g.approvedOn) differ('批准日期', said(paid.approvedOn), said(g.approvedOn));
    if (g.outside && paid.paidOn !== g.paidOn) differ('发放日期', said(paid.paidOn), said(g.paidOn));
    if ((paid.note ?? '').trim() !== (g.note ?? '').trim()) differ('备注', said(paid.note), said(g.note));
    return out.length ? out : 'same';
  }
  const live = (await look.applications(studio.id)).find(
    (a) => a.presetKey === def.presetKey && a.subjectKey === subjectKey && LIVE.has(a.status),
  );
  if (!live) return null;
  if (g.outside) differ('平台外发放', yesNo(false), yesNo(true));
  if (live.amountFen !== g.amountFen) differ('金额（元）', yuan(live.amountFen), yuan(g.amountFen));
  if (live.status !== 'approved')
    differ(
      '批准日期',
      {
        zh: `平台申请 ${live.applicationId} 尚未批准`,
        en: `application ${live.applicationId}, not yet approved`,
      },
      said(g.approvedOn),
    );
  else if (live.decidedOn !== g.approvedOn) differ('批准日期', said(live.decidedOn), said(g.approvedOn));
  return out.length ? out : 'same';
}
