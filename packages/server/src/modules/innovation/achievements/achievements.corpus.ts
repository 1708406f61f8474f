import type { Random } from '../../../demo/random.ts';
import type { AchievementType } from './achievements.schemas.ts';

/**
 * Realistic achievement texts for the demo and the search benchmark: each is drawn from an industry's
 * equipment, a problem, a method and a result, and the draw is returned with the text, so a benchmark knows
 * which documents a query about (equipment, problem) should find.
 */
export const INDUSTRIES = {
  制造业: [
    '数控机床',
    '主轴',
    '齿轮箱',
    '焊接机器人',
    '液压系统',
    '冲压模具',
    '注塑机',
    '装配线',
    '减速机',
    '刀具',
  ],
  电力: [
    '变压器',
    '输电线路',
    '配电柜',
    '继电保护装置',
    '绝缘子',
    '电缆接头',
    '开关柜',
    '断路器',
    '电能表',
    '光伏逆变器',
  ],
  建筑业: [
    '盾构机',
    '钢筋笼',
    '混凝土',
    '脚手架',
    '预制构件',
    '隧道衬砌',
    '塔式起重机',
    '深基坑',
    '防水卷材',
    '钢结构',
  ],
  医疗卫生: [
    '输液泵',
    '消毒供应',
    '电子病历',
    '护理记录',
    '检验标本',
    '呼吸机',
    '导管固定',
    '手术器械',
    '药品配送',
    '病房呼叫',
  ],
  交通运输: [
    '地铁信号',
    '轨道扣件',
    '公交调度',
    '车辆制动',
    '道岔',
    '接触网',
    '站台门',
    '轮对',
    '车载空调',
    '售检票',
  ],
  信息技术: [
    '数据中台',
    '工单系统',
    '日志分析',
    '边缘计算网关',
    '机房空调',
    '网络交换机',
    '移动应用',
    '身份认证',
    '备份系统',
    '视频监控',
  ],
  市政环卫: [
    '垃圾分类',
    '清扫车',
    '渗滤液',
    '供热管网',
    '燃气调压',
    '污水泵站',
    '路灯控制',
    '井盖',
    '园林灌溉',
    '积水监测',
  ],
  邮政快递: [
    '分拣机',
    '快递柜',
    '包裹追踪',
    '装卸输送带',
    '电动三轮车',
    '冷链包装',
    '面单打印',
    '中转场',
    '无人车',
    '投递路线',
  ],
} as const;
export type Industry = keyof typeof INDUSTRIES;

export const PROBLEMS = [
  '热变形',
  '振动',
  '泄漏',
  '过热',
  '磨损',
  '误操作',
  '能耗高',
  '效率低',
  '噪声',
  '腐蚀',
  '精度下降',
  '漏检',
  '堵塞',
  '停机频繁',
  '数据孤岛',
  '人工巡检',
  '粉尘',
  '结露',
  '卡滞',
  '定位偏差',
] as const;
const METHODS = [
  '在线监测',
  '智能诊断',
  '快速更换',
  '自动补偿',
  '模块化改造',
  '视觉识别',
  '物联网采集',
  '仿真优化',
  '防错设计',
  '远程运维',
  '机器学习预测',
  '柔性夹具',
  '变频控制',
  '激光测量',
  '数字孪生',
] as const;
const RESULTS = [
  '故障率下降约四成',
  '年节约成本三十余万元',
  '检修时间缩短一半',
  '合格率提升至百分之九十九',
  '人工减少两人',
  '能耗降低百分之十五',
  '安全事故为零',
  '响应时间缩短到五分钟以内',
] as const;
const SCENES = ['生产一线', '夜间检修', '高温季节', '冬季运行', '交接班', '大修期间', '高峰时段'] as const;
const SUFFIX: Record<AchievementType, readonly string[]> = {
  technical_innovation: ['技术革新', '改进', '改造'],
  invention_patent: ['装置', '方法', '系统'],
  utility_model: ['装置', '工具', '夹具'],
  construction_method: ['施工工法', '作业工法'],
  management_innovation: ['管理方法', '作业标准化管理'],
  software: ['管理软件', '信息平台'],
  other: ['研究与应用'],
};

export interface DrawnAchievement {
  industry: Industry;
  equipment: string;
  problem: string;
  method: string;
  title: string;
  abstract: string;
  body: string;
}

export function drawAchievement(r: Random, type: AchievementType, industry?: Industry): DrawnAchievement {
  const ind = industry ?? r.pick(Object.keys(INDUSTRIES) as Industry[]);
  const equipment = r.pick(INDUSTRIES[ind]);
  const problem = r.pick(PROBLEMS);
  const method = r.pick(METHODS);
  const result = r.pick(RESULTS);
  const scene = r.pick(SCENES);
  const title = `基于${method}的${equipment}防${problem}${r.pick(SUFFIX[type])}`;
  const abstract =
    `针对${equipment}在${scene}中${problem}的问题，工作室团队研制了${title}，采用${method}，` +
    `实现问题早发现、早处置。经现场应用，${result}。`;
  const body =
    `一、问题由来：${scene}${equipment}${problem}反复出现，影响安全和生产。` +
    `二、主要做法：梳理${problem}成因，采用${method}，形成作业指导书并培训班组。` +
    `三、应用效果：${result}，已在本单位推广。`;
  return { industry: ind, equipment, problem, method, title, abstract, body };
}
