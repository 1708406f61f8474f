import type { StudioLevel } from '../innovation.vocabulary.ts';

/**
 * The studios of the alliance demo (../alliance.demo.ts), kept apart so that the studios demo can count them without
 * depending on the demo that uses every part of the module.
 */

export interface StudioSpec {
  key: string;
  host: string;
  name: string;
  level: StudioLevel;
  industry: string;
  alliance: boolean;
  achievements: [string, string][];
}

/**
 * None under 昌平 is of district level or above and none is led by a city model worker: the studios demo counts
 * these to the seed figures. 昌平's own alliance studio (the hospital's) is a grassroots one, so that 昌平's staff can lead a
 * claim in the browser journey.
 */
export const DEMO_STUDIOS: StudioSpec[] = [
  {
    key: 'software',
    host: '小米科技有限责任公司工会',
    name: '中关村科学城智能运维创新工作室',
    level: 'city',
    industry: '软件和信息技术',
    alliance: true,
    achievements: [
      [
        '机房设备故障智能诊断系统',
        '采集服务器与配电设备运行数据，利用机器学习提前预警设备故障，运维响应时间缩短一半。',
      ],
      ['园区能耗监测与节能调度平台', '对园区楼宇空调、照明能耗实时监测，按负荷自动调度，年节电百分之十二。'],
    ],
  },
  {
    key: 'hospital',
    host: '昌平区医院工会',
    name: '昌平区医院医疗设备创新工作室',
    level: 'grassroots',
    industry: '医疗卫生',
    alliance: true,
    achievements: [
      ['输液泵报警联网装置', '将病区输液泵报警信号接入护士站，减少漏看报警，提高护理安全。'],
      ['医疗设备预防性维护管理方法', '建立医疗设备台账和预防性维护周期，降低设备故障率。'],
    ],
  },
  {
    key: 'packaging',
    host: '北京杨镇汇丰包装有限公司工会',
    name: '汇丰包装工艺创新工作室',
    level: 'city',
    industry: '制造',
    alliance: true,
    achievements: [
      ['瓦楞纸箱自动码垛工装', '设计自动码垛工装，纸箱码垛效率提高三成，减轻工人劳动强度。'],
      ['印刷色差在线检测', '在印刷线加装相机在线检测色差，废品率下降。'],
    ],
  },
  {
    key: 'mine',
    host: '首矿大石河铁矿工会',
    name: '首钢矿山设备创新工作室',
    level: 'city_demonstration',
    industry: '冶金',
    alliance: true,
    achievements: [
      ['破碎机衬板磨损在线监测', '利用振动与电流信号监测破碎机衬板磨损，提前安排检修，减少非计划停机。'],
      ['皮带机故障智能诊断', '对矿山皮带机托辊和电机运行数据分析，实现故障智能诊断和预警。'],
      ['大型设备焊接修复工艺', '采用堆焊修复大型设备磨损部件，延长使用寿命。'],
    ],
  },
  {
    key: 'power',
    host: '燕山石化公司热电厂工会',
    name: '燕山石化热电运行创新工作室',
    level: 'city',
    industry: '石化',
    alliance: true,
    achievements: [
      ['锅炉燃烧优化控制', '优化锅炉燃烧控制参数，降低煤耗和氮氧化物排放。'],
      ['配电设备红外测温巡检方法', '用红外测温对配电设备巡检，及早发现过热隐患。'],
    ],
  },
  {
    key: 'bus',
    host: '客一分公司十八车队工会',
    name: '公交客一车辆维修创新工作室',
    level: 'district',
    industry: '交通运输',
    alliance: true,
    achievements: [['纯电动公交车电池故障快速检测', '研制电池故障快速检测仪，缩短电动公交车维修时间。']],
  },
  {
    key: 'logistics',
    host: '马坡物流园工会联合会',
    name: '马坡物流园分拣创新工作室',
    level: 'district',
    industry: '物流',
    alliance: false,
    achievements: [['快递包裹自动分拣改造', '改造分拣线，提高包裹分拣准确率。']],
  },
];
