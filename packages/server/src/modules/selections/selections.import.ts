import { type Actor, canAccess } from '../../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { once } from '../../shared/once.ts';
import { federationOfPath } from '../../shared/org-path.ts';
import { giveTurn } from '../../shared/pace.ts';
import { defineRegister } from '../../shared/register-define.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { settled } from '../../shared/settled.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText, sameName } from '../../shared/text.ts';
import {
  findOrgsByIds,
  isValidUscc,
  type OrgRow,
  resolveRowUnions,
  unionFound,
  unionOfRow,
} from '../org/index.ts';
import { type IdProtector, idNumberRefusal, maskIdNumber, parseIdNumber } from '../people/index.ts';
import { writeTitlesOfWinners } from './results.service.ts';
import { type SelectionRegisterKey as Key, SELECTION_REGISTER } from './selections.import.columns.ts';
import { findWinnersByHash } from './selections.import.repository.ts';
import { selectionsNotOnRecord } from './selections.import.same.ts';
import {
  type ImportedSelection,
  type ImportedWinner,
  insertImportedSelections,
} from './selections.repository.ts';
import { nominatingUnitOf } from './selections.types.ts';

interface Winner extends ImportedWinner {
  rowNo: number;
}
interface CategoryPlan {
  name: string;
  /** The title conferred: the first one written for the category, else its name. */
  honour: string | null;
  winners: Winner[];
}
interface SelectionPlan {
  rowNo: number;
  /** The first row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  organiser: OrgRow;
  edition: string;
  year: number;
  announcedOn: string;
  categories: Map<string, CategoryPlan>;
  /** Each winner once per selection, with the row that named them. */
  persons: Map<number, RowPlace>;
}

export interface SelectionImportCounts {
  created: number;
  /** Rows of winners of selections on record as they stand (a register sent again): skipped. */
  onRecord: number;
  selections: number;
  categories: number;
}

export function createSelectionImport(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  return defineRegister(db, clock, {
    spec: SELECTION_REGISTER,
    permission: 'selections.manage',
    plan: (rows, errors, { actor, today }) => planSelections(db, actor, ids, rows, errors, today),
    counts: ({ plans, onRecord }): SelectionImportCounts => ({
      created: plans.reduce((n, p) => n + p.persons.size, 0),
      onRecord,
      selections: plans.length,
      categories: plans.reduce((n, p) => n + p.categories.size, 0),
    }),
    unionsOf: ({ plans }) => plans.map((p) => p.organiser.id),
    dryRunExtras: {},
    write: async (sql, { plans }, _counts, { actor }) => ({
      // the count cells on record looked up beside the transaction (ADR 101)
      audited: { selectionIds: await writeSelections(sql, actor, plans, besideTransaction(db, sql)) },
    }),
    audit: { action: 'selection.import', entity: 'selection' },
  });
}

/** The organisers named in the rows (blank: the importer's own union), each one the importer may run selections for. */
async function resolveOrganisers(sql: Sql, actor: Actor, rows: RegisterRow<Key>[]) {
  const found = await resolveRowUnions(sql, actor, rows, 'organiser');
  const idOf = (text: string | null) => {
    if (text === null) return actor.orgId ?? undefined;
    return unionFound(found.get(text))?.id;
  };
  const ids = [...new Set([null, ...found.keys()].map(idOf).filter((id) => id !== undefined))];
  const orgs = new Map((await findOrgsByIds(sql, ids)).map((o) => [o.id, o]));
  const allowed = once((orgPath: string) => canAccess(actor, 'selections.manage', { orgPath }));
  return (rowNo: number, text: string | null, errors: RegisterRowError[]): OrgRow | null => {
    const id = idOf(text);
    const org = id === undefined ? undefined : orgs.get(id);
    if (org && allowed(org.path)) return org;
    if (text === null) errors.push(rowError(rowNo, '主办单位', '请填写主办单位', 'Give the organiser'));
    else {
      const { problem } = unionOfRow(found.get(text), text, (orgPath) =>
        canAccess(actor, 'selections.manage', { orgPath }),
      );
      if (problem) errors.push(rowError(rowNo, '主办单位', problem.zh, problem.en));
    }
    return null;
  };
}

/**
 * The winner of a row: a current member of the importer's subtree, by ID number, whose name matches. The persons
 * of every row are read once for the whole file.
 */
