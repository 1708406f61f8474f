import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** Names of the innovation module's objects, for not-found errors. */
export const STUDIO: Bilingual = { zh: '创新工作室', en: 'Studio' };

export const RECOGNITION: Bilingual = { zh: '认定申报', en: 'Recognition proposal' };

export const REEVALUATION: Bilingual = { zh: '复评', en: 'Re-evaluation' };

/** Level names as a union clerk reads them. */
export const LEVEL_WORDS: Record<string, Bilingual> = {
  grassroots: { zh: '基层', en: 'grassroots' },
  district: { zh: '区级（局/集团级）', en: 'district (bureau/group)' },
  city: { zh: '市级', en: 'city' },
  city_demonstration: { zh: '市级示范', en: 'city demonstration' },
  national: { zh: '全国', en: 'national' },
};

/**
 * The errors of the innovation module; the HTTP layer maps each kind to its status. Details name the field
 * concerned.
 */
export const studioErrors = {
  studioNameTaken: (name: string) =>
    new AppError(
      'conflict',
      'STUDIO_NAME_TAKEN',
      { zh: `本工会已有名为「${name}」的工作室`, en: `The union already has a studio named "${name}"` },
      { field: 'name' },
    ),
  personNotFound: (field: string, personId: number) =>
    new AppError(
      'invalid',
      'STUDIO_PERSON_NOT_FOUND',
      {
        zh: `找不到该人员（编号 ${personId}），或其不在本工会管理范围内`,
        en: `Person ${personId} was not found in your union's subtree`,
      },
      { field, personId },
    ),
  duplicateMember: (personId: number) =>
    new AppError(
      'invalid',
      'STUDIO_MEMBER_DUPLICATE',
      { zh: '同一人员在成员名单中出现了两次', en: 'A person appears twice in the member list' },
      { field: 'members', personId },
    ),
  studioRevoked: fixedError('conflict', 'STUDIO_REVOKED', {
    zh: '该工作室已被撤销，不能进行此操作',
    en: 'The studio has been revoked; this is not possible',
  }),
  levelNotHigher: (current: string, wanted: string) =>
    new AppError(
      'invalid',
      'RECOGNITION_LEVEL_NOT_HIGHER',
      {
        zh: `工作室现为${LEVEL_WORDS[current].zh}，只能申报更高的等级（所选：${LEVEL_WORDS[wanted].zh}）`,
        en: `The studio is at ${LEVEL_WORDS[current].en} level; propose a higher level (chosen: ${LEVEL_WORDS[wanted].en})`,
      },
      { field: 'level', current, wanted },
    ),
  recognitionOpen: fixedError('conflict', 'RECOGNITION_ALREADY_OPEN', {
    zh: '该工作室已有一份正在审核的认定申报',
    en: 'The studio already has a recognition proposal under review',
  }),
  recognitionDecided: (status: string) =>
    new AppError(
      'conflict',
      'RECOGNITION_DECIDED',
      { zh: '该认定申报已审结', en: 'This recognition proposal has already been decided' },
      { status },
    ),
  notYourStep: (unionName: string) =>
    new AppError(
      'forbidden',
      'RECOGNITION_NOT_YOUR_STEP',
      {
        zh: `该申报正等待「${unionName}」审核`,
        en: `This proposal is waiting for ${unionName} to review it`,
      },
      { union: unionName },
    ),
  reasonRequired: fixedError('invalid', 'INNOVATION_REASON_REQUIRED', {
    zh: '请填写理由',
    en: 'Give the reason',
    field: 'reason',
  }),
  dateBeforeLevel: (on: string, since: string) =>
    new AppError(
      'invalid',
      'INNOVATION_DATE_BEFORE_LEVEL',
      {
        zh: `决定日期 ${on} 早于工作室现有等级的起始日期 ${since}`,
        en: `The decision date ${on} is before the studio's current level began (${since})`,
      },
      { field: 'decidedOn', day: on, since },
    ),
  reevaluationExists: fixedError('conflict', 'REEVALUATION_EXISTS', {
    zh: '本工会该年度、该等级的复评已经建立',
    en: 'This union already has a re-evaluation for that year and level',
    field: 'year',
  }),
  notInReevaluation: fixedError('invalid', 'REEVALUATION_STUDIO_NOT_INCLUDED', {
    zh: '该工作室不在本次复评范围内（等级或所属工会不符）',
    en: "The studio is not part of this re-evaluation (its level or union doesn't match)",
    field: 'studioId',
  }),
  reportMissing: fixedError('conflict', 'REEVALUATION_REPORT_MISSING', {
    zh: '该工作室尚未提交年度报告，不能评定',
    en: 'The studio has not filed its yearly report yet',
  }),
  reportDecided: fixedError('conflict', 'REEVALUATION_REPORT_DECIDED', {
    zh: '该年度报告已评定，不能修改',
    en: 'This yearly report has been decided and cannot change',
  }),
  achievementNotOfStudio: (id: number) =>
    new AppError(
      'invalid',
      'REEVALUATION_ACHIEVEMENT_INVALID',
      {
        zh: `成果（编号 ${id}）不属于该工作室`,
        en: `Achievement ${id} does not belong to this studio`,
      },
      { field: 'achievementIds', achievementId: id },
    ),
};
