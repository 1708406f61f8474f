import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { recordAudit } from '../../audit/index.ts';
import { personNoticeInsertSql } from '../../messages/index.ts';
import { getProgramManaged } from '../program-admin.service.ts';
import { claimError, loadClaimProgram } from './claims.plan.ts';

export interface DrawResult {
  programId: number;
  seed: string;
  entries: number;
  winners: number;
  stock: number | null;
  entriesDigest: string;
  drawnAt: string;
}

const LIVE = `('submitted', 'returned', 'approved')`;

/**
 * The lottery draw, once per program, after the window has closed. Winners are the entrants ordered by
 * md5(seed || ':' || person_id) (ties by person id), as many as the stock left (and the budget) allows.
 * The seed, the number of entries and a digest of the entrant list are kept, so anyone can recompute the
 * draw. Winners get approved applications (intake 'claim') and, for money stock, ledger entitlements;
 * the places are taken from the program's usage row by one guarded UPDATE in the same transaction.
 */
export async function drawLottery(
  db: Db,
  actor: Actor,
  programId: number,
  input: { seed?: string | null },
): Promise<DrawResult> {
  return db.tx(async (sql) => {
    const program = await getProgramManaged(sql, actor, programId);
    const cp = await loadClaimProgram(sql, programId);
    if (!program.lottery) {
      throw claimError('invalid', 'CLAIM_NOT_LOTTERY', {
        zh: '本项目为先到先得，不抽签',
        en: 'This program is first come, first served; there is no draw',
      });
    }
    if (!program.claimEndsAt || Date.now() < new Date(program.claimEndsAt).getTime()) {
      throw claimError(
        'conflict',
        'CLAIM_DRAW_TOO_EARLY',
        { zh: '报名尚未结束，结束后才能抽签', en: 'Entries are still open; draw after the window closes' },
        { claimEndsAt: program.claimEndsAt },
      );
    }
    const plan = cp.plan;
    if (!plan) {
      throw claimError('invalid', 'CLAIM_NOT_CLAIMABLE', {
        zh: '抢领时间不在项目期内',
        en: 'The claim window lies outside the program period',
      });
    }
    const seed = input.seed?.trim() || randomBytes(16).toString('hex');
    await sql.query(
      'insert into program_usage (program_id, period_key) values ($1, $2) on conflict do nothing',
      [programId, plan.periodKey],
    );
    // The guard row lock serialises two staff pressing "draw" at once (and any late grant); after it, the
    // second sees the first one's draw. It is the only lock taken before the inserts, as in a grant.
    const usage = await sql.query<{ used: number; budgetUsed: number }>(
      `select quota_used as used, budget_used_fen as "budgetUsed" from program_usage
        where program_id = $1 and period_key = $2 for update`,
      [programId, plan.periodKey],
    );
    const done = await sql.query<{ drawnAt: string }>(
      'select drawn_at as "drawnAt" from claim_draws where program_id = $1',
      [programId],
    );
    if (done.rows.length) {
      throw claimError(
        'conflict',
        'CLAIM_ALREADY_DRAWN',
        { zh: '本项目已抽签，不能重抽', en: 'This program has already been drawn' },
        { drawnAt: done.rows[0].drawnAt },
      );
    }
    const { used, budgetUsed } = usage.rows[0];
    const byQuota = program.quota === null ? Number.MAX_SAFE_INTEGER : Math.max(0, program.quota - used);
    const byBudget =
      program.budgetFen === null || plan.amountFen === 0
        ? Number.MAX_SAFE_INTEGER
        : Math.max(0, Math.floor((program.budgetFen - budgetUsed) / plan.amountFen));
    const places = Math.min(byQuota, byBudget);

    const pool = await sql.query<{ entries: number; digest: string }>(
      `select count(*) as entries,
              md5(coalesce(string_agg(person_id::text, ',' order by person_id), '')) as digest
         from claim_entries where program_id = $1`,
      [programId],
    );
    const { entries, digest } = pool.rows[0];

    const won = await sql.query<{ id: number; personId: number; orgId: number }>(
      `with w as (
         select e.person_id, e.org_id from claim_entries e
          where e.program_id = $1
          order by md5($2::text || ':' || e.person_id::text), e.person_id
          limit $3
       )
       insert into applications (program_id, version, person_id, org_id, period_key, dedupe_key, status, step,
          step_org_id, amount_fen, decision, intake, submitted_by, decided_at)
       select $1, $4, w.person_id, w.org_id, $5, 'person:' || w.person_id || ':' || $5::text, 'approved', $6, $7,
              $8::bigint, $9::jsonb, 'claim', $10, now()
         from w
       on conflict (program_id, dedupe_key) where status in ${LIVE} do nothing
       returning id, person_id as "personId", org_id as "orgId"`,
      [
        programId,
        seed,
        places,
        plan.version,
        plan.periodKey,
        plan.step,
        plan.stepOrgId,
        plan.amountFen,
        JSON.stringify(plan.decision),
        actor.userId || null,
      ],
    );
    const ids = won.rows.map((r) => r.id);
    const persons = won.rows.map((r) => r.personId);
    await sql.query(
      `insert into application_events (application_id, action, step, org_id, data, user_id, username, actor_name,
         actor_org_id)
       select a.id, 'drawn', a.step, a.org_id, jsonb_build_object('seed', $2::text), $3, $4, $5, $6
         from applications a where a.id = any($1::bigint[])`,
      [ids, seed, actor.userId || null, actor.username, actor.displayName, actor.orgId],
    );
    if (plan.amountFen > 0) {
      await sql.query(
        `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
           created_by)
         select 'entitlement', a.amount_fen, a.program_id, a.id, a.period_key, a.person_id, a.org_id, $2
           from applications a where a.id = any($1::bigint[])`,
        [ids, actor.userId || null],
      );
    }
    // Every winner's accounts get the pickup message, in this transaction, in one statement.
    await sql.query(
      `${personNoticeInsertSql({
        from: 'applications a',
        personId: 'a.person_id',
        notice: '$2::jsonb',
        entityId: 'a.id',
        link: "'/m/applications/' || a.id",
      })} where a.id = any($1::bigint[])`,
      [ids, JSON.stringify(plan.grantNotice)],
    );
    await sql.query(
      `update claim_entries e set won = w.app_id is not null, application_id = w.app_id
         from (select x.person_id, x.app_id from unnest($2::bigint[], $3::bigint[]) as x(person_id, app_id)) w
        where e.program_id = $1 and e.person_id = w.person_id`,
      [programId, persons, ids],
    );
    await sql.query('update claim_entries set won = false where program_id = $1 and won is null', [
      programId,
    ]);
    const taken = await sql.query(
      `update program_usage u
          set quota_used = u.quota_used + $3, budget_used_fen = u.budget_used_fen + $3 * $4::bigint
         from programs g
        where u.program_id = $1 and u.period_key = $2 and g.id = u.program_id
          and (g.quota is null or u.quota_used + $3 <= g.quota)
          and (g.budget_fen is null or u.budget_used_fen + $3 * $4::bigint <= g.budget_fen)
        returning 1`,
      [programId, plan.periodKey, ids.length, plan.amountFen],
    );
    if (taken.rows.length !== 1) throw new Error(`draw of program ${programId} would exceed its stock`);
    const saved = await sql.query<{ drawnAt: Date }>(
      `insert into claim_draws (program_id, seed, entries, winners, entries_digest, drawn_by, drawn_by_name)
       values ($1, $2, $3, $4, $5, $6, $7) returning drawn_at as "drawnAt"`,
      [programId, seed, entries, ids.length, digest, actor.userId || null, actor.username],
    );
    await recordAudit(sql, actor, {
      action: 'claim.draw',
      entity: 'program',
      entityId: programId,
      orgId: program.ownerOrgId,
      after: { seed, entries, winners: ids.length, entriesDigest: digest, stock: program.quota },
    });
    return {
      programId,
      seed,
      entries,
      winners: ids.length,
      stock: program.quota,
      entriesDigest: digest,
      drawnAt: new Date(saved.rows[0].drawnAt).toISOString(),
    };
  });
}
