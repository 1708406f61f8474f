import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { giveTurn } from '../../shared/pace.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { resolveRowUnions, unionFound, unionOfRow } from '../org/index.ts';
import { type CongressHeld, findCongressesHeld } from './congresses.import.repository.ts';
import {
  defaultCongressName,
  defaultSessionTitle,
  H,
  type Key,
  KIND_ZH,
  readOrdinal,
} from './congresses.register.ts';

type Kind = keyof typeof KIND_ZH;

/** A congress the rows of one union make: the one on record, or one to set up with the rows' name and form. */
export interface CongressPlan extends RowPlace {
  orgId: number;
  name: string;
  kind: Kind;
  /** On record already. */
  id?: number;
  /** Given by a row (not the default). */
  named: boolean;
  formed: boolean;
}
/** A term of a congress, by its union and number: on record (`id`), or to add. */
export interface TermPlan extends RowPlace {
  orgId: number;
  number: number;
  startsOn: string;
  endsOn: string;
  id?: number;
}
/** A session to add, in its union's congress and term. */
export interface SessionPlan {
  orgId: number;
  term: number;
  number: number;
  title: string;
  heldOn: string;
}
export interface CongressImportPlan {
  congresses: CongressPlan[];
  terms: TermPlan[];
  sessions: SessionPlan[];
  /** Rows giving a session on record as it stands: skipped. */
  onRecord: number;
}

/** A row read: its union, term and session as the sheet gives them (the term's and session's numbers read). */
interface Line extends RowPlace {
  orgId: number;
  union: string;
  name: string | null;
  kind: Kind | null;
  term: number;
  startsOn: string;
  endsOn: string;
  session: number;
  title: string | null;
  heldOn: string;
}

const termKey = (orgId: number, term: number) => `${orgId}|${term}`;
const sessionKey = (orgId: number, term: number, session: number) => `${orgId}|${term}|${session}`;

/**
 * The rows checked and planned (ADR 150 for what is on record): one congress per union, one term per union and 届次,
 * one session per term and 会次. A term on record must be given with its days; a session on record with its day
 * is skipped (已在册), with another day refused. Every problem of a row is told, none that follows from a cell that
 * did not parse.
 */
export async function planCongressRows(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
): Promise<CongressImportPlan> {
  const lines = await readLines(sql, actor, rows, errors);
  const held = await findCongressesHeld(sql, [...new Set(lines.map((l) => l.orgId))]);
  const congresses = new Map<number, CongressPlan>(
    held.congresses.map((c: CongressHeld) => [
      c.orgId,
      { rowNo: 0, orgId: c.orgId, name: c.name, kind: c.kind, id: c.id, named: true, formed: true },
    ]),
  );
  const terms = new Map<string, TermPlan>(
    held.terms.map((t) => [termKey(t.orgId, t.number), { rowNo: 0, ...t }]),
  );
  const sessionsHeld = new Map(held.sessions.map((s) => [sessionKey(s.orgId, s.termNumber, s.number), s]));
  const seen = new Map<string, RowPlace>();
  const out: (Omit<SessionPlan, 'title'> & { title: string | null })[] = [];
  let onRecord = 0;
  for (const l of lines) {
    const before = errors.length;
    const bad = (key: Key, zh: string, en: string) => errors.push(rowError(l.rowNo, H[key], zh, en));
    congressOf(congresses, l, bad);
    const term = termOf(terms, l, bad);
    const key = sessionKey(l.orgId, l.term, l.session);
    const earlier = seen.get(key);
    if (earlier) {
      bad(
        'session',
        `与${rowZh(earlier)}是同一届的同一次会议`,
        `The same session of the same term as ${rowEn(earlier)}`,
      );
      continue;
    }
    seen.set(key, placeOfRow(l));
    const stored = sessionsHeld.get(key);
    if (stored && stored.heldOn !== l.heldOn)
      bad(
        'heldOn',
        `第${l.term}届第${l.session}次会议已登记，平台上的召开日期是${stored.heldOn}，本表是${l.heldOn}`,
        `Session ${l.session} of term ${l.term} is on record held on ${stored.heldOn}; this sheet gives ${l.heldOn}`,
      );
    if (stored && l.title !== null && normaliseText(stored.title) !== normaliseText(l.title))
      bad(
        'title',
        `第${l.term}届第${l.session}次会议已登记，平台上的会议名称是“${stored.title}”，本表是“${l.title}”`,
        `Session ${l.session} of term ${l.term} is on record as “${stored.title}”; this sheet gives “${l.title}”`,
      );
    if (errors.length > before) continue;
    if (stored) onRecord++;
    else if (term)
      out.push({ orgId: l.orgId, term: l.term, number: l.session, title: l.title, heldOn: l.heldOn });
  }
  const needed = new Set(out.map((s) => termKey(s.orgId, s.term)));
  const orgs = new Set(out.map((s) => s.orgId));
  return {
    congresses: [...congresses.values()].filter((c) => orgs.has(c.orgId)),
    terms: [...terms.entries()].filter(([k]) => needed.has(k)).map(([, t]) => t),
    // unnamed sessions named by their congress's form, which a later row of the union may have given
    sessions: out.map((x) => ({
      ...x,
      title: x.title ?? defaultSessionTitle(x.term, x.number, (congresses.get(x.orgId) as CongressPlan).kind),
    })),
    onRecord,
  };
}

