import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, type OrgHooks, updateOrgIn } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { ELECTION, err, POST_NAMES } from './elections.errors.ts';
import { committeeOf } from './elections.foundings.steps.ts';
import {
  type CandidateRow,
  findElection,
  findSittingCommittee,
  insertCommittee,
  insertElection,
  listCandidates,
  listElections,
  lockUnionElections,
  type Majority,
  setCommitteeReplaced,
} from './elections.repository.ts';
import { electionSteps } from './elections.steps.ts';
import type { Post } from './elections.vocabulary.ts';

/** An election as recorded: candidates and their votes. */
export interface ElectionInput {
  orgId: number;
  termNo?: number;
  voters: number;
  present: number;
  ballots: number;
  candidates: { name: string; post: Post; votes: number }[];
  effectiveOn?: string;
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

/** Elections as listed and read, and recording one. */
export function createElectionRecords(db: Db, clock: Clock, hooks: OrgHooks = {}) {
  const { unionPath, settingOf } = electionSteps(db, clock);
  return {
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
  };
}
