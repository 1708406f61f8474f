import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { DEMO_SEED } from '../../../shared/demo-actors.ts';
import type { OrgRow } from '../../org/index.ts';
import { createProgram, publishProgram } from '../program-admin.service.ts';
import { findProgramById } from '../programs.repository.ts';
import type { ProgramRow } from '../programs.types.ts';
import { CHANGPING_PRESETS } from './changping.ts';
import { type DemoActivity, seedDemoActivity } from './demo-activity.ts';
import { FEDERATION_PRESETS } from './federation.ts';
import type { ProgramPreset } from './preset.types.ts';
import { currentCertificateEdition, SHUNYI_2020 } from './shunyi-2020.ts';
import { flashClaimPresets, WELFARE_PRESETS } from './welfare.ts';

export { approveAndPayDemo, type DemoDecision } from './demo-activity.ts';
export type { ProgramPreset } from './preset.types.ts';
export { SHUNYI, SHUNYI_2020, SHUNYI_TRAINING_COURSES } from './shunyi-2020.ts';

/** Every seed program, as data. `now` places this year's editions and the flash-claim windows. */
export function programPresets(now: Date): ProgramPreset[] {
  const year = Number(todayInChina(now).slice(0, 4));
  return [
    ...SHUNYI_2020,
    currentCertificateEdition(year),
    ...FEDERATION_PRESETS,
    ...CHANGPING_PRESETS,
    ...WELFARE_PRESETS,
    ...flashClaimPresets(year, now),
  ];
}

/**
 * Loads the seed programs into the demo data, each validated and published through the same service as a
 * program built in the UI; then, unless `activity` is false, demo records and applications for them.
 * `orgsByName` maps the demo tree's union names to their rows; presets whose owner is missing are skipped.
 */
export async function seedPrograms(
  sql: Sql,
  orgsByName: Map<string, OrgRow>,
  actor: Actor | null = null,
  options: { activity?: boolean; workerIds?: number[]; now: Date },
): Promise<DemoActivity & { programs: number; presetIds: Map<string, number> }> {
  const who = actor ?? DEMO_SEED;
  const now = options.now;
  const created = new Map<string, ProgramRow>();
  const presets = programPresets(now);
  for (const preset of presets) {
    const owner = orgsByName.get(preset.owner);
    if (!owner) continue;
    const prerequisite = preset.prerequisite ? created.get(preset.prerequisite)?.id : undefined;
    const program = await createProgram(sql, who, {
      ...preset.input,
      ownerOrgId: owner.id,
      presetKey: preset.key,
      prerequisiteProgramId: prerequisite ?? null,
    });
    if (!preset.draft) await publishProgram(sql, who, program.id);
    created.set(preset.key, (await findProgramById(sql, program.id)) as ProgramRow);
  }
  const presetIds = new Map([...created].map(([key, p]) => [key, p.id]));
  if (options.activity === false || created.size < presets.length)
    return { programs: created.size, records: 0, applications: 0, pastProgramIds: [], presetIds };
  const activity = await seedDemoActivity({
    sql,
    actor: who,
    orgs: orgsByName,
    programs: created,
    workerIds: options.workerIds ?? [],
    now,
  });
  return { programs: created.size, ...activity, presetIds };
}
