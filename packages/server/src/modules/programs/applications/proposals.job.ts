import { type Actor, offerSubtree } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { recordAudit } from '../../audit/index.ts';
import type { JobResult, JobsService } from '../../jobs/index.ts';
import { findOrgChain } from '../../org/index.ts';
import { programWindow } from '../eligibility.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { programError } from '../programs.errors.ts';
import { getVersion } from '../programs.repository.ts';
import type { ProgramRow, ProgramVersion } from '../programs.types.ts';
import { type ChainOrg, dayWithinPeriod, periodKeyFor, reviewSteps } from '../review-chain.ts';
import type { Decision } from '../rules/index.ts';
import { ruleHeld, selectEligibleSql } from '../rules/index.ts';
import { checkOpen } from './intake.ts';
import { checkRuleProposals } from './proposals.facts.ts';
import { insertProposals, listSubtreeOrgs, PROPOSAL_FIXED_PARAMS } from './proposals.repository.ts';

/**
 * Proposals: the platform evaluates the program's rule over every member of a subtree at once, in SQL,
 * and creates the applications of those who qualify (intake 'proposal'), one INSERT … SELECT per child
 * subtree, each in its own transaction. Existing live applications are skipped by the unique dedupe key
 * (ON CONFLICT DO NOTHING), so running it again only adds what is new.
 */
export interface ProposalsInput {
  /** The application date (sets the period); defaults to today. */
  appliedOn?: string;
}

interface Chunk {
  path: string;
  /** Unions of the chunk with their first review step. */
  orgIds: number[];
  steps: number[];
  stepOrgIds: number[];
}

async function planChunks(sql: Sql, program: ProgramRow, scopePath: string): Promise<Chunk[]> {
  const orgs = await listSubtreeOrgs(sql, { path: scopePath });
  const root = orgs.find((o) => o.path === scopePath);
  if (!root) return [];
  const above = (await findOrgChain(sql, root.id)).filter((a) => a.id !== root.id);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const owner = { id: program.ownerOrgId, path: program.ownerOrgPath, level: program.ownerOrgLevel };
  const stepOf = (o: ChainOrg) => {
    const ancestors = [
      ...above,
      ...o.path
        .split('/')
        .filter(Boolean)
        .map(Number)
        .map((id) => byId.get(id))
        .filter((x): x is ChainOrg & { parentId: number | null } => !!x),
    ];
    return reviewSteps(program.reviewChain, ancestors, owner, {
      applicantOrgId: o.id,
      applicantIsUnion: false,
    })[0];
  };
  const chunkOf = (path: string, members: (ChainOrg & { parentId: number | null })[]): Chunk => {
    const steps = members.map(stepOf);
    return {
      path,
      orgIds: members.map((m) => m.id),
      steps: steps.map((s) => s.step),
      stepOrgIds: steps.map((s) => s.orgId),
    };
  };
  const chunks: Chunk[] = [{ ...chunkOf(root.path, [root]) }];
  for (const child of orgs.filter((o) => o.parentId === root.id)) {
    chunks.push(
      chunkOf(
        child.path,
        orgs.filter((o) => o.path.startsWith(child.path)),
      ),
    );
  }
  return chunks;
}

function proposalDecision(version: ProgramVersion): Decision {
  return ruleHeld(version.rule, {
    zh: '平台根据已有记录批量评估，符合条件：',
    en: 'Proposed by the platform from records it holds; meets: ',
  });
}

async function insertChunk(
  sql: Sql,
  actor: Actor,
  program: ProgramRow,
  version: ProgramVersion,
  chunk: Chunk,
  periodKey: string,
  appliedOn: string,
): Promise<{ eligible: number; created: number }> {
  const subjectKind = program.subjectKind;
  const range = programWindow(program, periodKey);
  const eligible = selectEligibleSql(version.rule, version.amount, {
    ownerPath: program.ownerOrgPath,
    // The evaluation day is the proposal's application date (today within the period by default).
    asOf: appliedOn,
    window: range && { from: range.from, to: range.to },
    scopePath: chunk.path,
    subjectKind,
    onePerPerson: subjectKind ? program.limitMode !== 'per_subject' : undefined,
    onePerSubject: program.limitMode === 'per_subject' && subjectKind === 'patent',
    paramOffset: PROPOSAL_FIXED_PARAMS,
  });
  const dedupe =
    program.limitMode === 'per_subject'
      ? `'subject:' || e.subject_key`
      : program.limitMode === 'none'
        ? `'once:proposal:' || e.person_id || ':' || $3`
        : `'person:' || e.person_id || ':' || $3`;
  const needsChoice = version.amount.kind === 'tier' && version.amount.by === 'choice';
  return insertProposals(
    sql,
    {
      programId: program.id,
      version: version.version,
      periodKey,
      appliedOn,
      decision: JSON.stringify(proposalDecision(version)),
      userId: actor.userId || null,
      username: actor.username,
      actorName: actor.displayName,
      actorOrgId: actor.orgId,
      orgIds: chunk.orgIds,
      steps: chunk.steps,
      stepOrgIds: chunk.stepOrgIds,
      dedupe,
      needsChoice,
    },
    eligible,
  );
}

