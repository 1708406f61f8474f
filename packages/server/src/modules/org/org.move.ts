import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { invalid } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findSubtreeDepth, movePaths, setParentId } from './org.move.repository.ts';
import { findOrgById, type OrgRow } from './org.repository.ts';
import { getOrgInScope } from './org.service.ts';

const FOUNDED = { zh: '成立日期', en: 'founding date' };

/**
 * Moves a union with its whole subtree under another parent (划转), in one transaction, on `effectiveOn`
 * (default the day of `now`; a past day, 补录, needs `history.backdate`): not before the union's or the new
 * parent's founding nor before its previous move (ADR 40). The union keeps the day in `moved_on`; the audit log
 * keeps the parent before and the moment recorded.
 */
export async function moveOrg(
  db: Db,
  actor: Actor,
  id: number,
  newParentId: number,
  { effectiveOn, now }: { effectiveOn?: string | null; now: Date },
): Promise<OrgRow> {
  return db.tx(async (sql) => {
    const org = await getOrgInScope(sql, actor, id);
    const parent = await getOrgInScope(sql, actor, newParentId);
    if (org.path === actor.scopePath) {
      throw invalid('ORG_MOVE_OWN_ROOT', { zh: '不能移动本级工会', en: 'You cannot move your own union' });
    }
    if (parent.path.startsWith(org.path)) {
      throw invalid('ORG_MOVE_CYCLE', {
        zh: '不能把工会移到它自己的下级之下',
        en: 'A union cannot be moved under its own subtree',
      });
    }
    if (parent.status === 'closed') {
      throw invalid('ORG_CLOSED', { zh: `${parent.name}已撤销`, en: `${parent.name} is closed` });
    }
    const depth = await findSubtreeDepth(sql, org.path, org.level);
    if (parent.level >= org.level || parent.level + 1 + depth > 5) {
      throw invalid('ORG_LEVEL_INVALID', {
        zh: '移动后层级不符合五级组织体系',
        en: 'After the move the levels would not fit the five-level tree',
      });
    }
    const { day, backdated } = effectiveDay(
      actor,
      effectiveOn,
      { zh: '划转', en: 'move' },
      [
        {
          day: org.foundedOn,
          name: { zh: `${org.name}的${FOUNDED.zh}`, en: `${FOUNDED.en} of ${org.name}` },
        },
        {
          day: parent.foundedOn,
          name: { zh: `${parent.name}的${FOUNDED.zh}`, en: `${FOUNDED.en} of ${parent.name}` },
        },
        { day: org.movedOn, name: { zh: '上一次划转日期', en: 'date of its previous move' } },
      ],
      { now },
    );
    await movePaths(sql, org.path, `${parent.path}${org.id}/`, 0);
    await setParentId(sql, id, newParentId, day);
    const after = (await findOrgById(sql, id)) as OrgRow;
    await recordAudit(sql, actor, {
      action: 'org.move',
      entity: 'org',
      entityId: id,
      orgId: id,
      before: { parentId: org.parentId, path: org.path },
      after: {
        parentId: newParentId,
        path: after.path,
        movedOn: day,
        ...(backdated && { effectiveOn: day }),
      },
    });
    return after;
  });
}
