import { AppError, type Bilingual, invalid, notFound } from '../../shared/errors.ts';

/** The errors of the innovation module; the HTTP layer maps each kind to its status, the web shows the text. */

const conflict = (code: string, messages: Bilingual, details?: Record<string, unknown>) =>
  new AppError('conflict', code, messages, details);

/** Front-line problems and the alliance. */
export const problemErrors = {
  notSubmitted: () =>
    conflict('PROBLEM_ALREADY_REVIEWED', {
      zh: '该难题已审核，不能再次发布或退回',
      en: 'This problem has already been reviewed',
    }),
  notOpen: () =>
    conflict('PROBLEM_NOT_OPEN', {
      zh: '该难题未发布或已被揭榜，不能揭榜',
      en: 'This problem is not open for claiming (not published, or already claimed)',
    }),
  deadlinePassed: (deadline: string) =>
    conflict(
      'PROBLEM_DEADLINE_PASSED',
      { zh: `该难题的揭榜截止日期（${deadline}）已过`, en: `The claiming deadline (${deadline}) has passed` },
      { deadline },
    ),
  notClaimed: () =>
    conflict('PROBLEM_NOT_CLAIMED', {
      zh: '该难题尚未揭榜或已结题',
      en: 'This problem has not been claimed, or is already closed',
    }),
  notInAlliance: (name: string) =>
    conflict(
      'STUDIO_NOT_IN_ALLIANCE',
      {
        zh: `工作室「${name}」尚未加入创新联盟，不能揭榜`,
        en: `Studio "${name}" has not joined the alliance`,
      },
      { field: 'studioIds' },
    ),
  studioInactive: (name: string) =>
    conflict(
      'STUDIO_NOT_ACTIVE',
      { zh: `工作室「${name}」已撤销或关闭`, en: `Studio "${name}" has been revoked or closed` },
      { field: 'studioId' },
    ),
  leadAmongPartners: () =>
    invalid(
      'PROBLEM_TEAM_INVALID',
      { zh: '牵头工作室不能同时作为联合攻关成员', en: 'The lead studio cannot also be a partner' },
      { field: 'partnerStudioIds' },
    ),
  deadlineBeforeToday: (postedOn: string) =>
    invalid(
      'PROBLEM_DEADLINE_INVALID',
      {
        zh: `揭榜截止日期不能早于难题提交日期（${postedOn}）`,
        en: `The deadline cannot be before the day the problem was posted (${postedOn})`,
      },
      { field: 'deadline', postedOn },
    ),
  dateBeforeClaim: (field: string, claimedOn: string) =>
    invalid(
      'PROBLEM_DATE_INVALID',
      {
        zh: `日期不能早于揭榜日期（${claimedOn}），也不能晚于今天`,
        en: `The date cannot be before the claim (${claimedOn}) or after today`,
      },
      { field },
    ),
  linkRefused: (field: string) =>
    invalid(
      'PROBLEM_LINK_REFUSED',
      { zh: '请不要填写网址或邮箱链接', en: 'Links and web or mail addresses are not accepted' },
      { field },
    ),
  unionNotReceiving: () =>
    invalid(
      'PROBLEM_UNION_INVALID',
      { zh: '请选择市总工会或区、产业工会受理', en: 'Choose the federation or a district or industry union' },
      { field: 'orgId' },
    ),
  alreadyInAlliance: () =>
    conflict('STUDIO_ALREADY_IN_ALLIANCE', {
      zh: '该工作室已是创新联盟成员',
      en: 'This studio is already a member of the alliance',
    }),
};

