import { AppError, type Bilingual, invalid, notFound } from '../../shared/errors.ts';

const ACHIEVEMENT: Bilingual = { zh: '创新成果', en: 'Achievement' };
const STUDIO: Bilingual = { zh: '创新工作室', en: 'Studio' };
const LEAD: Bilingual = { zh: '对接需求', en: 'Contact request' };

/** The errors of the innovation module; the HTTP layer maps each kind to its status. */
export const innovationErrors = {
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