/**
 * Each row's cells read and checked on their own (its union in the importer's subtree, 届次 and 会次 numbers, the
 * term's days in order, the day held within them): the rows whose every check passed, as lines.
 */
async function readLines(sql: Sql, actor: Actor, rows: RegisterRow<Key>[], errors: RegisterRowError[]) {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const lines: Line[] = [];
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    let ok = !row.unread;
    const bad = (key: Key, zh: string, en: string) => {
      ok = false;
      errors.push(rowError(rowNo, H[key], zh, en));
    };
    let union: { id: number; name: string } | undefined;
    if (readOk(row, 'union')) {
      const text = String(v.union);
      const found = unionOfRow(unions.get(text), text, (orgPath) =>
        canAccess(actor, 'congresses.manage', { orgPath }),
      );
      if (found.problem) bad('union', found.problem.zh, found.problem.en);
      else union = { id: found.union.id, name: unionFound(unions.get(text))?.name ?? text };
    }
    const term = readOk(row, 'term') ? numberOf(row, 'term', '届', bad) : null;
    const session = readOk(row, 'session') ? numberOf(row, 'session', '次', bad) : null;
    const startsOn = readOk(row, 'termStartsOn') ? String(v.termStartsOn) : null;
    const endsOn = readOk(row, 'termEndsOn') ? String(v.termEndsOn) : null;
    const heldOn = readOk(row, 'heldOn') ? String(v.heldOn) : null;
    if (startsOn && endsOn && endsOn < startsOn)
      bad(
        'termEndsOn',
        `本届结束日期 ${endsOn} 早于开始日期 ${startsOn}`,
        `The term ends on ${endsOn}, before it starts on ${startsOn}`,
      );
    else if (heldOn && ((startsOn && heldOn < startsOn) || (endsOn && heldOn > endsOn)))
      bad(
        'heldOn',
        `召开日期 ${heldOn} 不在本届起止日期（${startsOn ?? '…'}至${endsOn ?? '…'}）之内`,
        `Held on ${heldOn}, outside the term (${startsOn ?? '…'} to ${endsOn ?? '…'})`,
      );
    const name = cellText(v.name);
    if (!ok || !union || term === null || session === null || !startsOn || !endsOn || !heldOn) continue;
    const kind = (v.kind as Kind | null) ?? null;
    if (!name && defaultCongressName(union.name, kind ?? 'congress').length > 100) {
      bad(
        'name',
        '默认名称超过100字，请填写职代会名称',
        'The default name is over 100 characters; give the congress name',
      );
      continue;
    }
    lines.push({
      ...placeOfRow(row),
      orgId: union.id,
      union: union.name,
      name,
      kind,
      term,
      startsOn,
      endsOn,
      session,
      title: cellText(v.title),
      heldOn,
    });
  }
  rows.length = 0;
  return lines;
}

