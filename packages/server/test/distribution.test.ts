import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { openTestContext, type TestContext } from './factories.ts';

/**
 * The distribution column (docs/scaling.md): every large table carries `federation_id bigint not null`, filled
 * on insert, so that a move to a sharded PostgreSQL distributes it without a rewrite. A table that has the
 * column and a `<table>_federation` insert trigger counts as large; every other table must be listed below
 * with the reason it stays whole. A new module's table fails this test until it is classified one way.
 */

/** Replicated to every node in a sharded setup: small, read by every federation, joined by everything. */
const REFERENCE: Record<string, string> = {
  orgs: 'the tree itself (~10,000 unions); every subtree query joins it',
  org_member_counts: 'one row per union',
  programs: 'one row per program; a program of a city union covers several federations only at the top',
  program_versions: 'a few rows per program',
  program_usage: 'one row per program and period',
  claim_draws: 'one row per drawn program',
  contests: 'one row per contest',
  care_campaigns: 'one row per 送温暖 campaign of a union',
  care_steps: 'a few rows per campaign',
  care_stock: 'one row per item and unit of a campaign (its moves carry the column)',
  contest_events: 'a few rows per contest',
  learning_courses: 'the course catalogue',
  learning_lessons: 'a few rows per course',
  learning_resources: 'the resource catalogue',
  learning_sites: 'one row per learning site',
  learning_licences: 'a few rows per site',
  learning_licence_courses: 'a few rows per licence',
  learning_licence_resources: 'a few rows per licence',
  learning_activities: 'one row per activity (hundreds a year)',
  learning_masters: 'one row per master craftsman (hundreds)',
  selections: 'one row per selection edition',
  selection_categories: 'a few rows per selection',
  selection_criteria: 'a few rows per selection',
  selection_judges: 'a few rows per selection',
  selection_quota_use: 'one row per category and union',
  innovation_alliance_members: 'one row per alliance studio',
  innovation_alliance_spells: 'a few rows per alliance studio: each spell it was a member, joined and left',
  register_imports: 'one row per register import that wrote (a few a year per union)',
  register_files: 'one row per file a register was brought in from (a few a year per union)',
  innovation_annual_reports: 'one row per studio and year',
  innovation_conversions: 'a few rows per achievement converted',
  innovation_mentoring_sessions: 'a few rows per studio and year',
  innovation_problem_milestones: 'a few rows per posted problem',
  innovation_problem_teams: 'a few rows per posted problem',
  innovation_problems: 'posted by enterprises (hundreds a year)',
  innovation_recognition_events: 'a few rows per recognition',
  innovation_recognitions: 'a few rows per studio',
  innovation_reevaluations: 'one row per union and year',
  innovation_studio_levels: 'a few rows per studio',
  innovation_studio_leaders: 'a few rows per studio (who led it from which day)',
  innovation_studio_subsidies: 'one row per studio subsidy',
  innovation_studio_grants: 'a few rows per studio: its grants paid outside the platform',
  innovation_achievement_awards: 'a few rows per awarded achievement',
  schema_migrations: 'the migration ledger',
  case_categories: 'the request categories and their deadlines (a dozen rows)',
  work_calendar: 'the holidays and make-up working days (a few dozen rows a year)',
  case_settings: 'one row: the requests service settings (the after-hours cut-off)',
  funds: 'one row per special fund (a handful per union)',
  fund_years: 'one row per fund and year before the platform',
  returns: 'one row per return a union issues (a few a year)',
  insurance_policies: 'one row per insurance policy of a union (one or two a year)',
  activities: 'one row per activity a union organises (dozens a year)',
  activity_sessions: 'a few rows per activity',
  activity_quotas: 'one row per lower union given places in an activity',
  activity_photos: 'a few photos per activity',
  activity_interests: 'a few marks per participant of a 联谊',
  insurance_claim_steps: 'a few steps per claim (a handful of claims a year)',
  insurance_claim_files: 'a few documents per claim',
  calls: 'one row per call for works a union opens (a few a year)',
  call_categories: 'a few rows per call',
  wellness_programs: 'one row per 疗休养 or 体检 program of a union (a few over years)',
  wellness_institutions: 'one row per sanatorium or check-up centre a union works with',
  wellness_batches: 'one row per batch of a program (dozens a year)',
  election_settings: 'one row per union that sets its own election rules (a handful)',
  congresses: 'one row per enterprise union holding a congress',
  congress_terms: 'one row per term (届) of a congress, every few years',
  congress_delegations: 'a few delegations per term',
  congress_sessions: 'one row per session (次), about one a year per congress',
  congress_motions: 'a few matters put to the vote per session',
  congress_proposal_pledges: 'one row per proposal made a 办实事 project (a few a year per congress)',
};

