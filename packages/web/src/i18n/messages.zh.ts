/** Chinese strings of the message centre (header bell, staff and worker message pages). */
export const messagesZh = {
  msg: {
    nav: '消息',
    title: '消息中心',
    bell: '消息',
    unreadBadge: '{{count}} 条未读消息',
    waiting: '待审 {{count}}',
    waitingTitle: '{{count}} 件申请等待本工会审核',
    unreadOnly: '只看未读',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    markedAll: '已全部标为已读',
    open: '查看详情',
    unread: '未读',
    empty: '暂无消息',
    emptyUnread: '没有未读消息',
    total: '共 {{count}} 条',
    tab: '消息',
    more: '加载更多',
  },
};