/** A 届次 or 会次 cell's number (3, 第3届, 第三届 …); null, told, when it is not one. */
function numberOf(
  row: RegisterRow<Key>,
  key: 'term' | 'session',
  unit: '届' | '次',
  bad: (key: Key, zh: string, en: string) => void,
): number | null {
  const text = String(row.values[key]);
  const n = readOrdinal(text, unit);
  if (n === null)
    bad(
      key,
      `「${text}」不是${H[key]}（如 3、第3${unit}、第三${unit}，1至1000）`,
      `"${text}" is not a ${key} number (e.g. 3, in digits or in Chinese, 1 to 1000)`,
    );
  return n;
}

/**
 * The congress of the row's union: the one on record or made by an earlier row, whose name and form the row may
 * leave empty or give the same; else a new one with the row's name and form (or the defaults).
 */
function congressOf(
  congresses: Map<number, CongressPlan>,
  l: Line,
  bad: (key: Key, zh: string, en: string) => void,
): CongressPlan {
  let c = congresses.get(l.orgId);
  if (!c) {
    const kind = l.kind ?? 'congress';
    c = {
      ...placeOfRow(l),
      orgId: l.orgId,
      name: l.name ?? defaultCongressName(l.union, kind),
      kind,
      named: l.name !== null,
      formed: l.kind !== null,
    };
    congresses.set(l.orgId, c);
    return c;
  }
  const where = c.id ? { zh: '在平台上', en: 'on record' } : { zh: `在${rowZh(c)}`, en: `in ${rowEn(c)}` };
  if (l.name !== null) {
    if (!c.named && !c.id) Object.assign(c, { name: l.name, named: true });
    else if (normaliseText(c.name) !== normaliseText(l.name))
      bad(
        'name',
        `${l.union}的职代会名称${where.zh}是“${c.name}”，本行是“${l.name}”`,
        `The congress of ${l.union} is named “${c.name}” ${where.en}; this row gives “${l.name}”`,
      );
  }
  if (l.kind !== null) {
    if (!c.formed && !c.id) {
      if (!c.named) c.name = defaultCongressName(l.union, l.kind);
      Object.assign(c, { kind: l.kind, formed: true });
    } else if (c.kind !== l.kind)
      bad(
        'kind',
        `${l.union}的职代会形式${where.zh}是${KIND_ZH[c.kind]}，本行是${KIND_ZH[l.kind]}`,
        `The congress of ${l.union} is a ${c.kind} ${where.en}; this row gives a ${l.kind}`,
      );
  }
  return c;
}

/** The row's term: on record or given by an earlier row with the same days (else told, saying both), or new. */
function termOf(
  terms: Map<string, TermPlan>,
  l: Line,
  bad: (key: Key, zh: string, en: string) => void,
): TermPlan | undefined {
  const key = termKey(l.orgId, l.term);
  const t = terms.get(key);
  if (!t) {
    const made = { ...placeOfRow(l), orgId: l.orgId, number: l.term, startsOn: l.startsOn, endsOn: l.endsOn };
    terms.set(key, made);
    return made;
  }
  if (t.startsOn === l.startsOn && t.endsOn === l.endsOn) return t;
  const where = t.id ? { zh: '在平台上', en: 'on record' } : { zh: `在${rowZh(t)}`, en: `in ${rowEn(t)}` };
  bad(
    t.startsOn !== l.startsOn ? 'termStartsOn' : 'termEndsOn',
    `第${l.term}届的起止日期${where.zh}是${t.startsOn}至${t.endsOn}，本行是${l.startsOn}至${l.endsOn}`,
    `Term ${l.term} runs from ${t.startsOn} to ${t.endsOn} ${where.en}; this row gives ${l.startsOn} to ${l.endsOn}`,
  );
  return undefined;
}
