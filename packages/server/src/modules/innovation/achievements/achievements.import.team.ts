import { type Actor, canAccess } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { collectLookups } from '../../../shared/lookups.ts';
import { nameKey, sameName } from '../../../shared/text.ts';
import {
  findMembersByName,
  findPersonsByHash,
  type IdProtector,
  idNumberRefusal,
  maskIdNumber,
  type PersonRef,
  parseIdNumber,
} from '../../people/index.ts';

/**
 * The 团队成员 cell of the achievements register: members in order, separated by 、 , ; or new lines, each a
 * name, an ID number, or both (张三（110101199003071234）, 张三 110101199003071234). A name alone is looked for
 * among the members of the achievement's union; an ID number among the members of the importer's subtree.
 */
export interface TeamEntry {
  text: string;
  name: string | null;
  idNumber: string | null;
}

/** A run that is meant as an ID number (masked ones included, so that they are named as such). */
const ID_RUN = /[0-9Xx*]{15,}/;
const NAME_NOISE = /[()[\]【】（）:：\s]/g;

export function parseTeam(text: string | null): TeamEntry[] {
  const out: TeamEntry[] = [];
  for (const part of (text ?? '').normalize('NFKC').split(/[、,;\n\r]+/)) {
    // Within one part, white space separates names; an ID number alone belongs to the name before it.
    let last: TeamEntry | null = null;
    for (const token of part.split(/\s+/).filter(Boolean)) {
      const id = ID_RUN.exec(token)?.[0] ?? null;
      const name = (id ? token.replace(id, '') : token).replace(NAME_NOISE, '') || null;
      if (id && !name && last && !last.idNumber) {
        last.idNumber = id.toUpperCase();
        last.text = `${last.text} ${token}`;
        continue;
      }
      if (!id && !name) continue;
      last = { text: token, name, idNumber: id?.toUpperCase() ?? null };
      out.push(last);
    }
  }
  return out;
}

/**
 * The members found so far in one register: by ID number (false: malformed, null: no such person), and by the
 * union a row names and the name's key (shared/text.ts nameKey: 欧阳 明 is 欧阳明). A register names the same people again and again (the members of a union's
 * teams), and each look-up reads their memberships — by name, with a district's members on record, a scan of every
 * membership (issue 42: 200 read batches of one register cost the database seconds). Each is looked up once for the
 * whole register; the answers cannot change while it is read (nothing is written until the file is gathered). Past
 * `TEAM_LOOKUPS_HELD` people the lot is let go and read again as needed.
 */
export interface TeamLookups {
  byId: Map<string, PersonRef | null | false>;
  byName: Map<string, Map<string, PersonRef[]>>;
  held: number;
}

export const TEAM_LOOKUPS_HELD = 50_000;

export const newTeamLookups = (): TeamLookups => ({ byId: new Map(), byName: new Map(), held: 0 });

/**
 * Finds the members the team cells name, in at most two reads however many rows: persons by the hashes of the ID
 * numbers given, and active members by name within the unions the rows name — only those `known` does not hold
 * yet, which it fills. `find` answers one entry: a person id, or the problem in Chinese and English.
 */
