import { api, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { dayOf, formatClock, formatTime, today } from '../../components/dates.ts';
import i18n from '../../i18n/index.ts';

/** Calls to the message centre API (/api/messages…) and the shapes they answer with. */
export type MessageList = Answer<'/api/messages'>;
export type Message = MessageList['items'][number];
export type MessageCounts = Answer<'/api/messages/unread-count'>;

export const messagesApi = {
  list: (q: { unread?: boolean; page?: number; pageSize?: number }) =>
    unwrap(api.GET('/api/messages', { params: { query: q } })),
  counts: () => unwrap(api.GET('/api/messages/unread-count')),
  markRead: (id: number) =>
    unwrap(api.POST('/api/messages/{id}/read', { params: { path: { id } }, body: {} })),
  markAllRead: () => unwrap(api.POST('/api/messages/read-all', { body: {} })),
  /** The SMS state of my messages (only those also sent by SMS answer). */
  smsStates: (ids: number[]) =>
    unwrap(api.GET('/api/sms/message-states', { params: { query: { ids: ids.join(',') } } })),
  smsChoices: () => unwrap(api.GET('/api/sms/preferences')),
  setSmsChoices: (kinds: string[]) => unwrap(api.PUT('/api/sms/preferences', { body: { kinds } })),
};

export type SmsState = Answer<'/api/sms/message-states'>['items'][number];
export type SmsChoices = Answer<'/api/sms/preferences'>;

/** The title and body in the language the user reads now. */
export function textOf(m: Message): { title: string; body: string } {
  return i18n.language === 'en' ? { title: m.titleEn, body: m.bodyEn } : { title: m.titleZh, body: m.bodyZh };
}

/** A message's time: 今天 14:05 / Today 14:05, else 2026-03-05 14:05 (the shared formatTime). */
export function formatMessageTime(iso: string, day = today()): string {
  if (Number.isNaN(new Date(iso).getTime())) return '';
  if (dayOf(iso) === day) {
    return i18n.t('msg.todayAt', { time: formatClock(iso) });
  }
  return formatTime(iso);
}