/** Kept on the primary (the coordinator) whole: sign-in, queues and counters that are not per federation. */
const PRIMARY: Record<string, string> = {
  users: 'sign-in looks an account up by login across federations',
  sessions: 'every request reads its session; sessions stay on the primary',
  role_assignments: 'read with the session on every request',
  activation_codes: 'sign-in: short-lived, by phone',
  phone_change_codes: 'a worker confirming a new number: short-lived, by phone',
  login_attempts: 'sign-in throttling by login and address',
  login_failures: 'sign-in throttling by login and address',
  login_challenge_key: 'one row: the key every instance signs sign-in challenges with',
  login_challenge_uses: 'sign-in challenges already used, kept until they expire',
  setup_token: 'one row per server process started before the first administrator exists',
  jobs: 'the job queue runs on the primary',
  job_row_errors: 'rows of a running job, deleted with it',
  import_staging: 'unlogged staging rows of a running job',
  member_import_changes: 'what a member import changed, row by row, kept 30 days with its job',
  outbox: 'the SMS queue drained by the primary',
  sign_in_codes: 'sign-in by SMS code: short-lived, by phone',
  sign_in_counters: 'rate-limit windows of SMS sign-in codes',
  audit_chain: "one row: the audit chain's head and the archive's anchor",
  key_state: 'one row per key of the ring: which is current, which still in use',
  key_rotations: 'one row per key rotation',
  key_rotation_progress: "a rotation's place per protected table, while it runs",
  key_holders: 'one row per serving process: the keys it can read, while it runs',
  password_history: "a staff account's last few password hashes, read with the account",
  security_settings: 'one row: the platform’s staff account rules',
  role_withdrawals:
    'a few rows: the permissions withdrawn from a role, read with the session on every request',
  mail_settings: "one row per staff account that asked for e-mail, read with the account's messages",
  mail_queue: 'the e-mail queue drained by the primary',
  mail_attempts: 'the e-mail queue’s attempts, with it',
  sms_attempts: "the SMS queue's provider answers, with their message",
  sms_daily: 'one row per federation and day: the SMS budget counter',
  sms_templates: 'a few rows: template ids per provider and purpose',
  sms_preferences: 'a few rows per account: the kinds of message it also gets by SMS',
  onboarding_counters: 'rate-limit windows',
  selection_counters: 'rate-limit windows',
  pickup_failures: 'rate-limit windows of pickup-code guessing',
  card_key: 'one row: the key pair member cards are signed with',
};

/** Large tables whose column is filled otherwise than by a `<table>_federation` trigger, and how. */
const FILLED_OTHERWISE: Record<string, string> = {
  persons: 'home federation: set by registration, enrolment and import; else by the first membership',
  report_presence: 'part of the key: each federation counts its own people (reporting migration 003)',
  card_photos: "the person's federation, read from persons when the photo is stored",
  person_name_parts:
    "the person's federation, written with the name's parts by persons' triggers (people 011)",
};

let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

interface TableFacts {
  name: string;
  column: string | null;
  nullable: boolean;
  trigger: boolean;
}

