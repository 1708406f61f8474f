import { AppError, fixedError, notFound } from '../../shared/errors.ts';

/** The errors of calls for works, each in Chinese and English. */
export const callErrors = {
  notFound: () => notFound({ zh: '征集活动', en: 'Call for works' }),
  workNotFound: () => notFound({ zh: '作品', en: 'Work' }),
  categoryNotFound: fixedError('invalid', 'CALL_CATEGORY_UNKNOWN', {
    zh: '此征集没有这个作品类别',
    en: 'The call has no such category',
    field: 'categoryId',
  }),
  window: fixedError('invalid', 'CALL_WINDOW', {
    zh: '截止日期不能早于开始日期',
    en: 'A call cannot close before it opens',
    field: 'closesOn',
  }),
  closed: (opensOn: string, closesOn: string) =>
    new AppError('conflict', 'CALL_CLOSED', {
      zh: `作品征集时间为${opensOn}至${closesOn}`,
      en: `Works are taken from ${opensOn} to ${closesOn}`,
    }),
  notMember: (name: string | undefined) =>
    new AppError(
      'invalid',
      'CALL_NOT_MEMBER',
      {
        zh: `${name ?? ''}不是主办工会所属的会员`,
        en: `${name ?? 'The person'} is not a member of the organiser's unions`,
      },
      { field: 'personId' },
    ),
  limit: (category: string, n: number) =>
    new AppError('conflict', 'CALL_LIMIT_REACHED', {
      zh: `每人每类最多报送${n}件作品，“${category}”已达上限`,
      en: `At most ${n} works per person in each category; “${category}” is full`,
    }),
  kind: (expected: 'text' | 'image' | 'file') =>
    new AppError(
      'invalid',
      'CALL_WORK_KIND',
      expected === 'text'
        ? { zh: '此类别的作品为文字，请填写内容', en: 'This category takes text: write it in' }
        : expected === 'image'
          ? { zh: '此类别的作品为图片，请上传照片', en: 'This category takes a picture: upload a photo' }
          : { zh: '此类别的作品为文件，请上传文件', en: 'This category takes a file: upload it' },
      { field: expected === 'text' ? 'body' : 'file' },
    ),
  file: (zh: string, en: string) =>
    new AppError('invalid', 'CALL_FILE_INVALID', { zh, en }, { field: 'file' }),
  notReturned: fixedError('conflict', 'CALL_WORK_NOT_RETURNED', {
    zh: '只有被退回的作品可以修改后重新报送',
    en: 'Only a returned work can be fixed and sent again',
  }),
  notAwaitingReview: fixedError('conflict', 'CALL_WORK_NOT_SUBMITTED', {
    zh: '此作品不在待审核状态',
    en: 'The work is not waiting for review',
  }),
  reasonRequired: fixedError('invalid', 'CALL_RETURN_REASON', {
    zh: '退回时请填写原因',
    en: 'Say why the work is returned',
    field: 'reason',
  }),
  notPassed: fixedError('conflict', 'CALL_WORK_NOT_PASSED', {
    zh: '作品须经所在工会审核通过后才能评选',
    en: "A work is judged only after its union's review passed it",
  }),
  galleryClosed: fixedError('not_found', 'CALL_GALLERY_CLOSED', {
    zh: '此征集的作品展尚未公布',
    en: 'The gallery of this call is not published',
  }),
  notOrganiser: (organiser: string) =>
    new AppError(
      'forbidden',
      'CALL_NOT_ORGANISER',
      {
        zh: `评选结果由主办工会（${organiser}）评定并公布，其他工会（包括上级工会）不能代为评定`,
        en: `Results are set and published by the organising union (${organiser}); no other union, not even one above it, may set them`,
      },
      { organiser },
    ),
  published: fixedError('conflict', 'CALL_ALREADY_PUBLISHED', {
    zh: '评选结果已公布',
    en: 'The results are already published',
  }),
};
