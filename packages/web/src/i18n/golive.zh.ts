/** Chinese strings of the go-live checklist (上线清单). */
export const goLiveZh = {
  golive: {
    nav: '上线清单',
    title: '上线清单',
    intro:
      '新上线的工会按此清单逐步完成：导入工会组织树、为各级工会开设账号、导入会员、确定节假日安排，直到下发第一份填报任务。每一步显示当前完成情况和已产生的数据。',
    progress: '已完成 {{done}} / {{total}} 步',
    template: '下载模板',
    go: '去完成',
    open: '查看',
    state: { done: '已完成', started: '进行中', todo: '未开始' },
    optionalTitle: '以往台账（有则导入，可选）',
    optionalIntro:
      '以下各类台账不计入上线进度：工会有哪一类以往的纸质或 Excel 台账，就在对应的列表页按模板导入，导入后按台账中的日期计入当年统计。',
    notice: '上线清单已完成 {{done}} / {{total}} 步',
    next: '下一步：{{step}}',
    step: {
      unions: '导入工会组织树',
      accounts: '为各级工会开设账号',
      members: '导入会员',
      calendar: '确定节假日安排',
      return: '下发第一份填报任务',
    },
  },
};
