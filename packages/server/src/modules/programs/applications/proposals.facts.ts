import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { AppError, type Bilingual } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findPersonById } from '../../people/index.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { programError } from '../programs.errors.ts';
import { findOfferedPresetProgramId, getVersion } from '../programs.repository.ts';
import { submitApplication } from './intake.ts';

/**
 * Proposals from facts another module holds (mentoring pairs and their confirmed sessions, …): the module names
 * the people who meet the program's conditions it alone can see, with those facts in words; each becomes a
 * proposal application (intake 'proposal') that still passes the program's own rule, and carries the facts in
 * its decision so the reviewer reads why it was proposed. A person already proposed or applied for the period
 * is skipped, so running it again only adds what is new.
 */
/** Presets whose proposals only come from facts another module supplies: their rule alone would take everyone. */
export const FACT_PROPOSAL_PRESETS: ReadonlySet<string> = new Set(['bjft-mentoring']);

/** Refuses the rule-based proposals run for a program whose proposals come from another module's facts. */
export function checkRuleProposals(program: { presetKey: string | null }) {
  if (program.presetKey && FACT_PROPOSAL_PRESETS.has(program.presetKey)) {
    throw programError(
      'PROGRAM_INTAKE_NOT_ALLOWED',
      {
        zh: '本项目的推荐名单由业务记录生成（如名师带徒的结对和活动记录），请在相应页面发起推荐',
        en: "This program's proposals come from the facts of another area (e.g. mentoring pairs and sessions); propose from there",
      },
      { presetKey: program.presetKey },
    );
  }
}

export interface FactProposal {
  personId: number;
  /** What the supplying module found, as a clerk reads it ("2 apprentices, 6 confirmed sessions in 2026"). */
  facts: Bilingual;
}

export interface FactProposalsResult {
  programId: number;
  programName: string;
  created: number;
  skipped: number;
  refused: { personId: number; message: Bilingual }[];
}

/** The published program made from `presetKey` that the actor's union is offered (the nearest owner first). */
async function findOfferedPreset(sql: Sql, actor: Actor, presetKey: string): Promise<number> {
  const id = await findOfferedPresetProgramId(sql, actor, presetKey);
  if (id === undefined) {
    throw programError(
      'PROGRAM_NOT_OPEN',
      {
        zh: '本工会没有可提名的已发布助推项目',
        en: 'No published program of this kind is offered to your union',
      },
      { presetKey },
    );
  }
  return id;
}

export async function proposeFromFacts(
  sql: Sql,
  actor: Actor,
  presetKey: string,
  rows: FactProposal[],
  appliedOn: string,
): Promise<FactProposalsResult> {
  const program = await getProgramVisible(sql, actor, await findOfferedPreset(sql, actor, presetKey));
  const version = await getVersion(sql, program.id, program.currentVersion);
  const result: FactProposalsResult = {
    programId: program.id,
    programName: program.name,
    created: 0,
    skipped: 0,
    refused: [],
  };
  for (const row of rows) {
    const person = await findPersonById(sql, row.personId);
    if (!person?.orgId) {
      result.refused.push({
        personId: row.personId,
        message: { zh: '该人员没有在会的会籍', en: 'The person has no active membership' },
      });
      continue;
    }
    try {
      await submitApplication(
        sql,
        actor,
        program,
        version,
        {
          personId: row.personId,
          applicantOrgId: null,
          intake: 'proposal',
          appliedOn,
          supplied: [{ path: 'facts', held: true, seen: null, text: row.facts }],
        },
        person.orgId,
      );
      result.created += 1;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'APPLICATION_DUPLICATE') result.skipped += 1;
      else result.refused.push({ personId: row.personId, message: err.messages });
    }
  }
  await recordAudit(sql, actor, {
    action: 'program.proposals',
    entity: 'program',
    entityId: program.id,
    orgId: actor.orgId,
    after: {
      presetKey,
      appliedOn,
      created: result.created,
      skipped: result.skipped,
      refused: result.refused.length,
    },
  });
  return result;
}
