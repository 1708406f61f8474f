import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, type OrgHooks, updateOrgIn } from '../org/index.ts';
import { addCounts, sumCounts } from '../reporting/index.ts';
import { ELECTION, err, POST_NAMES, UNION } from './elections.errors.ts';
import { committeeOf, createFoundingUseCases, DEFAULT_TERM_YEARS } from './elections.foundings.ts';
import { electionFigureNotes } from './elections.notes.ts';
import {
  type CandidateRow,
  type CommitteeRow,
  countOverdueOn,
  countTermsEndingByYear,
  findElection,
  findSettingFor,
  findSittingCommittee,
  insertCommittee,
  insertElection,
  LIST_CAP,
  listCandidates,
  listCommitteesOf,
  listElections,
  listTermsEnding,
  lockUnionElections,
  type Majority,
  type Post,
  setCommitteeReplaced,
  upsertSetting,
} from './elections.repository.ts';
import { statsSheets } from './elections.stats-export.ts';

/**
 * Founding a union (组建) and its elections (换届), issue 28 (ADR 65): a union's committee sits for a term (3 or 5
 * years, the setting of the union or the nearest above it); the union above sees the terms ending within months and
 * the elections overdue; an election records candidates and votes, elects whoever has more than half (of the
 * ballots cast, or of those present, as the setting says) and replaces the committee on its day — the previous
 * ones kept in `committees`. Counted in the reporting layer: `elections.founded` and `elections.founding_members` on
 * the founding day, `elections.held` on the election day; terms due and overdue are read from `committees`.
 */
