import { type Actor, canAccess, requireAccess, subtreeCondition } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonById } from '../people/index.ts';
import { evaluateRule, loadFacts } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import {
  findAttachment,
  insertAttachment,
  insertNominationRow,
  listSelfNominationsOpen,
} from './nominations.repository.ts';
import { getSelectionHead } from './selection-admin.service.ts';
import {
  ATTACHMENT,
  invalidField,
  NOMINATION,
  SELECTION,
  selectionError,
  wrongStage,
} from './selections.errors.ts';
import {
  type CategoryRow,
  claimCategoryPlace,
  claimQuota,
  findNomination,
  findSelection,
  listCategories,
  listNominationRows,
  type SelectionHead,
} from './selections.repository.ts';
import { type AttachmentInput, type NominationInput, nominatingUnitOf } from './selections.types.ts';
import { NOMINATION_MIMES } from './selections.vocabulary.ts';

const MAX_ATTACHMENTS = 3;
const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
const MIMES = new Set<string>(NOMINATION_MIMES);

const OPENED = { zh: '推荐开始日期', en: 'opening of nominations' };

function decodeAttachments(files: AttachmentInput[] = []): { name: string; mime: string; data: Buffer }[] {
  if (files.length > MAX_ATTACHMENTS) {
    throw invalidField(
      'attachments',
      `最多上传${MAX_ATTACHMENTS}个附件`,
      `At most ${MAX_ATTACHMENTS} attachments`,
    );
  }
  return files.map((f, i) => {
    const data = Buffer.from(f.dataBase64, 'base64');
    if (!MIMES.has(f.mime)) {
      throw invalidField(
        `attachments.${i}`,
        `附件 ${f.name} 的格式不支持（请上传照片或PDF）`,
        `Attachment ${f.name}: only photos and PDF are accepted`,
      );
    }
    if (data.length === 0 || data.length > MAX_ATTACHMENT_BYTES) {
      throw invalidField(
        `attachments.${i}`,
        `附件 ${f.name} 为空或超过2MB`,
        `Attachment ${f.name} is empty or larger than 2 MB`,
      );
    }
    return { name: f.name.trim(), mime: f.mime, data };
  });
}

interface Nominee {
  personId: number;
  personName: string;
  orgId: number;
  orgPath: string;
  unit: string;
}

async function getNominee(sql: Sql, personId: number): Promise<Nominee> {
  const p = await findPersonById(sql, personId);
  if (!p) throw notFound({ zh: '人员', en: 'Person' }, { id: personId });
  if (p.orgId === null || p.orgPath === null || p.orgName === null) {
    throw invalidField('personId', `${p.name}不是在册会员，不能被推荐`, `${p.name} is not a current member`);
  }
  return {
    personId,
    personName: p.name,
    orgId: p.orgId,
    orgPath: p.orgPath,
    unit: p.employerName?.trim() || p.orgName,
  };
}

/** The rule of the selection, evaluated as programs evaluate theirs; refused with the conditions that failed. */
async function checkEligible(sql: Sql, s: SelectionHead, nominee: Nominee, today: string): Promise<void> {
  if (!s.rule) return;
  const facts = await loadFacts(sql, { personId: nominee.personId, ownerPath: s.organiserPath, asOf: today });
  const decision = evaluateRule(s.rule, facts);
  if (decision.eligible) return;
  const failed = decision.outcomes.filter((o) => !o.held);
  throw selectionError(
    'SELECTION_NOT_ELIGIBLE',
    {
      zh: `${nominee.personName}不符合参评条件：${failed.map((o) => o.text.zh).join('；')}`,
      en: `${nominee.personName} does not meet the conditions: ${failed.map((o) => o.text.en).join('; ')}`,
    },
    { field: 'personId', outcomes: failed },
  );
}

