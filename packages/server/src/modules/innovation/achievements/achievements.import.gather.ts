import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { cellText, type RegisterRowError, readOk, rowError } from '../../../shared/register-sheet.ts';
import { normaliseText } from '../../../shared/text.ts';
import { type FoundUnion, resolveUnionTexts, unionFound } from '../../org/index.ts';
import type { IdProtector } from '../../people/index.ts';
import {
  AchievementSpread,
  achievementKey,
  type Gathered,
  type Group,
  type Stream,
} from './achievements.import.group.ts';
import {
  type AchievementOnRecord,
  findAchievementsOfUnions,
  findStudiosOfUnions,
} from './achievements.import.repository.ts';

export { AchievementSpread, type Gathered, type Stream };

import { placeOf, type RowPlace, rowEn, rowZh } from '../../../shared/sheet-place.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import { type Checked, checkRows, type Err, type Row } from './achievements.import.check.ts';
import { HEADER, typeName } from './achievements.import.sheet.ts';
import { newTeamLookups, type TeamLookups, teamFinder } from './achievements.import.team.ts';
import type { PatentKind } from './achievements.schemas.ts';

/**
 * The rows of an achievements register gathered into achievements (achievements.import.plan.ts settles them
 * against what is on record): read batch by batch, each batch's rows checked on their own — union, studio, whole
 * patent and conversion, team members found in two reads — and joined to their achievement (rows with the same
 * name, union and studio, wherever they stand in the file), then let go. Only the achievements are held, not the
 * file's parsed rows.
 */
export type { Row };

const normalisePatentNo = (s: string) => normaliseText(s).toUpperCase();

/** The achievements of the rows, by key (union|studio|normalised name), and those on record of their unions. */
export async function gatherAchievements(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  batches: AsyncIterable<Row[]>,
  errors: RegisterRowError[],
  today: string,
  /**
   * `stream`: the oldest achievements handed on while the file is read (ADR 97); `sheets`: the sheets the rows were
   * read from, when several (a problem naming an earlier row names its sheet, sheet-place.ts).
   */
  how: { stream?: Stream; sheets?: readonly string[] } = {},
): Promise<Gathered> {
  const { stream } = how;
  const rowAt = (rowNo: number) => placeOf(rowNo, how.sheets ?? []);
  const err: Err = (rowNo, key, zh, en) => errors.push(rowError(rowNo, HEADER[key], zh, en));
  const unions = new Map<string, FoundUnion>();
  const studios = new Map<string, { id: number; orgId: number; name: string; industry: string | null }>();
  const studiosRead = new Set<number>();
  const groups = new Map<string, Group>();
  const onRecord = new Map<string, AchievementOnRecord[]>();
  // The keys of the achievements handed on (a streamed gathering), and each patent number's first achievement.
  const handedOn = new Set<string>();
  const patentGroup: PatentGroups = new Map();
  // One text for each union the rows name: a group holds it, not its own row's copy.
  const unionTexts = new Map<string, string>();
  // The members found by name, for every batch after (a register names the same people again and again).
  const named = newTeamLookups();
  const thisYear = Number(today.slice(0, 4));
  for await (const rows of batches) {
    // What this batch names that no batch before did: its unions, then their studios.
    const newTexts = [
      ...new Set(rows.flatMap((r) => (readOk(r, 'union') ? [String(r.values.union)] : []))),
    ].filter((t) => !unions.has(t));
    if (newTexts.length) {
      const found = await resolveUnionTexts(sql, actor, newTexts);
      for (const t of newTexts) unions.set(t, found.get(t));
    }
    const newOrgs = [
      ...new Set(
        newTexts.flatMap((t) => {
          const u = unionFound(unions.get(t));
          return u && !studiosRead.has(u.id) ? [u.id] : [];
        }),
      ),
    ];
    if (newOrgs.length) {
      for (const id of newOrgs) studiosRead.add(id);
      for (const s of await findStudiosOfUnions(sql, newOrgs))
        studios.set(`${s.orgId}|${normaliseText(s.name)}`, s);
      for (const a of await findAchievementsOfUnions(sql, newOrgs)) {
        const key = achievementKey(a.orgId, a.studioId, a.title);
        onRecord.set(key, [...(onRecord.get(key) ?? []), a]);
      }
    }
    const checked = await checkRows(rows, { actor, err, thisYear, unions, studios });
    rows.length = 0;
    await joinRows(sql, actor, ids, checked, today, err, rowAt, {
      groups,
      patentGroup,
      unionTexts,
      named,
      handedOn,
    });
    while (stream && groups.size >= stream.hold) {
      const chunk = new Map<string, Group>();
      for (const [key, g] of groups) {
        if (chunk.size === stream.chunk) break;
        chunk.set(key, g);
      }
      for (const key of chunk.keys()) {
        groups.delete(key);
        handedOn.add(key);
      }
      await stream.take({ groups: chunk, onRecord });
    }
  }
  return { groups, onRecord };
}

