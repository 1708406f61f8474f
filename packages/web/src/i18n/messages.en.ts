import type { messagesZh } from './messages.zh.ts';

/** English strings of the message centre. */
export const messagesEn: typeof messagesZh = {
  msg: {
    nav: 'Messages',
    title: 'Messages',
    bell: 'Messages',
    unreadBadge: '{{count}} unread messages',
    waiting: 'To review {{count}}',
    waitingTitle: '{{count}} applications wait for your union’s review',
    unreadOnly: 'Unread only',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    markedAll: 'All messages marked read',
    open: 'Open',
    unread: 'Unread',
    empty: 'No messages',
    emptyUnread: 'No unread messages',
    total: '{{count}} in all',
    tab: 'Messages',
    more: 'Load more',
  },
};
