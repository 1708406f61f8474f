import { AppError, fixedError, notFound } from '../../shared/errors.ts';

/** The errors of the stations module, each in Chinese and English. */
export const stationErrors = {
  notFound: () => notFound({ zh: '站点', en: 'Station' }),
  tokenUnknown: fixedError('not_found', 'STATION_CODE_UNKNOWN', {
    zh: '未找到此站点，二维码可能已更换',
    en: 'No station has this code; the QR code may have been replaced',
  }),
  closed: (name: string) =>
    new AppError('conflict', 'STATION_CLOSED', {
      zh: `站点“${name}”已停用`,
      en: `The station “${name}” is closed`,
    }),
  stockNotFound: (index: number) =>
    new AppError(
      'invalid',
      'STATION_STOCK_NOT_FOUND',
      { zh: '本站点没有这项物资', en: 'The station holds no such goods' },
      { field: `goods.${index}.stockId` },
    ),
  stockShort: (index: number, item: string, unit: string, left: number) =>
    new AppError(
      'conflict',
      'STATION_STOCK_SHORT',
      {
        zh: `${item}库存不足：仅剩${left}${unit}`,
        en: `Not enough ${item} in stock: ${left} ${unit} left`,
      },
      { field: `goods.${index}.quantity`, left },
    ),
  nothingRecorded: fixedError('invalid', 'STATION_SERVICE_EMPTY', {
    zh: '请选择提供的服务或发放的物资',
    en: 'Choose the services given or the goods handed out',
    field: 'services',
  }),
  starsRequired: fixedError('invalid', 'STATION_STARS_REQUIRED', {
    zh: '评定结果为星级时请选择1至5星',
    en: 'Choose 1 to 5 stars for a rated result',
    field: 'stars',
  }),
  notMember: fixedError('invalid', 'STATION_NOT_MEMBER', {
    zh: '此人不是本工会所属的会员',
    en: 'Not a member of your unions',
    field: 'personId',
  }),
  openedAfterRecord: (day: string, earliest: string, what: { zh: string; en: string }) =>
    new AppError(
      'invalid',
      'STATION_OPENED_AFTER_RECORD',
      {
        zh: `开放日期 ${day} 晚于本站点最早的${what.zh}日期 ${earliest}：站点不能在开放之前就有记录`,
        en: `The opening day ${day} is after the station's earliest ${what.en}, on ${earliest}: a station cannot have records from before it opened`,
      },
      { field: 'openedOn', day, earliest },
    ),
  inspectionNotFound: () => notFound({ zh: '检查记录', en: 'Inspection' }),
  photo: (zh: string, en: string) =>
    new AppError('invalid', 'STATION_PHOTO_INVALID', { zh, en }, { field: 'file' }),
};
