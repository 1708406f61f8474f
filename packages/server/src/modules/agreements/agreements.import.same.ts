import { formatYuan } from '../../shared/money.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { type RegisterRowError, rowError } from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { MEASURE_LABELS } from './agreements.measures.ts';
import { ENTERPRISE } from './agreements.register.ts';
import type { HeldAgreement } from './agreements.repository.ts';
import { LEVEL_NAMES } from './agreements.types.ts';
import type { AgreementLevel } from './agreements.vocabulary.ts';

/** An agreement of the register as planned (agreements.import.ts): what is compared with the one on record. */
export interface GivenAgreement {
  rowNo: number;
  union: { name: string };
  title: string;
  signedOn: string;
  effectiveOn: string | null;
  expiresOn: string;
  level: AgreementLevel | null;
  employer: string | null;
  note: string | null;
  /** Its measures' cost (fen) and reach, from whichever of its rows gives them (those that do agree). */
  costFen: number | null;
  reach: number | null;
  enterprises: { rowNo: number; uscc: string; workers: number; womenWorkers: number }[];
}

/** The key an agreement is one by: union, kind, title (normalised) and the day signed. */
export const agreementKey = (a: { orgId: number; kind: string; title: string; signedOn: string }) =>
  `${a.orgId}|${a.kind}|${normaliseText(a.title)}|${a.signedOn}`;

/**
 * Whether an agreement of the register is the one on record (the same union, kind, title and day signed) as it
 * stands: the same days in force, level and employer party (each when the rows give it: otherwise inferred),
 * note and measures, and the same enterprises covered with the same workers and women workers. A register sent
 * again whole holds its old agreements: those are skipped, not refused. One that differs is refused (nothing on
 * record is overwritten), each difference naming its row and column. The enterprise's name is not compared: it is
 * kept once per credit code, as its first listing anywhere gave it.
 */
export function sameAsHeld(
  p: GivenAgreement,
  held: HeldAgreement,
  given: { level: boolean; employer: boolean },
  errors: RegisterRowError[],
): boolean {
  const before = errors.length;
  const onRecord = {
    zh: `${p.union.name}于 ${p.signedOn} 签订的「${p.title}」已登记`,
    en: `"${p.title}" signed by ${p.union.name} on ${p.signedOn} is on record`,
  };
  const differ = (rowNo: number, column: string, was: Said, now: Said) => {
    const { zh, en } = differsFromRecord(onRecord, was, now);
    errors.push(rowError(rowNo, column, zh, en));
  };
  const level = (l: AgreementLevel) => LEVEL_NAMES[l] ?? said(l);
  const yuan = (fen: number | null) => said(fen === null ? null : formatYuan(fen));
  if ((p.effectiveOn ?? p.signedOn) !== held.effectiveOn)
    differ(p.rowNo, '生效日期', said(held.effectiveOn), said(p.effectiveOn ?? p.signedOn));
  if (p.expiresOn !== held.expiresOn) differ(p.rowNo, '到期日期', said(held.expiresOn), said(p.expiresOn));
  if (given.level && p.level !== held.level)
    differ(p.rowNo, '合同层级', level(held.level), level(p.level as AgreementLevel));
  if (given.employer && normaliseText(p.employer ?? '') !== normaliseText(held.employer))
    differ(p.rowNo, '企业方', said(held.employer), said(p.employer));
  if (p.costFen !== held.costFen)
    differ(p.rowNo, MEASURE_LABELS.costFen.zh, yuan(held.costFen), yuan(p.costFen));
  if (p.reach !== held.reach) differ(p.rowNo, MEASURE_LABELS.reach.zh, said(held.reach), said(p.reach));
  if ((p.note ?? null) !== (held.note ?? null)) differ(p.rowNo, '备注', said(held.note), said(p.note));
  for (const e of p.enterprises) {
    const kept = held.coverage.get(e.uscc);
    if (!kept) {
      errors.push(
        rowError(
          e.rowNo,
          ENTERPRISE.uscc,
          `${onRecord.zh}，不覆盖此企业（已登记的合同不能由台账增加覆盖企业）`,
          `${onRecord.en} without this enterprise; an agreement on record takes no new enterprises from a register`,
        ),
      );
      continue;
    }
    if (kept.workers !== e.workers) differ(e.rowNo, ENTERPRISE.workers, said(kept.workers), said(e.workers));
    if (kept.women !== e.womenWorkers)
      differ(e.rowNo, ENTERPRISE.womenWorkers, said(kept.women), said(e.womenWorkers));
  }
  const listed = new Set(p.enterprises.map((e) => e.uscc));
  const missing = [...held.coverage.keys()].filter((u) => !listed.has(u)).length;
  if (missing)
    errors.push(
      rowError(
        p.rowNo,
        ENTERPRISE.uscc,
        `${onRecord.zh}，还有${missing}家覆盖企业不在本表中`,
        `${onRecord.en} covering ${missing} more enterprise${missing === 1 ? '' : 's'} than this sheet lists`,
      ),
    );
  return errors.length === before;
}