async function personFinder(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  today: string,
) {
  // Each ID number parsed and hashed once: the current key's hash of the text as the row gives it.
  const wanted = collectLookups(ids.lookups);
  const hashOf = new Map<string, string | null>();
  for (const r of rows) {
    if (!readOk(r, 'idNumber')) continue;
    const raw = String(r.values.idNumber);
    if (hashOf.has(raw)) continue;
    const parsed = parseIdNumber(raw, today);
    hashOf.set(raw, parsed.ok ? wanted.add(parsed.value.number) : null);
  }
  const found = await findWinnersByHash(sql, wanted.all());
  const allowed = once((orgPath: string) => canAccess(actor, 'people.read', { orgPath }));
  /** The person of an ID number; their name not checked when it did not parse (`name` undefined). */
  return (rowNo: number, raw: string, name: string | undefined, errors: RegisterRowError[]) => {
    const hash = hashOf.get(raw) ?? null;
    if (hash === null) {
      const { zh, en } = isValidUscc(normaliseText(raw).toUpperCase())
        ? {
            zh: `「${raw}」是统一社会信用代码：先进集体等集体荣誉的获评对象是单位，评选只记录个人`,
            en: `"${raw}" is a credit code: collective honours go to units; selections record people only`,
          }
        : idNumberRefusal(raw, today);
      errors.push(rowError(rowNo, '身份证号', zh, en));
      return null;
    }
    const p = found.get(hash);
    if (!p?.orgPath || !allowed(p.orgPath)) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `未找到本工会范围内身份证号为 ${maskIdNumber(raw)} 的在册会员`,
          `No current member of your unions has the ID number ${maskIdNumber(raw)}`,
        ),
      );
      return null;
    }
    if (name !== undefined && !sameName(p.name, name)) {
      errors.push(
        rowError(
          rowNo,
          '姓名',
          `姓名「${name}」与身份证号 ${maskIdNumber(raw)} 登记的姓名「${p.name}」不一致`,
          `The name "${name}" is not the name recorded for ID number ${maskIdNumber(raw)} ("${p.name}")`,
        ),
      );
      return null;
    }
    return p as typeof p & { orgId: number; orgPath: string; orgName: string };
  };
}

/** A year as clerks write it: 2019, ２０１９, 2019年, 2019年度; null when not a year since 1949. */
export function parseYear(text: string): number | null {
  const m = /^(\d{4})\s*(?:年度?)?$/.exec(normaliseText(text));
  const year = m ? Number(m[1]) : Number.NaN;
  return year >= 1949 && year <= 2200 ? year : null;
}

/**
 * The selections of the rows, grouped by organiser, name and year, each with its categories and winners in row
 * order; every problem (an organiser or winner not found, days out of order or disagreeing within a selection, a
 * winner named twice, a title differing within a category, a name already on record) goes to `errors`. A row with
 * a cell that did not parse is checked on the others, against what the rows before it planned, and plans nothing;
 * a check over such a cell is skipped.
 */
