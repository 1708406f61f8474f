/**
 * A studio's field and industry follow its union (a hospital's studios do health work): the first fields whose
 * keyword the union's name holds, taken in turn. The industries are those the achievements demo writes about
 * (achievements.corpus.ts) where it has one.
 */
const FIELDS_BY_UNION: [RegExp, [field: string, industry: string][]][] = [
  [
    /医院|心内科/,
    [
      ['心血管介入', '医疗卫生'],
      ['护理质量', '医疗卫生'],
      ['医学检验', '医疗卫生'],
      ['急诊急救', '医疗卫生'],
      ['医疗设备', '医疗卫生'],
    ],
  ],
  [
    /社区卫生/,
    [
      ['全科诊疗', '医疗卫生'],
      ['慢病管理', '医疗卫生'],
    ],
  ],
  [
    /卫健/,
    [
      ['公共卫生', '医疗卫生'],
      ['医疗质量管理', '医疗卫生'],
    ],
  ],
  [/制药/, [['制剂生产', '制造业']]],
  [/食品/, [['食品加工', '制造业']]],
  [/包装/, [['包装工艺', '制造业']]],
  [
    /纸业/,
    [
      ['造纸工艺', '制造业'],
      ['智能制造', '制造业'],
    ],
  ],
  [
    /仪器/,
    [
      ['精密仪器', '制造业'],
      ['数控加工', '制造业'],
    ],
  ],
  [
    /机械/,
    [
      ['数控加工', '制造业'],
      ['智能制造', '制造业'],
    ],
  ],
  [/农机/, [['农机维修', '制造业']]],
  [
    /铁矿|采矿/,
    [
      ['采矿设备', '制造业'],
      ['矿山安全', '制造业'],
    ],
  ],
  [
    /软件|科技|孵化器/,
    [
      ['软件研发', '信息技术'],
      ['智能运维', '信息技术'],
    ],
  ],
  [
    /骑手/,
    [
      ['即时配送', '邮政快递'],
      ['骑手安全', '邮政快递'],
    ],
  ],
  [
    /邮政|投递|快递|物流/,
    [
      ['邮件分拣', '邮政快递'],
      ['投递服务', '邮政快递'],
    ],
  ],
  [
    /环卫|城管|园林|绿都|物业/,
    [
      ['环卫作业', '市政环卫'],
      ['市政设施', '市政环卫'],
    ],
  ],
  [
    /建设|建材/,
    [
      ['道路施工', '建筑业'],
      ['装配式建筑', '建筑业'],
    ],
  ],
  [
    /热电|运行|检修/,
    [
      ['电力检修', '电力'],
      ['热电运行', '电力'],
    ],
  ],
  [
    /公交|车队/,
    [
      ['公交运营', '交通运输'],
      ['车辆维修', '交通运输'],
    ],
  ],
  [/学校|小学|中学/, [['教学创新', '教育']]],
  [/消防/, [['消防救援', '应急救援']]],
  [/保安/, [['安保服务', '安保']]],
  [/农业/, [['农业技术', '农业']]],
  [/机关/, [['政务服务', '政务服务']]],
  [/商贸|楼宇/, [['商贸服务', '商贸']]],
];

const OTHER_FIELDS: [string, string][] = [['社区服务', '社区服务']];

/** The field and industry of the `i`th studio of a union of that name. */
export function fieldOfUnion(unionName: string, i: number): [field: string, industry: string] {
  const fields = FIELDS_BY_UNION.find(([re]) => re.test(unionName))?.[1] ?? OTHER_FIELDS;
  return fields[i % fields.length];
}