export async function teamFinder(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  wanted: { unionPath: string; entry: TeamEntry }[],
  today: string,
  known: TeamLookups = newTeamLookups(),
) {
  if (known.held > TEAM_LOOKUPS_HELD) {
    known.byId.clear();
    known.byName.clear();
    known.held = 0;
  }
  await findById(sql, ids, wanted, today, known);
  await findNamed(
    sql,
    wanted.filter((w) => !w.entry.idNumber && w.entry.name),
    known,
  );
  const reachable = (p: PersonRef | undefined): p is PersonRef & { orgPath: string } =>
    !!p?.orgPath && canAccess(actor, 'people.read', { orgPath: p.orgPath });

  return (
    unionPath: string,
    unionText: string,
    e: TeamEntry,
  ): { personId: number } | { zh: string; en: string } => {
    if (e.idNumber) {
      const held = known.byId.get(e.idNumber);
      // the member's entry named as typed (a name and the number), and why parseIdNumber refused the number
      if (held === false) return idNumberRefusal(e.idNumber, today, e.text);
      const found = held ?? undefined;
      if (!reachable(found)) {
        return {
          zh: `未找到本工会范围内身份证号为 ${maskIdNumber(e.idNumber)} 的会员`,
          en: `No member of your unions has the ID number ${maskIdNumber(e.idNumber)}`,
        };
      }
      if (e.name && !sameName(e.name, found.name)) {
        return {
          zh: `身份证号 ${maskIdNumber(e.idNumber)} 是「${found.name}」的，不是「${e.name}」`,
          en: `The ID number ${maskIdNumber(e.idNumber)} is ${found.name}'s, not ${e.name}'s`,
        };
      }
      return { personId: found.id };
    }
    const name = e.name as string;
    const found = (known.byName.get(unionPath)?.get(nameKey(name)) ?? []).filter(reachable);
    if (found.length === 1) return { personId: found[0].id };
    return found.length
      ? {
          zh: `「${unionText}」有${found.length}名会员叫「${name}」，请在姓名后填写身份证号`,
          en: `${found.length} members of "${unionText}" are named ${name}; add the ID number after the name`,
        }
      : {
          zh: `「${unionText}」没有叫「${name}」的会员；是其他工会会员的，请在姓名后填写身份证号`,
          en: `No member of "${unionText}" is named ${name}; for a member of another union add the ID number`,
        };
  };
}

/** The persons of the ID numbers `known` does not hold yet, in one read (under every live key), added to it. */
async function findById(
  sql: Sql,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  wanted: { unionPath: string; entry: TeamEntry }[],
  today: string,
  known: TeamLookups,
): Promise<void> {
  const keyOf = new Map<string, string>();
  const lookups = collectLookups(ids.lookups);
  for (const { entry } of wanted) {
    const id = entry.idNumber;
    if (!id || known.byId.has(id) || keyOf.has(id)) continue;
    const parsed = parseIdNumber(id, today);
    if (parsed.ok) keyOf.set(id, lookups.add(parsed.value.number));
    else known.byId.set(id, false);
    known.held++;
  }
  if (!keyOf.size) return;
  const byHash = await findPersonsByHash(sql, lookups.all());
  for (const [id, key] of keyOf) known.byId.set(id, byHash.get(key) ?? null);
}

/**
 * The members named by `wanted` (name and union) that `known` does not hold yet, in one read, added to `known`:
 * under each union, the members of its subtree with that name as a clerk reads it (one per active membership, as the
 * read answers), held under the name's key.
 */
async function findNamed(
  sql: Sql,
  wanted: { unionPath: string; entry: TeamEntry }[],
  lookups: TeamLookups,
): Promise<void> {
  const known = lookups.byName;
  // The pairs asked now, each with the list it fills: a pair held before is whole already.
  const asked = new Map<string, Map<string, PersonRef[]>>();
  const names = new Set<string>();
  for (const { unionPath, entry } of wanted) {
    const name = nameKey(entry.name as string);
    let held = known.get(unionPath);
    if (!held) {
      held = new Map();
      known.set(unionPath, held);
    }
    if (held.has(name)) continue;
    held.set(name, []);
    lookups.held++;
    names.add(name);
    let byName = asked.get(unionPath);
    if (!byName) {
      byName = new Map();
      asked.set(unionPath, byName);
    }
    byName.set(name, held.get(name) as PersonRef[]);
  }
  if (!asked.size) return;
  for (const p of await findMembersByName(sql, [...names], [...asked.keys()])) {
    for (const [path, byName] of asked) {
      if (p.orgPath?.startsWith(path)) byName.get(p.nameKey)?.push(p);
    }
  }
}
