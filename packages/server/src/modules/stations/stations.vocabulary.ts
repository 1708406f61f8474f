import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What stations adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Service stations of the subtree (职工之家, 驿站): the register, stock, visits, inspections, statistics; read, and manage them. */
    'stations.read': {
      zh: '查看服务站点',
      en: 'See service stations',
      roles: READ_ROLES,
    },
    'stations.write': {
      zh: '管理服务站点',
      en: 'Manage service stations',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'station.checkin': { zh: '站点扫码签到', en: 'Checked in at a station' },
    'station.create': { zh: '登记服务站点', en: 'Registered a station' },
    'station.export': { zh: '导出站点坐标', en: 'Exported station points' },
    'station.inspect': { zh: '站点年检/星级评定', en: 'Inspected a station' },
    'station.services.import': { zh: '导入站点服务台账', en: 'Imported a register of station services' },
    'station.photo.add': { zh: '上传站点照片', en: 'Added a station photo' },
    'station.service': { zh: '登记站点服务与物资发放', en: 'Recorded a service at a station' },
    'station.stock.receive': { zh: '站点物资入库', en: 'Received goods at a station' },
    'station.token.renew': { zh: '更换站点二维码', en: 'Issued a new station QR code' },
    'station.update': { zh: '修改服务站点', en: 'Edited a station' },
    'station.visits.read': { zh: '查看站点到访人员', en: 'Read the visitors of a station' },
  },
  auditEntities: {
    station_service_counts: { zh: '站点服务台账', en: 'Station services register' },
    station: { zh: '服务站点', en: 'Station' },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    station: {
      result: {
        stars: { zh: '评定星级', en: 'Rated with stars' },
        failed: { zh: '不合格', en: 'Failed' },
      },
    },
  },
  reportingAreas: ['stations'],
  menuArea: 'stations',
});

/** A station's kind: 职工之家, 户外劳动者驿站, 母婴室, 投递员之家, 其他. */
export const STATION_KINDS = ['home', 'outdoor', 'nursing', 'postal', 'other'] as const;
export type StationKind = (typeof STATION_KINDS)[number];
/** The services a station may offer. */
export const STATION_SERVICES = [
  'meal',
  'charge',
  'water',
  'rest',
  'toilet',
  'legal',
  'consult',
  'firstaid',
  'nursing',
] as const;
export type StationService = (typeof STATION_SERVICES)[number];
/**
 * The checklist an inspection (年检/星级评定) starts from; items can be added on the form. An inspection keeps its
 * items by these Chinese names, the inspection form's; `STATION_CHECKLIST_EN` says each on an English page.
 */
export const STATION_CHECKLIST = [
  '场所标识清晰',
  '设施设备完好',
  '服务项目齐全',
  '按时开放',
  '管理制度上墙',
  '卫生与安全',
] as const;
export const STATION_CHECKLIST_EN: Record<(typeof STATION_CHECKLIST)[number], string> = {
  场所标识清晰: 'Clearly signposted',
  设施设备完好: 'Facilities and equipment in good order',
  服务项目齐全: 'All the services offered',
  按时开放: 'Open at the stated hours',
  管理制度上墙: 'Rules posted on the wall',
  卫生与安全: 'Hygiene and safety',
};
