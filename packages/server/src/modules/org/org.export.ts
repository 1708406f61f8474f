import type { Actor, Subtree } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { ORG_KIND_ZH } from './org.levels.ts';
import { listOrgNames, listOrgsInSubtree } from './org.repository.ts';
import { getOrgInScope } from './org.service.ts';

/**
 * The union tree of the actor's subtree (or of one union in it) as .xlsx, one row per union, parents
 * before children: id, parent, the names on the way down, level, kind, name, USCC, founding date, status.
 */
export async function exportOrgs(
  db: Db,
  actor: Actor,
  rootId?: number,
): Promise<{ buffer: Buffer; count: number }> {
  const scope: Subtree = rootId ? { path: (await getOrgInScope(db, actor, rootId)).path } : actor;
  const rows = await listOrgsInSubtree(db, scope);
  const nameOf = new Map(rows.map((o) => [o.id, o.name]));
  const missing = new Set<number>();
  for (const o of rows) for (const id of pathIds(o.path)) if (!nameOf.has(id)) missing.add(id);
  if (missing.size) {
    for (const o of await listOrgNames(db, [...missing])) nameOf.set(o.id, o.name);
  }
  const sheetRows = rows.map((o) => [
    o.id,
    o.parentId ?? '',
    pathIds(o.path)
      .map((id) => nameOf.get(id) ?? String(id))
      .join(' / '),
    o.level,
    `${ORG_KIND_ZH[o.kind]} (${o.kind})`,
    o.name,
    o.uscc ?? '',
    o.foundedOn ?? '',
    o.status === 'active' ? '在册 (active)' : `已撤销 (closed ${o.closedOn ?? ''})`.trim(),
  ]);
  const buffer = writeWorkbook([
    {
      name: '工会组织 Unions',
      headers: [
        'ID',
        '上级工会ID / Parent ID',
        '路径 / Path',
        '层级 / Level',
        '类型 / Kind',
        '工会名称 / Name',
        '统一社会信用代码 / USCC',
        '成立日期 / Founded',
        '状态 / Status',
      ],
      rows: sheetRows,
      widths: [8, 12, 70, 8, 22, 40, 24, 14, 16],
    },
  ]);
  return { buffer, count: rows.length };
}

const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);
