import { AppError } from '../../shared/errors.ts';

export const cardErrors = {
  noMembership: () =>
    new AppError('not_found', 'CARD_NO_MEMBERSHIP', {
      zh: '您目前没有在册的会员关系，暂无会员卡；请联系所在工会',
      en: 'You have no current membership, so there is no card; ask your union',
    }),
  photoMissing: () =>
    new AppError(
      'invalid',
      'CARD_PHOTO_MISSING',
      { zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
      { field: 'file' },
    ),
  noPhoto: () =>
    new AppError('not_found', 'CARD_NO_PHOTO', { zh: '尚未上传会员卡照片', en: 'No card photo yet' }),
  unreadable: () =>
    new AppError(
      'invalid',
      'CARD_CODE_UNREADABLE',
      { zh: '这不是工会会员卡的二维码', en: 'This is not a union member card code' },
      { field: 'token' },
    ),
};