export interface ElectionInput {
  orgId: number;
  termNo?: number;
  voters: number;
  present: number;
  ballots: number;
  candidates: { name: string; post: Post; votes: number }[];
  effectiveOn?: string;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** A day `months` later (the month's last day when it is shorter). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Elects by the rule: more than half of the ballots cast (`voting`) or of those present. */
export function countVotes(
  e: Pick<ElectionInput, 'voters' | 'present' | 'ballots' | 'candidates'>,
  majority: Majority,
): CandidateRow[] {
  if (e.present > e.voters)
    throw err(
      'invalid',
      'ELECTION_PRESENT_OVER',
      `到会人数（${e.present}）不能多于应到人数（${e.voters}）`,
      `Those present (${e.present}) cannot exceed those entitled to vote (${e.voters})`,
      'present',
    );
  if (e.ballots > e.present)
    throw err(
      'invalid',
      'ELECTION_BALLOTS_OVER',
      `投票数（${e.ballots}）不能多于到会人数（${e.present}）`,
      `Ballots cast (${e.ballots}) cannot exceed those present (${e.present})`,
      'ballots',
    );
  const seen = new Set<string>();
  const base = majority === 'voting' ? e.ballots : e.present;
  const rows = e.candidates.map((c, i) => {
    const name = c.name.trim();
    const post = POST_NAMES[c.post];
    if (seen.has(`${c.post}:${name}`))
      throw err(
        'invalid',
        'ELECTION_CANDIDATE_TWICE',
        `候选人${name}在${post.zh}候选人中出现了两次`,
        `Candidate ${name} is listed twice for ${post.en}`,
        `candidates/${i}/name`,
      );
    seen.add(`${c.post}:${name}`);
    if (c.votes > e.ballots)
      throw err(
        'invalid',
        'ELECTION_VOTES_OVER',
        `候选人${name}（${post.zh}）的得票数（${c.votes}）不能多于投票数（${e.ballots}）`,
        `Candidate ${name} (${post.en}) has ${c.votes} votes, more than the ${e.ballots} ballots cast`,
        `candidates/${i}/votes`,
        { candidate: name },
      );
    return { name, post: c.post, votes: c.votes, elected: c.votes * 2 > base };
  });
  const chairs = rows.filter((c) => c.post === 'chair' && c.elected);
  if (chairs.length !== 1) {
    const need = majority === 'voting' ? '投票数' : '到会人数';
    throw err(
      'invalid',
      chairs.length ? 'ELECTION_TWO_CHAIRS' : 'ELECTION_NO_CHAIR',
      chairs.length
        ? `${chairs.map((c) => c.name).join('、')}都当选主席，主席只能有一名`
        : `没有主席候选人得票超过${need}（${base}）的半数，未选出主席`,
      chairs.length
        ? `${chairs.map((c) => c.name).join(' and ')} would all be chair; a union has one chair`
        : `No candidate for chair has more than half of ${base} votes; no chair was elected`,
      'candidates',
    );
  }
  return rows;
}

export function createElectionsService(db: Db, clock: Clock, hooks: OrgHooks = {}) {
  const today = () => todayInChina(clock());

  async function unionPath(sql: Sql, actor: Actor, orgId: number | undefined, write = false) {
    const id = orgId ?? actor.orgId;
    const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
    if (!path) throw notFound(UNION);
    requireAccess(actor, write ? 'elections.write' : 'elections.read', { orgPath: path });
    return path;
  }

  async function settingOf(sql: Sql, path: string) {
    const s = await findSettingFor(sql, path);
    return {
      termYears: s?.termYears ?? DEFAULT_TERM_YEARS,
      majority: s?.majority ?? ('voting' as Majority),
      fromOrgId: s?.orgId ?? null,
      fromOrgName: s?.orgName ?? null,
    };
  }

  const termView = (c: CommitteeRow, now: string) => {
    const { orgPath: _p, ...rest } = c;
    const daysOverdue = daysBetween(c.endsOn, now);
    return { ...rest, daysOverdue, overdue: daysOverdue > 0 };
  };

  async function stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    const period = statsPeriod(q, today());
    return db.tx(async (sql) => {
      const id = q.orgId ?? actor.orgId;
      const org = id ? await getOrgInScope(sql, actor, id) : null;
      const path = org?.path ?? actor.scopePath;
      if (!path) throw notFound(UNION);
      requireAccess(actor, 'elections.read', { orgPath: path });
      const { from, to, asOf } = period;
      const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      const years = new Map<
        number,
        { year: number; founded: number; foundingMembers: number; held: number; due: number; overdue: number }
      >();
      for (let y = fromYear; y <= toYear; y += 1)
        years.set(y, { year: y, founded: 0, foundingMembers: 0, held: 0, due: 0, overdue: 0 });
      const counted = await sumCounts(sql, {
        subject: ['elections.founded', 'elections.founding_members', 'elections.held'],
        path,
        from,
        to,
        by: ['subject', 'month'],
      });
      for (const c of counted) {
        const r = years.get(Number(c.month.slice(0, 4)));
        if (!r) continue;
        if (c.subject === 'elections.founded') r.founded += c.n;
        else if (c.subject === 'elections.founding_members') r.foundingMembers += c.n;
        else r.held += c.n;
      }
      for (const d of await countTermsEndingByYear(sql, path, from, to)) {
        const r = years.get(d.year);
        if (r) r.due += d.n;
      }
      for (const r of years.values()) {
        const end = [`${r.year}-12-31`, asOf].sort()[0];
        if (end >= `${r.year}-01-01`) r.overdue = await countOverdueOn(sql, path, end);
      }
      const list = [...years.values()];
      const total = list.reduce(
        (t, r) => ({
          founded: t.founded + r.founded,
          foundingMembers: t.foundingMembers + r.foundingMembers,
          held: t.held + r.held,
          due: t.due + r.due,
        }),
        { founded: 0, foundingMembers: 0, held: 0, due: 0 },
      );
      const orgName = org?.name ?? '';
      const overdue = await countOverdueOn(sql, path, asOf);
      return { ...period, orgName, years: list, total, overdue, notes: electionFigureNotes(period), path };
    });
  }

  return {
    ...createFoundingUseCases(db, clock, hooks),

    /** The rules that apply to a union: its own setting, else the nearest above it, else 5 years and `voting`. */
    async getSetting(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        if (!id) throw notFound(UNION);
        return { orgId: id, ...(await settingOf(sql, await unionPath(sql, actor, id))) };
      });
    },

    async putSetting(actor: Actor, b: { orgId: number; termYears: 3 | 5; majority: Majority }) {
      return db.tx(async (sql) => {
        await unionPath(sql, actor, b.orgId, true);
        await upsertSetting(sql, b.orgId, b.termYears, b.majority);
        await recordAudit(sql, actor, {
          action: 'elections.setting',
          entity: 'org',
          entityId: b.orgId,
          orgId: b.orgId,
          after: { termYears: b.termYears, majority: b.majority },
        });
        return { ok: true as const };
      });
    },

    /** Sitting committees of the subtree whose term ends within `months` (default 6) or has ended: the overdue first. */
    async listTerms(actor: Actor, q: { orgId?: number; months?: number }) {
      return db.tx(async (sql) => {
        const path = await unionPath(sql, actor, q.orgId);
        const now = today();
        const until = addMonths(now, q.months ?? 6);
        const { items, total } = await listTermsEnding(sql, { path }, until, LIST_CAP.terms);
        return { asOf: now, until, terms: items.map((c) => termView(c, now)), total };
      });
    },

