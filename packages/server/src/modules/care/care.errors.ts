import { AppError, fixedError } from '../../shared/errors.ts';

/** The errors of 送温暖 campaigns, stock and visits; the HTTP layer maps each kind to its status. */
export const careErrors = {
  campaignNotFound: (field = 'campaignId') =>
    new AppError(
      'not_found',
      'CARE_CAMPAIGN_NOT_FOUND',
      { zh: '送温暖活动不存在', en: 'Campaign not found' },
      { field },
    ),
  visitNotFound: fixedError('not_found', 'CARE_VISIT_NOT_FOUND', {
    zh: '走访记录不存在',
    en: 'Visit not found',
  }),
  unionNotFound: fixedError('not_found', 'CARE_UNION_NOT_FOUND', {
    zh: '工会不存在',
    en: 'The union does not exist',
    field: 'orgId',
  }),
  personNotFound: fixedError('not_found', 'CARE_PERSON_NOT_FOUND', {
    zh: '走访对象不在本工会范围内',
    en: 'The person visited is not in this union',
    field: 'personId',
  }),
  closed: fixedError('conflict', 'CARE_CAMPAIGN_ENDED', {
    zh: '活动已结束，不能再修改',
    en: 'The campaign has ended and can no longer be edited',
  }),
  invalid: (field: string, zh: string, en: string) =>
    new AppError('invalid', 'CARE_INVALID', { zh, en }, { field }),
  stockShort: (index: number, item: string, unit: string, left: number) =>
    new AppError(
      'conflict',
      'CARE_STOCK_SHORT',
      {
        zh: `第${index + 1}项物资：「${item}」库存只剩 ${left} ${unit}`,
        en: `Goods ${index + 1}: only ${left} ${unit} of ${item} left in stock`,
      },
      { field: `goods.${index}.quantity` },
    ),
  stockNotFound: (index: number) =>
    new AppError(
      'not_found',
      'CARE_STOCK_NOT_FOUND',
      {
        zh: `第${index + 1}项物资不在本活动库存中`,
        en: `Goods ${index + 1} are not in this campaign's stock`,
      },
      { field: `goods.${index}.stockId` },
    ),
  noGrantProgram: fixedError('conflict', 'CARE_NO_GRANT_PROGRAM', {
    zh: '本工会及上级工会没有发布「走访慰问金」项目，无法发放慰问金',
    en: 'No visit grant program is published for this union or a union above it',
    field: 'grantFen',
  }),
  notCorrectable: fixedError('conflict', 'CARE_VISIT_NOT_CORRECTABLE', {
    zh: '该走访属于送温暖活动（物资出自活动库存、慰问金经发放台账），不能更正；只有从历史台账导入或平台外发放的走访可以更正',
    en: 'The visit belongs to a care campaign (goods out of its stock, the grant through the ledger) and cannot be corrected; only a visit brought in from a past ledger or paid outside the platform can',
  }),
  alreadyConfirmed: fixedError('conflict', 'CARE_VISIT_CONFIRMED', {
    zh: '该走访已确认',
    en: 'The visit has already been confirmed',
  }),
  notYourVisit: fixedError('not_found', 'CARE_VISIT_NOT_FOUND', {
    zh: '走访记录不存在',
    en: 'Visit not found',
  }),
  photo: (zh: string, en: string) =>
    new AppError('invalid', 'CARE_PHOTO_INVALID', { zh, en }, { field: 'file' }),
};
