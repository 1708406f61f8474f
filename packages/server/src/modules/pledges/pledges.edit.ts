import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { changedFields, type FieldChange, patched } from '../../shared/changes.ts';
import { recordEdit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { pledgeErrors } from './pledges.errors.ts';
import { requireOpen } from './pledges.progress.ts';
import {
  insertMilestones,
  listMilestones,
  type PledgeRow,
  reviseMilestones,
  updatePledgeFacts,
} from './pledges.repository.ts';

/** A correction of a project not yet completed (ADR 60): what is sent replaces what is on file. */
export interface EditPledgeInput {
  title?: string;
  /** The department in charge (牵头部门). */
  department?: string;
  description?: string | null;
  budgetFen?: number;
  /** The whole list; a milestone kept names its id, one reached keeps its day and cannot be taken off. */
  milestones?: { id?: number; title: string; dueOn: string }[];
}

/**
 * Corrects a planned or running project: title, department, description, budget and milestones. The promised
 * budget in the statistics follows. Each changed field is kept in the project's history and the audit log.
 */
export async function applyPledgeEdit(
  sql: Sql,
  actor: Actor,
  p: PledgeRow,
  input: EditPledgeInput,
): Promise<FieldChange[]> {
  requireOpen(p, { zh: '修改', en: 'edited' });
  const next = {
    title: patched(input.title?.trim(), p.title),
    department: patched(input.department?.trim(), p.department),
    description: input.description === undefined ? p.description : input.description?.trim() || null,
    budgetFen: patched(input.budgetFen, p.budgetFen),
  };
  const changes = changedFields(
    { title: p.title, department: p.department, description: p.description, budgetFen: p.budgetFen },
    next,
  );
  const onFile = await listMilestones(sql, p.id);
  if (input.milestones) {
    const ms = input.milestones.map((m) => ({ ...m, title: m.title.trim() }));
    for (const [i, m] of ms.entries()) {
      if (m.dueOn.slice(0, 4) < String(p.year)) {
        throw pledgeErrors.invalid(`milestones.${i}.dueOn`, {
          zh: `第${i + 1}个进度节点的日期早于项目年度`,
          en: `Milestone ${i + 1} is due before the project's year`,
        });
      }
      if (m.id !== undefined && !onFile.some((o) => o.id === m.id)) throw pledgeErrors.milestoneNotFound();
    }
    const keptIds = new Set(ms.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    const dropped = onFile.find((o) => o.doneOn && !keptIds.has(o.id));
    if (dropped) {
      throw pledgeErrors.invalid('milestones', {
        zh: `进度节点“${dropped.title}”已完成，不能删除`,
        en: `The milestone “${dropped.title}” has been reached and cannot be taken off`,
      });
    }
    const shown = (list: { title: string; dueOn: string }[]) =>
      list.map(({ title, dueOn }) => ({ title, dueOn })).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const listChange = changedFields({ milestones: shown(onFile) }, { milestones: shown(ms) });
    if (listChange.length) {
      await reviseMilestones(
        sql,
        p.id,
        ms.flatMap((m) => (m.id === undefined ? [] : [{ id: m.id, title: m.title, dueOn: m.dueOn }])),
      );
      await insertMilestones(
        sql,
        p.id,
        p.orgId,
        ms.filter((m) => m.id === undefined),
      );
      changes.push(...listChange);
    }
  }
  if (!changes.length) return changes;
  await updatePledgeFacts(sql, p.id, next);
  if (next.budgetFen !== p.budgetFen) {
    const promised = (budgetFen: number, sign: 1 | -1) => ({
      subject: 'pledges.promised',
      orgId: p.orgId,
      on: `${p.year}-01-01`,
      dim: p.category,
      n: 0,
      fen: sign * budgetFen,
    });
    await addCounts(sql, [promised(p.budgetFen, -1), promised(next.budgetFen, 1)]);
  }
  await recordEdit(sql, actor, {
    action: 'pledge.edit',
    entity: 'pledge',
    entityId: p.id,
    orgId: p.orgId,
    changes,
  });
  return changes;
}
