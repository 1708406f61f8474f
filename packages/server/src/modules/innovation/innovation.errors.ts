import { AppError, type Bilingual, fixedError, invalid, notFound } from '../../shared/errors.ts';
import { formatYuan } from '../../shared/money.ts';
import { conflict } from './innovation.errors.base.ts';
import { STUDIO, studioErrors } from './innovation.errors.studios.ts';

/** The errors of the innovation module; the HTTP layer maps each kind to its status, the web shows the text. */

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
  alreadyPublished: fixedError('conflict', 'ACHIEVEMENT_PUBLISHED', {
    zh: '该成果已发布',
    en: 'This achievement is already published',
  }),
  notPublished: fixedError('conflict', 'ACHIEVEMENT_NOT_PUBLISHED', {
    zh: '该成果尚未发布',
    en: 'This achievement is not published',
  }),
  abstractRequired: () =>
    invalid(
      'ACHIEVEMENT_ABSTRACT_REQUIRED',
      { zh: '发布前请填写成果简介', en: 'Write the abstract before publishing' },
      { field: 'abstract' },
    ),
  leadThrottled: fixedError('throttled', 'LEAD_THROTTLED', {
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
  grantPaymentRecorded: (amountFen: number, paidOn: string) =>
    new AppError(
      'conflict',
      'STUDIO_GRANT_DUPLICATE',
      {
        zh: `这笔款项（¥${formatYuan(amountFen)}，${paidOn}发放）已经登记过；同日同额的另一笔请在备注中注明区别（如专家姓名）`,
        en: `This payment (¥${formatYuan(amountFen)} paid on ${paidOn}) is already on record; for another of the same amount and day, say what differs in the note (the expert's name, say)`,
      },
      { field: 'paidOn' },
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
