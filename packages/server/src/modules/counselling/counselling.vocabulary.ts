import { defineVocabulary, WRITE_ROLES } from '../../vocabulary.ts';

/** The self-assessment scales' names: the assessment pages (counselling.scales.ts) and the audit log say them so. */
export const SCALE_NAMES = {
  phq9: { zh: '抑郁症筛查量表（PHQ-9）', en: 'Patient Health Questionnaire (PHQ-9)' },
  gad7: { zh: '广泛性焦虑量表（GAD-7）', en: 'Generalized Anxiety Disorder scale (GAD-7)' },
} as const;

/** What counselling adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /**
     * Counselling (心理关爱) of the subtree: the register of counsellors and volunteers, bookings (never the notes),
     * statistics (cells below 5 suppressed); manage: register them, log training, book for a member on the hotline.
     */
    'counselling.read': { zh: '查看心理关爱', en: 'See counselling', roles: WRITE_ROLES },
    'counselling.manage': {
      zh: '管理心理关爱',
      en: 'Manage counselling',
      roles: WRITE_ROLES,
    },
    /** A counsellor's own slots, bookings and session notes: the counsellor role only, never staff or admin (ADR 54). */
    'counselling.counsel': {
      zh: '心理咨询（本人预约与记录）',
      en: 'Counsel (own bookings and notes)',
      roles: ['counsellor'],
    },
  },
  auditActions: {
    'counselling.answers.read': { zh: '查看心理测评答案', en: 'Read assessment answers' },
    'counselling.assessment.take': { zh: '完成心理测评', en: 'Took a self-assessment' },
    'counselling.book': { zh: '预约心理咨询', en: 'Booked a counselling session' },
    'counselling.bookings.read': { zh: '查看心理咨询预约名单', en: 'Read the counselling bookings' },
    'counselling.cancel': { zh: '取消心理咨询预约', en: 'Cancelled a counselling booking' },
    'counselling.counsellor.create': {
      zh: '登记心理咨询师或志愿者',
      en: 'Registered a counsellor or volunteer',
    },
    'counselling.duty': { zh: '调整咨询师值班', en: "Changed a counsellor's duty" },
    'counselling.flag.follow_up': { zh: '跟进心理危机提示', en: 'Followed up a crisis flag' },
    'counselling.import': { zh: '导入心理咨询服务台账', en: 'Imported a counselling sessions register' },
    'counselling.note.read': { zh: '查看咨询记录', en: 'Read a session note' },
    'counselling.note.write': { zh: '填写咨询记录', en: 'Wrote a session note' },
    'counselling.slot.withdraw': { zh: '撤回可预约时段', en: 'Withdrew a slot' },
    'counselling.slots.add': { zh: '开放可预约时段', en: 'Offered slots' },
    'counselling.training.add': { zh: '登记心理关爱培训', en: 'Logged a training' },
  },
  auditEntities: {
    counselling_assessment: { zh: '心理测评', en: 'Assessment' },
    counselling_booking: { zh: '心理咨询预约', en: 'Counselling booking' },
    counselling_counsellor: { zh: '心理咨询师或志愿者', en: 'Counsellor or volunteer' },
    counselling_session_counts: { zh: '心理咨询服务台账', en: 'Counselling sessions register' },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    counselling_assessment: {
      scale: SCALE_NAMES,
    },
  },
  reportingAreas: ['counselling'],
  menuArea: 'counselling',
  messageKinds: {
    'counselling.booked': { to: 'both', sms: { zh: '心理咨询已预约', en: 'Counselling session booked' } },
    'counselling.reminder': { to: 'both', sms: { zh: '心理咨询提醒', en: 'Counselling session reminder' } },
    'counselling.cancelled': {
      to: 'both',
      sms: { zh: '心理咨询已取消', en: 'Counselling session cancelled' },
    },
    'counselling.crisis': { to: 'staff', sms: { zh: '心理危机预警', en: 'Counselling crisis alert' } },
  },
});
