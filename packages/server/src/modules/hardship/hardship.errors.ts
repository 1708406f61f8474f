import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** The errors of hardship files; the HTTP layer maps each kind to its status. */
export const hardshipErrors = {
  notFound: fixedError('not_found', 'HARDSHIP_FILE_NOT_FOUND', {
    zh: '困难职工档案不存在',
    en: 'Hardship file not found',
  }),
  memberNotFound: fixedError('not_found', 'HARDSHIP_MEMBER_NOT_FOUND', {
    zh: '家庭成员不存在',
    en: 'Household member not found',
  }),
  personNotMember: fixedError('invalid', 'HARDSHIP_PERSON_NOT_MEMBER', {
    zh: '该职工没有有效的会员关系，无法建档',
    en: 'The worker has no active membership to file under',
    field: 'personId',
  }),
  openFileExists: (fileId: number) =>
    new AppError(
      'conflict',
      'HARDSHIP_FILE_EXISTS',
      { zh: '该职工已有未销档的困难职工档案', en: 'The worker already has an open hardship file' },
      { field: 'personId', fileId },
    ),
  wrongStatus: (action: Bilingual) =>
    new AppError('conflict', 'HARDSHIP_FILE_STATUS', {
      zh: `档案当前状态不能${action.zh}`,
      en: `The file cannot be ${action.en} in its current status`,
    }),
  dates: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'HARDSHIP_DATES', messages, { field }),
  member: (index: number, field: string, messages: Bilingual) =>
    new AppError(
      'invalid',
      'HARDSHIP_MEMBER_INVALID',
      { zh: `第${index + 1}位家庭成员：${messages.zh}`, en: `Household member ${index + 1}: ${messages.en}` },
      { field: `members.${index}.${field}` },
    ),
};