async function insertNomination(
  sql: Sql,
  actor: Actor,
  n: {
    selectionId: number;
    categoryId: number;
    unitId: number;
    nominee: Nominee;
    deed: string;
    self: boolean;
    files: { name: string; mime: string; data: Buffer }[];
    nominatedOn: string;
  },
): Promise<number> {
  const { nominee, files } = n;
  let id: number;
  try {
    id = await insertNominationRow(sql, {
      selectionId: n.selectionId,
      categoryId: n.categoryId,
      personId: nominee.personId,
      unitId: n.unitId,
      personOrgId: nominee.orgId,
      unit: nominee.unit,
      deed: n.deed.trim(),
      self: n.self,
      createdBy: actor.userId || null,
      nominatedOn: n.nominatedOn,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw selectionError(
      'SELECTION_ALREADY_NOMINATED',
      { zh: `${nominee.personName}已被推荐参加本次评选`, en: `${nominee.personName} is already nominated` },
      { field: 'personId' },
    );
  }
  for (const f of files) await insertAttachment(sql, id, f);
  return id;
}

/**
 * Claims a place of the nominating unit's quota and of the category's cap, each by one guarded update, so
 * parallel nominations never pass either; refused with the category named.
 */
async function claimPlaces(sql: Sql, category: CategoryRow, unitId: number): Promise<void> {
  if (!(await claimQuota(sql, category.id, unitId, category.quotaPerUnion))) {
    throw selectionError(
      'SELECTION_QUOTA_FULL',
      {
        zh: `“${category.name}”类别的推荐名额（每单位${category.quotaPerUnion}名）已用完`,
        en: `The quota of category "${category.name}" (${category.quotaPerUnion} per unit) is used up`,
      },
      { field: 'categoryId', categoryId: category.id, unitId },
    );
  }
  if (!(await claimCategoryPlace(sql, category.id))) {
    throw selectionError(
      'SELECTION_QUOTA_FULL',
      {
        zh: `“${category.name}”类别的推荐总数（${category.nominationCap}名）已满`,
        en: `Category "${category.name}" is full (${category.nominationCap} nominations)`,
      },
      { field: 'categoryId', categoryId: category.id },
    );
  }
}

/**
 * One nomination, in the caller's transaction: the stage and window, the category, the nominee inside the
 * organiser's subtree and eligible, a place of the nominating unit's quota and of the category's cap (both
 * claimed by guarded updates), the attachments, the count for statistics and the audit row.
 */
async function nominate(
  sql: Sql,
  actor: Actor,
  s: SelectionHead,
  nominee: Nominee,
  input: NominationInput,
  now: Date,
  self: boolean,
): Promise<number> {
  if (s.status !== 'nominating') throw wrongStage(s.status, 'nominating');
  // A selection taking nominations has its window (only one brought in from a register, always final, has none).
  const [from, until] = [s.nominateFrom as string, s.nominateUntil as string];
  // A union's nomination may be recorded on the past day it was made (补录, ADR 40); a member's own is of today.
  const today = self
    ? todayInChina(now)
    : effectiveDay(
        actor,
        input.effectiveOn,
        { zh: '推荐', en: 'nomination' },
        [{ day: from, name: OPENED }],
        {
          now,
        },
      ).day;
  if (today < from || today > until) {
    throw selectionError(
      'SELECTION_WINDOW_CLOSED',
      {
        zh: `不在推荐期内（${from} 至 ${until}）`,
        en: `Outside the nomination window (${from} to ${until})`,
      },
      { nominateFrom: from, nominateUntil: until },
    );
  }
  const category = (await listCategories(sql, s.id)).find((c) => c.id === input.categoryId);
  if (!category)
    throw invalidField('categoryId', '所选类别不属于此评选', 'The category is not of this selection');
  if (!nominee.orgPath.startsWith(s.organiserPath)) {
    throw invalidField(
      'personId',
      `${nominee.personName}所在工会不在${s.organiserName}范围内`,
      `${nominee.personName}'s union is outside ${s.organiserName}`,
    );
  }
  await checkEligible(sql, s, nominee, today);
  const unitId = nominatingUnitOf({ id: s.organiserOrgId, path: s.organiserPath }, nominee.orgPath);
  await claimPlaces(sql, category, unitId);
  const id = await insertNomination(sql, actor, {
    selectionId: s.id,
    categoryId: category.id,
    unitId,
    nominee,
    deed: input.deed,
    self,
    files: decodeAttachments(input.attachments),
    nominatedOn: today,
  });
  await addCounts(sql, [
    {
      subject: 'selections.nominations',
      orgId: unitId,
      on: today,
      dim: category.title ?? s.title,
      dim2: category.name,
      n: 1,
    },
  ]);
  await recordAudit(sql, actor, {
    action: self ? 'selection.nominate.self' : 'selection.nominate',
    entity: 'selection_nomination',
    entityId: id,
    orgId: nominee.orgId,
    after: { selectionId: s.id, categoryId: category.id, personId: nominee.personId, unitId },
  });
  return id;
}

/** A union nominates a member of its subtree, on `input.effectiveOn` (default the day of `now`). */
export async function nominateIn(
  sql: Sql,
  actor: Actor,
  selectionId: number,
  input: NominationInput,
  now: Date,
): Promise<number> {
  const s = await findSelection(sql, selectionId);
  if (!s) throw notFound(SELECTION, { id: selectionId });
  requireAccess(actor, 'selections.read', { offeredBy: s.organiserPath });
  const nominee = await getNominee(sql, input.personId);
  requireAccess(actor, 'selections.nominate', { orgPath: nominee.orgPath });
  return nominate(sql, actor, s, nominee, input, now, false);
}

/** A member nominates themself, where the selection allows it; their unit's quota is used. */
export async function nominateSelfIn(
  sql: Sql,
  actor: Actor,
  selectionId: number,
  input: Omit<NominationInput, 'personId'>,
  now: Date,
): Promise<number> {
  requireAccess(actor, 'self.apply', { personId: actor.personId });
  const s = await findSelection(sql, selectionId);
  if (!s) throw notFound(SELECTION, { id: selectionId });
  const nominee = await getNominee(sql, actor.personId as number);
  if (!nominee.orgPath.startsWith(s.organiserPath)) throw notFound(SELECTION, { id: selectionId });
  if (!s.allowSelf) {
    throw selectionError('SELECTION_SELF_NOT_ALLOWED', {
      zh: '本次评选不接受个人自荐',
      en: 'This selection does not accept self-nomination',
    });
  }
  return nominate(
    sql,
    actor,
    s,
    nominee,
    { ...input, personId: nominee.personId, effectiveOn: null },
    now,
    true,
  );
}

/** Nominations: all of them for the organiser, those of the actor's subtree for a nominating union. */
export async function listNominations(db: Db, actor: Actor, selectionId: number) {
  const s = await getSelectionHead(db, actor, selectionId);
  const params: unknown[] = [];
  const where = canAccess(actor, 'selections.read', { orgPath: s.organiserPath })
    ? []
    : [subtreeCondition(actor, 'po.path', params)];
  const items = await listNominationRows(db, selectionId, where, params);
  return { items: items.map(({ personOrgPath: _p, ...n }) => n) };
}

/** Selections open to the member's own nomination: self-nomination allowed, their union inside, window open. */
export async function listSelfNominations(db: Db, actor: Actor, today: string) {
  requireAccess(actor, 'self.apply', { personId: actor.personId });
  return { items: await listSelfNominationsOpen(db, actor.personId as number, today) };
}

/** An attachment's file, to staff who may see its nomination. */
export async function getAttachment(db: Db, actor: Actor, id: number) {
  const file = await findAttachment(db, id);
  if (!file) throw notFound(ATTACHMENT, { id });
  const n = await findNomination(db, file.nominationId);
  if (!n) throw notFound(NOMINATION, { id: file.nominationId });
  const s = await getSelectionHead(db, actor, n.selectionId);
  if (!canAccess(actor, 'selections.read', { orgPath: s.organiserPath })) {
    requireAccess(actor, 'selections.read', { orgPath: n.personOrgPath });
  }
  return { name: file.name, mime: file.mime, data: Buffer.from(file.data) };
}