/** Mentoring (名师带徒). */
export const mentoringErrors = {
  notCityStudio: (name: string) =>
    conflict(
      'MENTOR_STUDIO_LEVEL',
      {
        zh: `「${name}」不是市级及以上的职工创新工作室，其领军人不能担任名师`,
        en: `"${name}" is not a studio of city level or above; its leader cannot be a master`,
      },
      { field: 'studioId' },
    ),
  noLeader: (name: string) =>
    conflict(
      'MENTOR_NO_LEADER',
      { zh: `工作室「${name}」未登记领军人`, en: `Studio "${name}" has no leader on record` },
      { field: 'studioId' },
    ),
  full: (max: number) =>
    conflict(
      'MENTOR_APPRENTICES_FULL',
      {
        zh: `每名名师每年最多带${max}名徒弟，本年度已满`,
        en: `A master takes at most ${max} apprentices a year; this year is full`,
      },
      { field: 'apprenticePersonId', max },
    ),
  selfApprentice: () =>
    invalid(
      'MENTOR_SELF',
      { zh: '名师不能收自己为徒', en: 'A master cannot be their own apprentice' },
      { field: 'apprenticePersonId' },
    ),
  alreadyPaired: () =>
    conflict(
      'MENTOR_ALREADY_PAIRED',
      {
        zh: '该徒弟本年度已与这位名师结对或已受邀',
        en: 'This apprentice is already paired or invited this year',
      },
      { field: 'apprenticePersonId' },
    ),
  notInvited: () =>
    conflict('MENTOR_INVITATION_ANSWERED', {
      zh: '该邀请已答复',
      en: 'This invitation has already been answered',
    }),
  pairsInvalid: () =>
    invalid(
      'MENTOR_SESSION_PAIRS',
      {
        zh: '参加人须是该名师本年度已接受结对的徒弟',
        en: 'Attendees must be apprentices of this master who accepted for the year',
      },
      { field: 'pairIds' },
    ),
  futureSession: () =>
    invalid(
      'MENTOR_SESSION_DATE',
      { zh: '带徒活动日期不能晚于今天', en: 'A session cannot be dated after today' },
      { field: 'heldOn' },
    ),
  alreadyConfirmed: () =>
    conflict('MENTOR_SESSION_CONFIRMED', {
      zh: '该次带徒活动已确认',
      en: 'This session has already been confirmed',
    }),
};

const ACHIEVEMENT: Bilingual = { zh: '创新成果', en: 'Achievement' };
const LEAD: Bilingual = { zh: '对接需求', en: 'Contact request' };