async function tables(): Promise<TableFacts[]> {
  const { rows } = await db.query<TableFacts>(
    `select c.relname as name, format_type(a.atttypid, a.atttypmod) as column, not coalesce(a.attnotnull, false) as nullable,
            exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_federation') as trigger
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
       left join pg_attribute a on a.attrelid = c.oid and a.attname = 'federation_id' and not a.attisdropped
      where c.relkind in ('r', 'p')
      order by 1`,
  );
  return rows;
}

describe('the distribution column', () => {
  it('every table is either large (with the column and its trigger) or listed with a reason', async () => {
    const all = await tables();
    const unclassified: string[] = [];
    const broken: string[] = [];
    for (const t of all) {
      const listed = t.name in REFERENCE || t.name in PRIMARY;
      if (listed) {
        if (t.column) broken.push(`${t.name}: listed as whole but has federation_id`);
        continue;
      }
      if (!t.column) {
        unclassified.push(t.name);
        continue;
      }
      if (t.column !== 'bigint' || t.nullable)
        broken.push(`${t.name}: federation_id must be bigint not null`);
      if (!t.trigger && !(t.name in FILLED_OTHERWISE))
        broken.push(`${t.name}: no ${t.name}_federation trigger`);
    }
    expect(unclassified, 'add federation_id to these large tables, or list them with a reason').toEqual([]);
    expect(broken).toEqual([]);
    const names = new Set(all.map((t) => t.name));
    const stale = [
      ...Object.keys(REFERENCE),
      ...Object.keys(PRIMARY),
      ...Object.keys(FILLED_OTHERWISE),
    ].filter((n) => !names.has(n));
    expect(stale, 'listed tables that no longer exist').toEqual([]);
  });

  it('the large tables of the core flows are distributed', async () => {
    const large = new Set((await tables()).filter((t) => t.column).map((t) => t.name));
    for (const t of [
      'persons',
      'memberships',
      'records',
      'applications',
      'application_events',
      'ledger_entries',
      'payment_items',
      'claim_entries',
      'audit_log',
      'messages',
      'report_counts',
      'report_presence',
    ])
      expect(large.has(t), t).toBe(true);
  });

  it('rows take the federation of their union, a person that of their first union', async () => {
    const root = await ctx.newRoot();
    const other = await ctx.newRoot();
    const district = await ctx.newOrg(other, 'district');
    const person = await ctx.newPerson(district);
    const fed = async (table: string, where: string, params: unknown[]) =>
      (await db.query<{ f: string }>(`select federation_id::text as f from ${table} where ${where}`, params))
        .rows[0]?.f;
    expect(await fed('persons', 'id = $1', [person.id])).toBe(String(other.id));
    expect(await fed('memberships', 'person_id = $1', [person.id])).toBe(String(other.id));

    // A person registered without a union is placed by their first membership.
    const bare = await db.query<{ id: number }>(
      `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
       values ('未入会', $1, 'x', 'x', '1990-01-01', 'male') returning id`,
      [`distribution:${ctx.unique()}`],
    );
    expect(await fed('persons', 'id = $1', [bare.rows[0].id])).toBe('0');
    await db.query(`insert into memberships (person_id, org_id, joined_on) values ($1, $2, '2024-01-01')`, [
      bare.rows[0].id,
      root.id,
    ]);
    expect(await fed('persons', 'id = $1', [bare.rows[0].id])).toBe(String(root.id));

    // A record no union keeps takes the person's federation; audit rows of no union are platform-wide (0).
    const rec = await db.query<{ id: number }>(
      `insert into records (person_id, kind, occurred_on, year, subject_key, course, fee_fen)
       values ($1, 'training', '2024-05-01', 2024, 'training:distribution', '焊工培训', 0) returning id`,
      [person.id],
    );
    expect(await fed('records', 'id = $1', [rec.rows[0].id])).toBe(String(other.id));
    await db.query(`insert into audit_log (action, entity, entity_id) values ('test', 'distribution', $1)`, [
      String(rec.rows[0].id),
    ]);
    expect(
      await fed('audit_log', 'entity = $1 and entity_id = $2', ['distribution', String(rec.rows[0].id)]),
    ).toBe('0');
  });
});
