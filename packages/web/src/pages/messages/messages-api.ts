import { api, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
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
};

/** The title and body in the language the user reads now. */
export function textOf(m: Message): { title: string; body: string } {
  return i18n.language === 'en' ? { title: m.titleEn, body: m.bodyEn } : { title: m.titleZh, body: m.bodyZh };
}

/** A message's time in the user's language: 今天 14:05 / 3月5日 14:05 / 2025年3月5日, or Today 14:05 … */
export function formatMessageTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const en = i18n.language === 'en';
  const locale = en ? 'en-GB' : 'zh-CN';
  const time = d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false });
  if (d.toDateString() === now.toDateString()) return `${en ? 'Today' : '今天'} ${time}`;
  const sameYear = d.getFullYear() === now.getFullYear();
  const day = d.toLocaleDateString(locale, {
    year: sameYear ? undefined : 'numeric',
    month: en ? 'short' : 'long',
    day: 'numeric',
  });
  return `${day} ${time}`;
}
