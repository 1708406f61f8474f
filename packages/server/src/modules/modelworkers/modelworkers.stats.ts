import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { visitsOfPersons } from '../care/index.ts';
import { countStudiosLed } from '../innovation/index.ts';
import { findOrgsByIds, getOrgInScope } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { KIND_ZH, KINDS, LEVEL_ZH, LEVELS, type Level } from './modelworkers.errors.ts';
import { findRegisterLinks } from './modelworkers.repository.ts';

type ByLevel = Record<Level, number> & { total: number };
const emptyLevels = (): ByLevel => ({ national: 0, provincial: 0, city: 0, district: 0, total: 0 });

/**
 * Model workers of a subtree (issue 28): how many by level as they stood on the period's last day, by the unions
 * one level below (the districts, seen from the federation); titles given in the period's years by level and
 * kind; the studios they lead (of the studios of city level and above, those whose leader is a model worker on
 * the register or that the register links); and the visits made to them (care's visits, by the visit's day).
 */
export async function getModelWorkerStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const period = statsPeriod(q, today);
  return db.tx(async (sql) => {
    const id = q.orgId ?? actor.orgId;
    const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
    if (!path) throw notFound({ zh: '工会', en: 'Union' });
    requireAccess(actor, 'modelworkers.read', { orgPath: path });
    const { from, to, asOf } = period;
    const state = await sumCounts(sql, {
      subject: 'modelworkers.workers',
      path,
      to: asOf,
      by: ['child', 'dim'],
    });
    const byLevel = emptyLevels();
    const units = new Map<number | null, ByLevel>();
    for (const c of state) {
      const level = c.dim as Level;
      if (!LEVELS.includes(level)) continue;
      byLevel[level] += c.n;
      byLevel.total += c.n;
      const u = units.get(c.child ?? null) ?? emptyLevels();
      u[level] += c.n;
      u.total += c.n;
      units.set(c.child ?? null, u);
    }
    const names = new Map(
      (
        await findOrgsByIds(
          sql,
          [...units.keys()].filter((k): k is number => k !== null),
        )
      ).map((o) => [o.id, o.name]),
    );
    const byUnion = [...units.entries()]
      .filter(([, u]) => u.total !== 0)
      .map(([orgId, u]) => ({ orgId, orgName: orgId === null ? null : (names.get(orgId) ?? null), ...u }))
      .sort((a, b) => b.total - a.total || (a.orgName ?? '').localeCompare(b.orgName ?? '', 'zh'));
    const titles = await sumCounts(sql, {
      subject: 'modelworkers.honours',
      path,
      from,
      to,
      by: ['dim', 'dim2'],
    });
    const honours = LEVELS.flatMap((level) =>
      KINDS.map((kind) => ({
        level,
        kind,
        n: titles.filter((t) => t.dim === level && t.dim2 === kind).reduce((s, t) => s + t.n, 0),
      })),
    ).filter((h) => h.n > 0);
    const links = await findRegisterLinks(sql, path);
    const studios = await countStudiosLed(sql, path, links.personIds, links.studioIds);
    const visited = (await visitsOfPersons(sql, links.personIds)).filter(
      (v) => v.visitedOn >= from && v.visitedOn <= to,
    );
    const visits = {
      visits: visited.length,
      people: new Set(visited.map((v) => v.personId)).size,
      grantFen: visited.reduce((s, v) => s + Number(v.grantFen), 0),
    };
    return { ...period, byLevel, byUnion, honours, studios, visits };
  });
}

/** The statistics as .xlsx: by level and union, titles, studios, visits, and the period. */
export async function modelWorkerStatsXlsx(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const s = await getModelWorkerStats(db, actor, q, today);
  const levelCells = (r: ByLevel) => [...LEVELS.map((l) => r[l]), r.total];
  const file = writeWorkbook([
    {
      name: '劳模按级别与单位',
      headers: ['单位', ...LEVELS.map((l) => `${LEVEL_ZH[l]}`), '合计'],
      rows: [
        ...s.byUnion.map((u) => [u.orgName ?? '本级', ...levelCells(u)]),
        ['合计', ...levelCells(s.byLevel)],
      ],
    },
    {
      name: '荣誉称号',
      headers: ['级别', '类别', '称号数'],
      rows: s.honours.map((h) => [LEVEL_ZH[h.level], KIND_ZH[h.kind], h.n]),
    },
    {
      name: '工作室与走访',
      headers: ['项目', '数值'],
      rows: [
        ['统计期间', `${s.from} 至 ${s.to}`],
        ['状态截至', s.asOf],
        ['劳模人数', s.byLevel.total],
        ['市级以上职工创新工作室', s.studios.cityTotal],
        ['其中领军人为劳模的', s.studios.cityLed],
        ['劳模领衔的工作室（各级）', s.studios.led],
        ['走访慰问次数', s.visits.visits],
        ['走访慰问劳模人数', s.visits.people],
        ['慰问金（元）', s.visits.grantFen / 100],
      ],
      moneyColumns: [],
    },
  ]);
  return { file, name: `劳模统计-${periodText(s)}.xlsx` };
}
