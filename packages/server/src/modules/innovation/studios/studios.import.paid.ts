import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  refuseRows,
  rowError,
} from '../../../shared/register-sheet.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { SUBSIDY_PRESET } from './studios.grant-kinds.ts';
import { checkStudioGrant, grantLookups, type PlannedGrant, writeStudioGrants } from './studios.grants.ts';
import { type Key, STUDIO_REGISTER } from './studios.register.ts';

/** What the studios register needs of a studio's plan to record its subsidies paid outside the platform. */
export interface PaidStudio {
  name: string;
  orgId: number;
  orgPath: string;
  levels: { rowNo: number; level: StudioLevel; on: string; paid: PaidOutside | null }[];
}

/** A recognition subsidy paid outside the platform: its amount (fen) and day. */
export interface PaidOutside {
  fen: number;
  on: string;
}

/**
 * A row's recognition subsidy paid outside the platform, with its amount and day (the day recognised when not
 * given); a row that gives an amount it cannot have is told why in `errors`. A check over a cell that did not
 * parse (the level, the day recognised, the subsidy's kind or day: `level`/`on` undefined) is skipped; such a row
 * has nothing recorded.
 */
export function paidOutside(
  row: RegisterRow<Key>,
  level: StudioLevel | undefined,
  on: string | undefined,
  errors: RegisterRowError[],
): PaidOutside | null {
  const { rowNo, values: v } = row;
  if (!readOk(row, 'subsidyAmount')) return null;
  const paidOn = readOk(row, 'subsidyPaidOn') ? cellText(v.subsidyPaidOn) : null;
  if (v.subsidyAmount === null) {
    if (paidOn) errors.push(rowError(rowNo, '认定助推发放金额', '请填写发放金额', 'Give the amount paid'));
    return null;
  }
  const refuse = (zh: string, en: string) => {
    errors.push(rowError(rowNo, '认定助推发放金额', zh, en));
    return null;
  };
  if (level !== undefined && !SUBSIDY_PRESET[level])
    return refuse(
      '只有市级、市级示范性认定有认定助推',
      'Only a city or city-demonstration recognition has a subsidy',
    );
  if (readOk(row, 'subsidy') && v.subsidy !== 'outside')
    return refuse(
      '发放金额只填平台外已发放的认定助推（「认定助推」填「平台外已发放」）',
      'An amount is given only for a subsidy paid outside the platform ("recognition subsidy": paid outside the platform)',
    );
  const fen = Number(v.subsidyAmount);
  if (!(fen > 0)) return refuse('发放金额须大于0', 'The amount paid must be above 0');
  if (paidOn && on !== undefined && paidOn < on) {
    errors.push(
      rowError(
        rowNo,
        '认定助推发放日期',
        `发放日期 ${paidOn} 早于认定日期 ${on}`,
        `Paid on ${paidOn}, before the recognition on ${on}`,
      ),
    );
    return null;
  }
  if (row.unread || on === undefined) return null;
  return { fen, on: paidOn ?? on };
}

/**
 * The recognition subsidies the rows say were paid outside the platform, recorded as the grants register records
 * one (approved on the day recognised, counted in its year); a studio's subsidy already on record refuses the file.
 */
export async function writePaidOutside(
  sql: Sql,
  actor: Actor,
  plans: PaidStudio[],
  idOf: Map<PaidStudio, number>,
  now: Date,
): Promise<void> {
  const look = grantLookups(sql);
  const planned: PlannedGrant[] = [];
  const errors: RegisterRowError[] = [];
  for (const p of plans) {
    const studio = { id: idOf.get(p) as number, orgId: p.orgId, orgPath: p.orgPath, name: p.name };
    for (const l of p.levels) {
      if (!l.paid) continue;
      const checked = await checkStudioGrant(look, actor, studio, {
        kind: l.level as 'city' | 'city_demonstration',
        year: Number(l.on.slice(0, 4)),
        amountFen: l.paid.fen,
        approvedOn: l.on,
        outside: true,
        paidOn: l.paid.on,
      });
      if (checked instanceof AppError)
        errors.push(rowError(l.rowNo, '认定助推发放金额', checked.messages.zh, checked.messages.en));
      else planned.push(checked);
    }
  }
  // the file's rows: one a level, every row of the file being in a plan once nothing else refused it
  const rows = plans.reduce((n, p) => n + p.levels.length, 0);
  if (errors.length) throw refuseRows(STUDIO_REGISTER.title, errors, rows);
  await writeStudioGrants(sql, actor, planned, now);
}
