import { AppError, fixedError } from '../../shared/errors.ts';

export const cardErrors = {
  noMembership: fixedError('not_found', 'CARD_NO_MEMBERSHIP', {
    zh: '您目前没有在册的会员关系，暂无会员卡；请联系所在工会',
    en: 'You have no current membership, so there is no card; ask your union',
  }),
  photoMissing: fixedError('invalid', 'CARD_PHOTO_MISSING', {
    zh: '请选择要上传的照片',
    en: 'Choose a photo to upload',
    field: 'file',
  }),
  noPhoto: fixedError('not_found', 'CARD_NO_PHOTO', { zh: '尚未上传会员卡照片', en: 'No card photo yet' }),
  notValid: (problem: string) =>
    new AppError(
      'conflict',
      'CARD_NOT_VALID',
      problem === 'expired'
        ? {
            zh: '会员卡二维码已过期，请让会员刷新后再扫',
            en: 'The card code has expired; ask the member to refresh it',
          }
        : problem === 'membership_ended'
          ? { zh: '此会员卡对应的会员关系已结束', en: 'The membership this card stands for has ended' }
          : { zh: '会员卡二维码无效', en: 'The card code is not valid' },
      { problem },
    ),
  unreadable: fixedError('invalid', 'CARD_CODE_UNREADABLE', {
    zh: '这不是工会会员卡的二维码',
    en: 'This is not a union member card code',
    field: 'token',
  }),
};
