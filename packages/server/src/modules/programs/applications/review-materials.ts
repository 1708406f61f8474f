import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertEvent } from '../application-events.repository.ts';
import { programError } from '../programs.errors.ts';
import type { EvidenceSpec } from '../programs.types.ts';
import { listFiles } from './applications.files.repository.ts';
import { listWaivedKeys } from './applications.repository.ts';

/** A reviewer's explicit exemption of one required material (免提交), with the reason. */
export interface Waiver {
  key: string;
  reason: string;
}

/**
 * Checks and records the waivers of one approval. Strict (one application): a waiver must name a material
 * the program requires and the application lacks, with a reason. Lenient (bulk approval of applications of
 * different programs): waivers of materials an application does not require or already carries are dropped;
 * a blank reason is refused either way. Each waiver becomes a 'waived' event of the application's history.
 * Returns the keys waived now.
 */
export async function recordWaivers(
  sql: Sql,
  actor: Actor,
  app: { id: number; step: number; stepOrgId: number | null },
  required: EvidenceSpec[],
  waivers: Waiver[],
  lenient: boolean,
  effectiveOn?: string,
): Promise<string[]> {
  if (!waivers.length) return [];
  const present = new Set((await listFiles(sql, app.id)).map((f) => f.key));
  const done = new Set<string>();
  for (const [i, w] of waivers.entries()) {
    const spec = required.find((e) => e.key === w.key);
    const reason = w.reason?.trim();
    if (!reason) {
      throw programError(
        'PROGRAM_INVALID',
        {
          zh: `免提交「${spec?.zh ?? w.key}」须填写理由`,
          en: `Waiving "${spec?.en ?? w.key}" needs a reason`,
        },
        { field: `waivers.${i}.reason` },
      );
    }
    if (!spec || present.has(w.key)) {
      if (lenient) continue;
      throw programError(
        'PROGRAM_INVALID',
        spec
          ? { zh: `「${spec.zh}」已提交，无需免除`, en: `"${spec.en}" is attached; nothing to waive` }
          : { zh: '本项目不要求此材料，无需免除', en: 'The program does not require this material' },
        { field: `waivers.${i}.key`, key: w.key },
      );
    }
    if (done.has(w.key)) continue;
    done.add(w.key);
    await insertEvent(sql, actor, {
      applicationId: app.id,
      action: 'waived',
      step: app.step,
      orgId: app.stepOrgId,
      reason,
      data: { key: spec.key, zh: spec.zh, en: spec.en },
      effectiveOn,
    });
  }
  return [...done];
}

/**
 * The final approval needs every required material: attached, or waived by a reviewer (now or at an
 * earlier step). Refuses with the missing materials named.
 */
export async function requireMaterials(sql: Sql, applicationId: number, required: EvidenceSpec[]) {
  if (!required.length) return;
  const have = new Set([
    ...(await listFiles(sql, applicationId)).map((f) => f.key),
    ...(await listWaivedKeys(sql, applicationId)),
  ]);
  const missing = required.filter((e) => !have.has(e.key));
  if (!missing.length) return;
  throw programError(
    'APPLICATION_MATERIALS_MISSING',
    {
      zh: `终审批准前须提交或免除以下材料：${missing.map((e) => e.zh).join('、')}`,
      en: `Before the final approval, attach or waive: ${missing.map((e) => e.en).join(', ')}`,
    },
    { field: 'waivers', missing },
  );
}
