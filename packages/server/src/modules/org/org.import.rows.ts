import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { parseDateText } from '../../shared/dates.ts';
import { didYouMean, MAX_NEAR_NAMES, namesNear } from '../../shared/near-names.ts';
import { giveTurn } from '../../shared/pace.ts';
import { codeLostAsNumber, codeText } from '../../shared/register-sheet.cells.ts';
import { notADay } from '../../shared/sheet-dates.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import type { SheetRows } from '../../shared/spreadsheet.ts';
import { normaliseText } from '../../shared/text.ts';
import {
  cellOf,
  kindRefused,
  type OrgColumn,
  parseOrgKind,
  readCounts,
  tooLong,
} from './org.import.cells.ts';
import { findChildNamesTaken, findRootNamesTaken } from './org.import.repository.ts';
import { levelOfKind, levelRule } from './org.levels.ts';
import { findOrgsByIds, type NewOrg, type OrgRow } from './org.repository.ts';
import {
  CREDIT_CODE_WORD,
  type FoundUnion,
  NoSuchUnion,
  resolveUnionTexts,
  unionFound,
  unionIndex,
} from './org.union-texts.ts';
import { isValidUscc } from './uscc.ts';

export interface OrgRowError {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  column: string;
  value: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface Planned {
  rowNo: number;
  sheet?: string;
  name: string;
  failed: boolean;
  /** For a row without errors: what it creates, under a union of the tree or an earlier row. */
  plan?: { org: Omit<NewOrg, 'parentId'>; parent: OrgRow | Planned | null };
  /** The union the row created, once written. */
  org?: OrgRow;
}
export const isPlanned = (p: OrgRow | Planned): p is Planned => 'rowNo' in p;

/**
 * Checks the rows of a union tree sheet top to bottom against the tree and against the rows above (a row may name
 * an earlier row's union as its parent): each row's errors, and what each row without any would create. Each query
 * on its own (on the embedded database other requests are answered between them).
 */
export async function planOrgRows(
  db: Db,
  actor: Actor,
  sheet: SheetRows,
  index: Partial<Record<OrgColumn, number>>,
): Promise<{ plans: Planned[]; errors: OrgRowError[] }> {
  const errors: OrgRowError[] = [];
  const planned = new Map<string, Planned>();
  const plans: Planned[] = [];
  /** Names taken under each parent by earlier rows (`<org id>|name` or `row<rowNo>|name`), with the row. */
  const taken = new Map<string, RowPlace>();
  const parentNames = sheet.rows
    .map((r) => cellOf(r.cells, index.parent))
    .filter((n) => n && !/^\d+$/.test(n));
  // named as every register names a union: full name, short name, credit code, a name without its ending
  const known = await resolveUnionTexts(db, actor, [...new Set(parentNames)]);
  // the rows above, as a parent cell may name them too: by the same rule, keyed by -rowNo
  const above = unionIndex<{ id: number }>();
  const rowsOf = new Map<number, Planned>();
  // The unions of the tree the rows name as parents, and the names already taken under them, in one read each.
  const parentIds = [
    ...[...known.values()].flatMap((k) => {
      const union = unionFound(k);
      return union ? [union.id] : [];
    }),
    ...sheet.rows
      .map((r) => cellOf(r.cells, index.parent))
      .flatMap((t) => (/^\d+$/.test(t) ? [Number(t)] : [])),
  ];
  const orgsById = new Map((await findOrgsByIds(db, [...new Set(parentIds)])).map((o) => [Number(o.id), o]));
  // a name under a parent compared as unions are named: （甲） and (甲), one space or two, are one name
  const childNames = await findChildNamesTaken(
    db,
    [...orgsById.keys()],
    [...new Set(sheet.rows.map((r) => normaliseText(cellOf(r.cells, index.name))).filter(Boolean))],
  );
  // the top unions the rows without a parent would repeat (a tree sheet brought in a second time), compared as the
  // names under a parent are: （甲） and (甲), one space or two, are one name; null where no row may make one
  const rootNames = can(actor, 'org.create_root')
    ? await findRootNamesTaken(db, [
        ...new Set(
          sheet.rows
            .filter((r) => !cellOf(r.cells, index.parent))
            .map((r) => normaliseText(cellOf(r.cells, index.name)))
            .filter(Boolean),
        ),
      ])
    : null;
  for (const { rowNo, sheet: sheetOf, cells } of sheet.rows) {
    const at: RowPlace = { rowNo, sheet: sheetOf };
    await giveTurn();
    const cell = (k: OrgColumn) => cellOf(cells, index[k]);
    const fail = (k: OrgColumn, code: string, zh: string, en: string) => {
      errors.push({
        rowNo,
        column: sheet.headers[index[k] ?? -1] ?? k,
        value: cell(k),
        code,
        messageZh: zh,
        messageEn: en,
      });
    };
    const before = errors.length;
    const name = cell('name');
    if (!name) fail('name', 'REQUIRED', '工会名称不能为空', 'The union name is required');
    tooLong(cell, fail);
    const kind = parseOrgKind(cell('kind'), name);
    if (!kind) fail('kind', ...kindRefused(cell('kind')));
    // as every register reads a code: full-width forms and spaces as the clerk means them
    const uscc = codeText(cell('uscc')).toUpperCase();
    const lost = codeLostAsNumber(uscc, CREDIT_CODE_WORD);
    if (lost) fail('uscc', 'USCC_AS_NUMBER', lost.zh, lost.en);
    else if (uscc && !isValidUscc(uscc)) {
      fail(
        'uscc',
        'USCC_INVALID',
        `统一社会信用代码${uscc}校验位错误`,
        `Unified social credit code ${uscc} fails its check character`,
      );
    }
    const counts = readCounts(cell, fail);
    const foundedOn = cell('foundedOn');
    const founded = foundedOn ? parseDateText(foundedOn) : null;
    if (foundedOn && !founded) {
      const { zh, en } = notADay(foundedOn);
      fail('foundedOn', 'DATE_INVALID', zh, en);
    }
    const parent = findParent(actor, cell('parent'), planned, above, known, (code, zh, en) =>
      fail('parent', code, zh, en),
    );
    const parentLevel = parent && (isPlanned(parent) ? parent.plan?.org.level : parent.level);
    const parentName = parent?.name ?? '';
    if (parent && kind && parentLevel && levelOfKind(kind) <= parentLevel) {
      const rule = levelRule(kind, { name: parentName, level: parentLevel });
      fail('kind', 'ORG_LEVEL_INVALID', rule.zh, rule.en);
    }
    const repeat = name
      ? nameTaken(parent, name, cell('parent'), at, { taken, childNames, rootNames })
      : null;
    if (repeat) fail('name', 'ORG_EXISTS', repeat.zh, repeat.en);
    const ok = errors.length === before && !!kind && (parent !== null || cell('parent') === '');
    const entry: Planned = { ...at, name, failed: !ok };
    if (ok && kind) {
      entry.plan = {
        parent,
        org: {
          level: levelOfKind(kind),
          kind,
          name,
          shortName: cell('shortName') || null,
          uscc: uscc || null,
          employerName: cell('employerName') || null,
          foundedOn: founded,
          workerCount: counts[0],
          womenWorkerCount: counts[1],
        },
      };
      plans.push(entry);
    }
    // A row whose union the tree already has names that union to the rows below it, not itself: a sheet brought in
    // again answers 已有 on each row, not that every parent it names is now two unions.
    if (repeat?.inTree) continue;
    if (name && !planned.has(name)) planned.set(name, entry);
    if (name) {
      rowsOf.set(-rowNo, entry);
      above.note({ id: -rowNo }, { name, shortName: cell('shortName'), uscc });
    }
  }
  return { plans, errors: parentsBelow(errors, sheet, index) };

  function findParent(
    who: Actor,
    text: string,
    planned: Map<string, Planned>,
    above: ReturnType<typeof unionIndex<{ id: number }>>,
    known: Map<string, FoundUnion>,
    fail: (code: string, zh: string, en: string) => void,
  ): OrgRow | Planned | null {
    if (!text) {
      // Only the administrator may create a federation (a union with no parent).
      if (!can(who, 'org.create_root')) fail('REQUIRED', '上级工会不能为空', 'The parent union is required');
      return null;
    }
    const named = /^\d+$/.test(text) ? undefined : known.get(text);
    // none of the tree by that name: the names it may have meant, said if no row above is it either
    const nearest = named instanceof NoSuchUnion ? named.nearest : [];
    const byName = named instanceof NoSuchUnion ? undefined : named;
    const byRow = above.find(text);
    // a row above by its exact name; else a union of the tree or a row above, whichever the text names
    const earlier =
      planned.get(text) ?? (byRow && byRow !== 'ambiguous' && !byName ? rowsOf.get(byRow.id) : undefined);
    if (earlier) {
      if (earlier.failed) {
        fail(
          'PARENT_INVALID',
          `上级工会“${text}”在本表${rowZh(earlier)}，该行有误`,
          `Parent "${text}" is on ${rowEn(earlier)}, which has errors`,
        );
      }
      return earlier.failed ? null : earlier;
    }
    const hit = /^\d+$/.test(text) ? orgsById.get(Number(text)) : byName;
    if (byRow === 'ambiguous' && !hit) {
      fail(
        'UNION_AMBIGUOUS',
        `本表上方有多个工会可称为“${text}”，请填写上级工会的全称`,
        `Several unions on the rows above answer to "${text}"; give the parent's full name`,
      );
      return null;
    }
    if (hit === 'ambiguous' || (hit && byRow)) {
      fail(
        'UNION_AMBIGUOUS',
        `管辖范围内有多个名为“${text}”的工会，请填写全称或ID`,
        `More than one union is called "${text}"; use its full name or id`,
      );
      return null;
    }
    const org = hit ? orgsById.get(Number(hit.id)) : undefined;
    if (!org || !canAccess(who, 'org.write', { orgPath: org.path }) || org.status !== 'active') {
      // the names it may have meant in the tree, then on the rows above (西岭区总工会 for 江州市西岭区总工会 on row 3)
      const above = namesNear(normaliseText(text), [...planned.keys()].map(keyed)).map((n) => n.name);
      const meant = didYouMean([...new Set([...nearest, ...above])].slice(0, MAX_NEAR_NAMES));
      fail(
        'UNION_UNKNOWN',
        `本工会管辖范围内和本表上方都没有名为「${text}」的工会${meant.zh}`,
        `No union "${text}" in your subtree or on the rows above${meant.en}`,
      );
      return null;
    }
    return org;
  }
}

/**
 * The refusals of parents no union of the tree nor any row above answers to, but a row below does (a district's
 * sheet lists a street after its communities): said with that row, to be moved above, instead of no such union.
 * A row below is found by the rule the rows above are (name, short name, credit code, formal name), when only one
 * answers.
 */
function parentsBelow(errors: OrgRowError[], sheet: SheetRows, index: Partial<Record<OrgColumn, number>>) {
  if (!errors.some((e) => e.code === 'UNION_UNKNOWN')) return errors;
  const rows = unionIndex<{ id: number }>();
  for (const { rowNo, cells } of sheet.rows) {
    const name = cellOf(cells, index.name);
    const uscc = codeText(cellOf(cells, index.uscc)).toUpperCase();
    if (name) rows.note({ id: rowNo }, { name, shortName: cellOf(cells, index.shortName), uscc });
  }
  const places = new Map(sheet.rows.map((r) => [r.rowNo, placeOfRow(r)]));
  return errors.map((e) => {
    const below = e.code === 'UNION_UNKNOWN' ? rows.find(e.value) : undefined;
    const at = below && below !== 'ambiguous' && below.id > e.rowNo ? places.get(below.id) : undefined;
    if (!at) return e;
    return {
      ...e,
      code: 'PARENT_BELOW',
      messageZh: `上级工会「${e.value}」在本表下方的${rowZh(at)}：请把${rowZh(at)}移到本行之上（上级工会须写在它下面的工会之前）`,
      messageEn: `The parent "${e.value}" is on ${rowEn(at)}, below this one: move ${rowEn(at)} above this row (a parent must come before the unions under it)`,
    };
  });
}

/**
 * Why a row's union is there already: on a row above under the same parent, or in the tree — under the parent the
 * row names, or as a top union for a row without one (`inTree`: the row then names that union to the rows below). A
 * name is compared normalised, under a parent and at the top alike, as a union is found by its name (brackets and
 * spaces of either width). Notes the row's name under its parent in `seen.taken`.
 */
function nameTaken(
  parent: OrgRow | Planned | null,
  name: string,
  parentText: string,
  at: RowPlace,
  seen: { taken: Map<string, RowPlace>; childNames: Set<string>; rootNames: Map<string, string> | null },
): { zh: string; en: string; inTree: boolean } | null {
  if (!parent) {
    // a row whose parent was not found, or by one who may make no top union (told so already): nothing to compare
    if (parentText || !seen.rootNames) return null;
    const key = normaliseText(name);
    const there = seen.rootNames.get(key);
    if (there !== undefined)
      return {
        zh: `已有最上级工会“${there}”，不必再导入，请删去此行`,
        en: `The top union "${there}" already exists; delete this row, it need not be brought in again`,
        inTree: true,
      };
    const twin = seen.taken.get(`top|${key}`);
    seen.taken.set(`top|${key}`, twin ?? at);
    if (twin === undefined) return null;
    return {
      zh: `与本表${rowZh(twin)}重复：最上级工会“${name}”已在${rowZh(twin)}，请删去其中一行`,
      en: `Repeats ${rowEn(twin)}: the top union "${name}" is already on ${rowEn(twin)}; delete one of the two`,
      inTree: false,
    };
  }
  const key = `${isPlanned(parent) ? `row${parent.rowNo}` : parent.id}|${normaliseText(name)}`;
  const twin = seen.taken.get(key);
  seen.taken.set(key, twin ?? at);
  if (twin !== undefined)
    return {
      zh: `与本表${rowZh(twin)}重复：${parent.name}下的“${name}”已在${rowZh(twin)}，请删去其中一行`,
      en: `Repeats ${rowEn(twin)}: "${name}" under ${parent.name} is already on ${rowEn(twin)}; delete one of the two`,
      inTree: false,
    };
  if (isPlanned(parent) || !seen.childNames.has(`${parent.id}|${normaliseText(name)}`)) return null;
  return {
    zh: `${parent.name}下已有“${name}”，不必再导入，请删去此行`,
    en: `"${name}" already exists under ${parent.name}; delete this row, it need not be brought in again`,
    inTree: true,
  };
}

const keyed = (name: string) => ({ name, key: normaliseText(name) });