/** Each patent number's first achievement: its key, name and the row giving the number (not the achievement). */
type PatentGroups = Map<string, { key: string; title: string; rowNo: number }>;

/**
 * A batch's checked rows joined to their achievements, once their team members are found (two reads at most: names
 * found for their union by a batch before are not read again).
 */
async function joinRows(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  checked: Checked[],
  today: string,
  report: Err,
  rowAt: (rowNo: number) => RowPlace,
  held: {
    groups: Map<string, Group>;
    patentGroup: PatentGroups;
    unionTexts: Map<string, string>;
    named: TeamLookups;
    handedOn: Set<string>;
  },
): Promise<void> {
  const { groups, patentGroup, unionTexts, named, handedOn } = held;
  const find = await teamFinder(
    sql,
    actor,
    ids,
    checked.flatMap((c) => c.team.map((entry) => ({ unionPath: c.org.path, entry }))),
    today,
    named,
  );
  let problems = 0;
  const err: Err = (...a) => {
    problems++;
    report(...a);
  };
  // Each row let go once it joined its achievement.
  checked.reverse();
  for (let next = checked.pop(); next; next = checked.pop()) {
    const { row, org, studio, team } = next;
    const { rowNo, values: v } = row;
    const before = problems;
    const unionText = String(v.union);
    const members: number[] = [];
    for (const e of team) {
      const r = find(org.path, unionText, e);
      if ('personId' in r) members.push(r.personId);
      else err(rowNo, 'team', r.zh, r.en);
    }
    if (problems > before || !next.whole) continue;
    const title = String(v.title);
    const key = achievementKey(org.id, studio?.id ?? null, title);
    let g = groups.get(key);
    if (!g) {
      if (handedOn.has(key)) throw new AchievementSpread();
      let text = unionTexts.get(unionText);
      if (text === undefined) {
        text = unionText;
        unionTexts.set(text, text);
      }
      g = {
        rowNo,
        orgId: org.id,
        orgPath: org.path,
        unionText: text,
        studioId: studio?.id ?? null,
        studioIndustry: studio?.industry ?? null,
        title,
        type: v.type as AchievementType,
        year: null,
        industry: null,
        abstract: null,
        stage: null,
        publishedOn: null,
        givenAt: null,
        team: [],
        patent: null,
        conversions: [],
        dates: [],
      };
      groups.set(key, g);
    }
    addRow(g, key, row, members, err, patentGroup, rowAt);
  }
}

/** Whether a flat team (person id, row, …) holds the person. */
function hasMember(team: number[], personId: number): boolean {
  for (let i = 0; i < team.length; i += 2) if (team[i] === personId) return true;
  return false;
}

/**
 * A row joins its achievement: values must agree with the rows before it; a patent and a conversion are added.
 * The achievement's lists grow by concat, each exactly as long as it is: a push would give each of them room for
 * 17 (some 150 bytes), and a register holds 100,000 achievements with three lists each until it is written.
 */