async function planSelections(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ plans: SelectionPlan[]; onRecord: number }> {
  const organiserOf = await resolveOrganisers(sql, actor, rows);
  const personOf = await personFinder(sql, actor, ids, rows, today);
  // The rows of a selection repeat its name, year, categories and titles: each text read once.
  const normal = once(normaliseText);
  const yearOf = once(parseYear);
  const plans = new Map<string, SelectionPlan>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const partial = !!row.unread;
    const organiser = readOk(row, 'organiser') ? organiserOf(rowNo, cellText(v.organiser), errors) : null;
    const year = readOk(row, 'year') ? yearOf(String(v.year)) : undefined;
    const announcedOn = readOk(row, 'announcedOn') ? String(v.announcedOn) : undefined;
    const early = !!year && announcedOn !== undefined && announcedOn.slice(0, 4) < String(year);
    if (year === null) {
      errors.push(
        rowError(rowNo, '年度', `「${v.year}」不是年度（如 2019）`, `"${v.year}" is not a year (e.g. 2019)`),
      );
    } else if (early) {
      errors.push(
        rowError(
          rowNo,
          '公布日期',
          `公布日期 ${announcedOn} 早于评选年度 ${year}年`,
          `Announced on ${announcedOn}, before the selection's year ${year}`,
        ),
      );
    }
    const name = readOk(row, 'name') ? String(v.name) : undefined;
    const found = readOk(row, 'idNumber') ? personOf(rowNo, String(v.idNumber), name, errors) : null;
    if (!organiser || !year || !readOk(row, 'edition')) continue;
    const person = found?.orgPath.startsWith(organiser.path) ? found : null;
    if (found && !person) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `${found.name}所在工会不在${organiser.name}范围内`,
          `${found.name}'s union is outside ${organiser.name}`,
        ),
      );
    }
    const edition = String(v.edition);
    const key = `${organiser.id}|${normal(edition)}|${year}`;
    let plan = plans.get(key);
    if (!plan) {
      // a row with a cell that did not parse starts no selection
      if (partial || announcedOn === undefined) continue;
      plan = {
        ...placeOfRow(row),
        organiser,
        edition,
        year,
        announcedOn,
        categories: new Map(),
        persons: new Map(),
      };
      plans.set(key, plan);
    } else if (announcedOn !== undefined && plan.announcedOn !== announcedOn && !early) {
      errors.push(
        rowError(
          rowNo,
          '公布日期',
          `同一评选的公布日期须相同：${rowZh(plan)}为 ${plan.announcedOn}，本行为 ${announcedOn}`,
          `One selection has one announcement day: ${rowEn(plan)} says ${plan.announcedOn}, this row ${announcedOn}`,
        ),
      );
    }
    if (!readOk(row, 'category')) continue;
    const categoryName = String(v.category);
    const categoryKey = normal(categoryName);
    let category = plan.categories.get(categoryKey);
    if (!category) {
      if (partial) continue;
      category = { name: categoryName, honour: null, winners: [] };
      plan.categories.set(categoryKey, category);
    }
    const honour = readOk(row, 'honour') ? cellText(v.honour) : null;
    if (honour !== null && category.honour !== null && normal(honour) !== normal(category.honour)) {
      errors.push(
        rowError(
          rowNo,
          '称号',
          `同一类别授予同一称号：「${category.name}」已为「${category.honour}」`,
          `One category confers one title: "${category.name}" is already "${category.honour}"`,
        ),
      );
    }
    if (!partial) category.honour ??= honour;
    if (!person) continue;
    const seen = plan.persons.get(person.id);
    if (seen !== undefined) {
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `${person.name}在本评选中已获评（${rowZh(seen)}），每人在一次评选中只列一行`,
          `${person.name} already won in this selection (${rowEn(seen)}); one row per person and selection`,
        ),
      );
      continue;
    }
    if (partial) continue;
    plan.persons.set(person.id, placeOfRow(row));
    category.winners.push({
      rowNo,
      personId: person.id,
      orgId: nominatingUnitOf(organiser, person.orgPath),
      personOrgId: person.orgId,
      unit: person.employerName?.trim() || person.orgName,
      deed: cellText(v.deed) ?? '',
    });
  }
  return selectionsNotOnRecord(sql, [...plans.values()], errors);
}

/**
 * The selections, their categories and winners in three statements; then the selections' titles through the
 * code a live final publication runs (award records keyed by nomination, counts on the announcement day), all of
 * them in one upsert of records and one addition of counts.
 */
async function writeSelections(sql: Sql, actor: Actor, plans: SelectionPlan[], read: Sql): Promise<number[]> {
  const selections: ImportedSelection[] = plans.map((p) => {
    const categories = [...p.categories.values()];
    const title = categories[0].honour ?? categories[0].name;
    return {
      organiserOrgId: p.organiser.id,
      // a winner's nominating union is the organiser or a union under it: the same federation (no look-up)
      federationId: federationOfPath(p.organiser.path),
      edition: p.edition,
      title,
      year: p.year,
      finalisedAt: chinaDayStart(p.announcedOn),
      categories: categories.map((c) => {
        const honour = c.honour ?? c.name;
        return { name: c.name, title: honour === title ? null : honour, winners: c.winners };
      }),
    };
  });
  const { ids, nominationIds, inserted } = await insertImportedSelections(
    sql,
    selections,
    actor.userId || null,
  );
  // The titles written as a live publication writes them, from the winners just inserted (nothing read back):
  // made while PostgreSQL inserts the nominations, their statements queued behind that insert.
  let n = 0;
  const finals = selections.map((s, i) => ({
    head: {
      id: ids[i],
      organiserLevel: plans[i].organiser.level,
      organiserName: plans[i].organiser.name,
      title: s.title,
      edition: s.edition,
    },
    day: plans[i].announcedOn,
    winners: s.categories.flatMap((c) =>
      c.winners.map((w) => ({
        id: nominationIds[n++],
        categoryName: c.name,
        categoryTitle: c.title,
        personId: w.personId,
        personOrgId: w.personOrgId,
      })),
    ),
  }));
  const titling = settled(writeTitlesOfWinners(sql, actor, finals, { newFacts: true, read }));
  await inserted;
  await titling;
  return ids;
}
