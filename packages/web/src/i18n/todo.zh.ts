/** Chinese strings of the to-do list (待办). */
export const todoZh = {
  todo: {
    nav: '待办',
    title: '待办',
    empty: '没有等待处理的事项',
    due: '期限 {{day}}',
    overdue: '已超期 {{count}} 天',
    since: '最早 {{day}}',
    mine: '我的待办',
  },
};