/**
 * Proposals in the caller's transaction, without a job (demo data, tests): every chunk, one after another.
 */
export async function proposeIn(sql: Sql, actor: Actor, program: ProgramRow, appliedOn: string) {
  checkOpen(program, 'proposal');
  checkRuleProposals(program);
  const periodKey = periodKeyFor(program, appliedOn);
  if (!periodKey) throw new Error(`${appliedOn} is outside the period of program ${program.id}`);
  const version = await getVersion(sql, program.id, program.currentVersion);
  let eligible = 0;
  let created = 0;
  for (const chunk of await planChunks(sql, program, offerSubtree(actor, program.ownerOrgPath))) {
    const r = await insertChunk(sql, actor, program, version, chunk, periodKey, appliedOn);
    eligible += r.eligible;
    created += r.created;
  }
  return { eligible, created };
}

export interface ProposalsRun {
  jobId: number;
  /** Settles when the job finishes (tests await it; the HTTP route does not). */
  done: Promise<JobResult | null>;
}

export async function startProposals(
  db: Db,
  jobs: JobsService,
  actor: Actor,
  programId: number,
  input: ProposalsInput,
  now: Date,
): Promise<ProposalsRun> {
  const program = await getProgramVisible(db, actor, programId);
  checkOpen(program, 'proposal');
  checkRuleProposals(program);
  // The proposing subtree: the owner's, narrowed to the actor's own when the actor sits below the owner.
  const scopePath = offerSubtree(actor, program.ownerOrgPath);
  const appliedOn = input.appliedOn ?? dayWithinPeriod(program, todayInChina(now));
  const periodKey = periodKeyFor(program, appliedOn);
  if (!periodKey) {
    throw programError(
      'PROGRAM_OUTSIDE_PERIOD',
      {
        zh: `日期 ${appliedOn} 不在项目期（${program.periodStart} 至 ${program.periodEnd}）内`,
        en: `${appliedOn} is outside the program period (${program.periodStart} to ${program.periodEnd})`,
      },
      { field: 'appliedOn' },
    );
  }
  const version = await getVersion(db, program.id, program.currentVersion);
  const handle = await jobs.start(actor, 'programs.proposals', {
    orgId: actor.orgId,
    params: { programId, scopePath, periodKey, appliedOn, version: version.version },
  });
  await recordAudit(db, actor, {
    action: 'program.proposals.start',
    entity: 'program',
    entityId: programId,
    orgId: program.ownerOrgId,
    after: { jobId: handle.id, scopePath, periodKey, appliedOn, version: version.version },
  });
  const done = (async (): Promise<JobResult | null> => {
    try {
      const chunks = await planChunks(db, program, scopePath);
      await handle.progress('evaluating', 0, chunks.length);
      let eligible = 0;
      let created = 0;
      for (const [i, chunk] of chunks.entries()) {
        const r = await db.tx((sql) =>
          insertChunk(sql, actor, program, version, chunk, periodKey, appliedOn),
        );
        eligible += r.eligible;
        created += r.created;
        await handle.progress('evaluating', i + 1);
      }
      const result: JobResult = { created, eligible, skipped: eligible - created, periodKey, programId };
      await db.tx(async (sql) => {
        await recordAudit(sql, actor, {
          action: 'program.proposals',
          entity: 'program',
          entityId: programId,
          orgId: program.ownerOrgId,
          after: result,
        });
        await handle.succeedIn(sql, result);
      });
      handle.settled();
      return result;
    } catch (err) {
      await handle.failWith(err).catch(() => undefined);
      return null;
    }
  })();
  return { jobId: handle.id, done };
}
