/** The vocabulary of workers' requests (诉求). */
import type { Channel } from './cases.vocabulary.ts';

export const CHANNEL_NAMES: Record<Channel, { zh: string; en: string }> = {
  mailbox: { zh: '工会主席信箱', en: "Chairman's mailbox" },
  hotline: { zh: '职工维权热线', en: 'Rights hotline' },
  wechat: { zh: '维权微信号', en: 'Rights WeChat account' },
  reception: { zh: '接待日', en: 'Reception day' },
  forum: { zh: '恳谈会', en: 'Open forum' },
  congress: { zh: '职代会/职工大会', en: "Workers' congress" },
  committee: { zh: '民主管理委员会', en: 'Democratic management committee' },
  app: { zh: '手机应用', en: 'Phone app' },
};

/**
 * Channels a worker uses on the phone; the others are entered by staff who took the request. A request may come
 * anonymous by any channel (an unsigned letter handed in at a reception day, a caller who gives no name; ADR 0022).
 */
export const WORKER_CHANNELS = ['app', 'mailbox'] as const satisfies readonly Channel[];

/**
 * A request category's code: the shipped ones (wages, contract, social_insurance, safety, mental_health, hardship,
 * suggestion, democratic_management, rest_leave, women_rights, welfare, training, other) and those the federation
 * adds (`case_categories`; their names and deadlines are edited there, ADR 44). Never shown: screens show the names.
 */
export type Category = string;

export const STATUSES = ['submitted', 'accepted', 'answered', 'closed'] as const;
export type CaseStatus = (typeof STATUSES)[number];

export const EVENT_KINDS = [
  'filed',
  'accepted',
  'assigned',
  'transferred',
  'escalated',
  /** Moved one union up by the deadline sweep. */
  'auto_escalated',
  'overdue',
  'replied',
  'worker_replied',
  'closed',
  'rated',
  'reopened',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The reporting subjects, all counted at the union the request was filed with:
 * - filed (flow, on the filing day): dim = channel, dim2 = category;
 * - answered (flow, on the first answer): dim = 'on_time' | 'late';
 * - rated (flow, on the rating day): dim = the rating '1'..'5';
 * - open (state): +1 when filed or reopened, −1 when closed;
 * - overdue (state): +1 when a deadline is first missed, −1 when answered or closed.
 */
export const SUBJECTS = {
  filed: 'cases.filed',
  answered: 'cases.answered',
  rated: 'cases.rated',
  open: 'cases.open',
  overdue: 'cases.overdue',
} as const;