/** Achievements, the catalogue and its contact requests. */
const achievementErrors = {
  achievementNotFound: (id: number) => notFound(ACHIEVEMENT, { id }),
  studioNotFound: (id: number) => notFound(STUDIO, { id, field: 'studioId' }),
  leadNotFound: (id: number) => notFound(LEAD, { id }),
  attachmentNotFound: (id: number) => notFound({ zh: '附件', en: 'Attachment' }, { id }),
  teamDuplicate: (name: string, index: number) =>
    invalid(
      'ACHIEVEMENT_TEAM_DUPLICATE',
      { zh: `团队成员${name}重复列出`, en: `Team member ${name} is listed twice` },
      { field: `team.${index}` },
    ),
  patentTypeMismatch: () =>
    invalid(
      'ACHIEVEMENT_PATENT_TYPE',
      {
        zh: '成果类型为发明专利或实用新型时须填写对应类型的专利',
        en: 'An invention-patent or utility-model achievement needs a patent of that type',
      },
      { field: 'patent.type' },
    ),
  patentTaken: (number: string) =>
    new AppError(
      'conflict',
      'ACHIEVEMENT_PATENT_TAKEN',
      {
        zh: `专利号 ${number} 已属于另一项成果`,
        en: `Patent ${number} already belongs to another achievement`,
      },
      { field: 'patent.number' },
    ),
  awardNotOfTeam: (recordId: number, index: number) =>
    invalid(
      'ACHIEVEMENT_AWARD_INVALID',
      {
        zh: `获奖记录 ${recordId} 不是本成果团队成员的获奖记录`,
        en: `Record ${recordId} is not an award of this achievement's team`,
      },
      { field: `awardRecordIds.${index}`, recordId },
    ),
  alreadyPublished: () =>
    new AppError('conflict', 'ACHIEVEMENT_PUBLISHED', {
      zh: '该成果已发布',
      en: 'This achievement is already published',
    }),
  notPublished: () =>
    new AppError('conflict', 'ACHIEVEMENT_NOT_PUBLISHED', {
      zh: '该成果尚未发布',
      en: 'This achievement is not published',
    }),
  abstractRequired: () =>
    invalid(
      'ACHIEVEMENT_ABSTRACT_REQUIRED',
      { zh: '发布前请填写成果简介', en: 'Write the abstract before publishing' },
      { field: 'abstract' },
    ),
  leadThrottled: () =>
    new AppError('throttled', 'LEAD_THROTTLED', {
      zh: '提交过于频繁，请一小时后再试',
      en: 'Too many requests; try again in an hour',
    }),
  leadLink: (field: string, label: Bilingual) =>
    invalid(
      'LEAD_LINK_REFUSED',
      { zh: `${label.zh}中不能包含网址链接`, en: `The ${label.en} may not contain links` },
      { field },
    ),
  leadTooLong: (field: string, label: Bilingual, max: number) =>
    invalid(
      'LEAD_TOO_LONG',
      { zh: `${label.zh}不能超过${max}个字`, en: `The ${label.en} may not exceed ${max} characters` },
      { field, max },
    ),
  leadEmpty: (field: string, label: Bilingual) =>
    invalid('LEAD_FIELD_REQUIRED', { zh: `请填写${label.zh}`, en: `Fill in the ${label.en}` }, { field }),
};

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
const studioErrors = {
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
  studioRevoked: () =>
    new AppError('conflict', 'STUDIO_REVOKED', {
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
  recognitionOpen: () =>
    new AppError('conflict', 'RECOGNITION_ALREADY_OPEN', {
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
  reasonRequired: () =>
    new AppError(
      'invalid',
      'INNOVATION_REASON_REQUIRED',
      { zh: '请填写理由', en: 'Give the reason' },
      { field: 'reason' },
    ),
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
  reevaluationExists: () =>
    new AppError(
      'conflict',
      'REEVALUATION_EXISTS',
      {
        zh: '本工会该年度、该等级的复评已经建立',
        en: 'This union already has a re-evaluation for that year and level',
      },
      { field: 'year' },
    ),
  notInReevaluation: () =>
    new AppError(
      'invalid',
      'REEVALUATION_STUDIO_NOT_INCLUDED',
      {
        zh: '该工作室不在本次复评范围内（等级或所属工会不符）',
        en: "The studio is not part of this re-evaluation (its level or union doesn't match)",
      },
      { field: 'studioId' },
    ),
  reportMissing: () =>
    new AppError('conflict', 'REEVALUATION_REPORT_MISSING', {
      zh: '该工作室尚未提交年度报告，不能评定',
      en: 'The studio has not filed its yearly report yet',
    }),
  reportDecided: () =>
    new AppError('conflict', 'REEVALUATION_REPORT_DECIDED', {
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

/** A studio's projects and grants (项目与资助). */
const grantErrors = {
  grantInvalid: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'STUDIO_GRANT_INVALID', messages, { field }),
  grantDuplicate: (what: Bilingual, how: Bilingual) =>
    new AppError(
      'conflict',
      'STUDIO_GRANT_DUPLICATE',
      {
        zh: `该工作室的${what.zh}已有记录（${how.zh}），同一项只登记一次`,
        en: `The studio's ${what.en} is already on record (${how.en}); each is recorded once`,
      },
      { field: 'kind' },
    ),
  grantNoProgram: (what: Bilingual) =>
    new AppError(
      'invalid',
      'STUDIO_GRANT_NO_PROGRAM',
      {
        zh: `平台上没有向本工会开放的${what.zh}项目，请登记为“已在平台外发放”`,
        en: `No ${what.en} program on the platform is offered to this union; record it as paid outside the platform`,
      },
      { field: 'outside' },
    ),
  grantNotOwner: (what: Bilingual, owner: string) =>
    new AppError(
      'forbidden',
      'STUDIO_GRANT_NOT_OWNER',
      {
        zh: `经平台发放的${what.zh}由项目所属的${owner}登记；本单位可登记为“已在平台外发放”`,
        en: `A ${what.en} paid through the platform is recorded by ${owner}, whose program it is; you may record it as paid outside the platform`,
      },
      { field: 'outside' },
    ),
};

/** Every error of the innovation module's achievements and studios, under one name. */
export const innovationErrors = { ...achievementErrors, ...studioErrors, ...grantErrors };
