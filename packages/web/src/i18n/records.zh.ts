/** Chinese messages of the records page (证书、获奖、培训、专利). */
export const recordsZh = {
  rec: {
    nav: '成果记录',
    title: '成果记录',
    what: '成果记录',
    empty: '没有符合条件的记录',
    allKinds: '全部类型',
    year: '年度',
    kind: { certificate: '职业资格证书', award: '竞赛获奖', training: '培训', patent: '专利' },
    level: {
      enterprise: '企业级',
      district: '区级',
      city: '市级',
      national: '国家级',
      international: '国际级',
    },
    source: {
      staff: '手工录入',
      import: '批量导入',
      event: '活动',
      contest: '竞赛成绩发布',
      selection: '评选结果',
      learning: '学习完成',
      innovation: '创新成果',
    },
    field: {
      person: '姓名',
      idNumber: '身份证号',
      kind: '类型',
      content: '内容',
      date: '日期',
      union: '工会',
      source: '来源',
    },
  },
};