    /** A union's committees, the sitting one first, each with the days of its term. */
    async listHistory(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        if (!id) throw notFound(UNION);
        await unionPath(sql, actor, id);
        return (await listCommitteesOf(sql, id)).map(({ orgPath: _p, ...c }) => c);
      });
    },

    async listElections(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await unionPath(sql, actor, orgId);
        const { items, total } = await listElections(sql, { path });
        return { items: items.map(({ orgPath: _p, ...e }) => e), total };
      });
    },

    async getElection(actor: Actor, id: number) {
      const e = await findElection(db, id);
      if (!e) throw notFound(ELECTION);
      requireAccess(actor, 'elections.read', { orgPath: e.orgPath });
      const { orgPath: _p, ...rest } = e;
      return { ...rest, candidates: await listCandidates(db, id) };
    },

    /**
     * An election (换届) recorded by the union itself or one above it: the votes elect by the rule, and the committee
     * elected replaces the sitting one on the election's day (after it was elected; a past day needs
     * history.backdate). The union's committee in the tree is updated through the org module.
     */
    async recordElection(actor: Actor, input: ElectionInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'elections.write', { orgPath: org.path });
        if (org.status === 'closed')
          throw err('invalid', 'ORG_CLOSED', `${org.name}已撤销`, `${org.name} is closed`, 'orgId');
        await lockUnionElections(sql, org.id);
        const sitting = await findSittingCommittee(sql, org.id, true);
        const day = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '换届选举', en: 'election' },
          [{ day: org.foundedOn, name: { zh: '工会成立日期', en: 'founding date' } }],
          { now: clock() },
        ).day;
        if (sitting && day <= sitting.electedOn)
          throw err(
            'conflict',
            'ELECTION_NOT_AFTER_SITTING',
            `${org.name}现任第${sitting.termNo}届委员会选举于${sitting.electedOn}，换届选举日期须晚于该日`,
            `${org.name}'s sitting committee (term ${sitting.termNo}) was elected on ${sitting.electedOn}; the election must be later`,
            'effectiveOn',
          );
        const setting = await settingOf(sql, org.path);
        const candidates = countVotes(input, setting.majority);
        const elected = (post: Post) =>
          candidates.filter((c) => c.elected && c.post === post).map((c) => c.name);
        const people = committeeOf({
          chair: elected('chair')[0],
          viceChairs: elected('vice_chair'),
          members: elected('member'),
          auditors: elected('auditor'),
          women: elected('women'),
        });
        const termNo = input.termNo ?? (sitting ? sitting.termNo + 1 : 1);
        const id = await insertElection(
          sql,
          {
            orgId: org.id,
            heldOn: day,
            termNo,
            voters: input.voters,
            present: input.present,
            ballots: input.ballots,
            majority: setting.majority,
            recordedBy: actor.userId || null,
          },
          candidates,
        );
        if (sitting) await setCommitteeReplaced(sql, sitting.id, day);
        await insertCommittee(sql, {
          orgId: org.id,
          termNo,
          electedOn: day,
          termYears: setting.termYears,
          ...people,
          electionId: id,
        });
        await updateOrgIn(
          sql,
          actor,
          org.id,
          {
            committee: {
              electedOn: day,
              term: termNo,
              chair: people.chair,
              viceChairs: people.viceChairs,
              members: people.members,
            },
          },
          hooks,
        );
        await addCounts(sql, [{ subject: 'elections.held', orgId: org.id, on: day, n: 1 }]);
        await recordAudit(sql, actor, {
          action: 'election.record',
          entity: 'election',
          entityId: id,
          orgId: org.id,
          after: { heldOn: day, termNo, chair: people.chair, elected: people.members.length },
        });
        return { id };
      });
    },

    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const { path: _p, ...s } = await stats(actor, q);
      return s;
    },

    /** The statistics by year, and the terms due within six months or overdue on the period's last day, as .xlsx. */
    async statsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const s = await stats(actor, q);
      const terms = await db.tx(async (sql) =>
        (await listTermsEnding(sql, { path: s.path }, addMonths(s.asOf, 6))).items.map((c) =>
          termView(c, s.asOf),
        ),
      );
      return {
        file: writeWorkbook([...statsSheets(s, terms), notesSheet(s.notes)]),
        name: `${s.orgName}组建和换届统计（${periodText(s)}）.xlsx`,
      };
    },
  };
}

export type ElectionsService = ReturnType<typeof createElectionsService>;
