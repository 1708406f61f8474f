import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What calls adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /**
     * Calls for works (作品征集) organised in or offered to the subtree: read them, their works and statistics; open
     * calls and judge them (the organiser); review the works of one's members and send works in for them (a branch).
     */
    'calls.read': {
      zh: '查看作品征集',
      en: 'See calls for works',
      roles: READ_ROLES,
    },
    'calls.manage': { zh: '组织作品征集', en: 'Run calls for works', roles: WRITE_ROLES },
    'calls.review': {
      zh: '审核与报送作品',
      en: 'Review and send in works',
      roles: READ_ROLES,
    },
  },
  auditActions: {
    'call.create': { zh: '发布作品征集', en: 'Opened a call for works' },
    'call.publish': { zh: '公布征集评选结果', en: 'Published the results of a call' },
    'call.work.decide': { zh: '评定征集作品', en: 'Judged a work' },
    'call.work.pass': { zh: '审核通过征集作品', en: 'Passed a work' },
    'call.work.resubmit': { zh: '修改后重新报送作品', en: 'Sent a returned work again' },
    'call.work.return': { zh: '退回征集作品', en: 'Returned a work' },
    'call.work.submit': { zh: '报送征集作品', en: 'Sent a work in' },
    'call.works.read': { zh: '查看征集作品及作者', en: 'Read the works of a call' },
  },
  auditEntities: {
    call: { zh: '作品征集', en: 'Call for works' },
    call_work: { zh: '征集作品', en: 'Work' },
  },
  reportingAreas: ['calls'],
  menuArea: 'calls',
  messageKinds: {
    'call.work.returned': { to: 'worker', sms: { zh: '征集作品被退回', en: 'Submitted work returned' } },
  },
});

/** A work's kind: text, an image, or a file. */
export const WORK_KINDS = ['text', 'image', 'file'] as const;
/** A work's prize, highest first (first to third, merit, shown in the exhibition). */
export const WORK_RESULTS = ['first', 'second', 'third', 'merit', 'exhibit'] as const;
export type WorkResult = (typeof WORK_RESULTS)[number];