function addRow(
  g: Group,
  key: string,
  { rowNo, values: v }: Row,
  members: number[],
  err: Err,
  patentGroup: PatentGroups,
  /** An earlier row, by its number, as a message names it. */
  rowAt: (rowNo: number) => RowPlace,
) {
  if (v.type !== g.type) {
    const first = rowAt(g.rowNo);
    err(
      rowNo,
      'type',
      `同一成果各行的成果类型须一致（${rowZh(first)}为${typeName(g.type).zh}）`,
      `The rows of one achievement must give one type (${rowEn(first)}: ${typeName(g.type).en})`,
    );
  }
  const agree = <K extends 'year' | 'industry' | 'abstract' | 'stage' | 'publishedOn'>(
    key: K,
    value: Group[K] | null,
  ) => {
    if (value === null) return;
    if (g[key] === null) {
      g[key] = value as Group[K];
      if (rowNo !== g.rowNo) g.givenAt = { ...g.givenAt, [key]: rowNo };
    } else if (g[key] !== value) {
      const at = rowAt(g.givenAt?.[key] ?? g.rowNo);
      err(
        rowNo,
        key,
        `同一成果各行的${HEADER[key]}须一致（与${rowZh(at)}不同）`,
        `The rows of one achievement must agree on "${HEADER[key]}" (${rowEn(at)} differs)`,
      );
    }
  };
  agree('year', v.year as number | null);
  agree('industry', cellText(v.industry) && String(v.industry).trim());
  agree('abstract', cellText(v.abstract) && String(v.abstract).trim());
  agree('stage', v.stage as AchievementStage | null);
  agree('publishedOn', cellText(v.publishedOn));
  if (v.publishedOn) g.dates = g.dates.concat(rowNo, 'publishedOn', String(v.publishedOn));
  for (const personId of members) {
    if (!hasMember(g.team, personId)) g.team = g.team.concat(personId, rowNo);
  }
  if (v.patentNo !== null) {
    const patent = {
      number: normalisePatentNo(String(v.patentNo)),
      type: v.patentType as PatentKind,
      grantedOn: String(v.grantedOn),
      rowNo,
    };
    g.dates = g.dates.concat(rowNo, 'grantedOn', patent.grantedOn);
    const elsewhere = patentGroup.get(patent.number);
    if (elsewhere && elsewhere.key !== key) {
      err(
        rowNo,
        'patentNo',
        `专利号 ${patent.number} 已在${rowZh(rowAt(elsewhere.rowNo))}填给成果「${elsewhere.title}」`,
        `Patent ${patent.number} is given to "${elsewhere.title}" in ${rowEn(rowAt(elsewhere.rowNo))}`,
      );
    } else if (!g.patent) {
      g.patent = patent;
      patentGroup.set(patent.number, { key, title: g.title, rowNo });
    } else if (g.patent.number !== patent.number) {
      err(
        rowNo,
        'patentNo',
        `一个成果只登记一项专利：${rowZh(rowAt(g.patent.rowNo))}已填写 ${g.patent.number}`,
        `An achievement holds one patent: ${rowEn(rowAt(g.patent.rowNo))} gives ${g.patent.number}`,
      );
    } else if (g.patent.type !== patent.type || g.patent.grantedOn !== patent.grantedOn) {
      err(
        rowNo,
        g.patent.type !== patent.type ? 'patentType' : 'grantedOn',
        `专利 ${patent.number} 与${rowZh(rowAt(g.patent.rowNo))}填写的不一致`,
        `Patent ${patent.number} differs from ${rowEn(rowAt(g.patent.rowNo))}`,
      );
    }
  }
  if (v.convertedOn !== null) {
    const c = {
      partner: String(v.partner).trim(),
      convertedOn: String(v.convertedOn),
      valueFen: Number(v.value),
      rowNo,
    };
    g.dates = g.dates.concat(rowNo, 'convertedOn', c.convertedOn);
    const twin = g.conversions.find(
      (x) =>
        x.convertedOn === c.convertedOn &&
        normaliseText(x.partner) === normaliseText(c.partner) &&
        x.valueFen === c.valueFen,
    );
    if (twin) {
      err(
        rowNo,
        'convertedOn',
        `与${rowZh(rowAt(twin.rowNo))}的转化重复（同日、同合作方、同金额）`,
        `Repeats the conversion of ${rowEn(rowAt(twin.rowNo))} (same day, partner and value)`,
      );
    } else g.conversions = g.conversions.concat(c);
  }
}
