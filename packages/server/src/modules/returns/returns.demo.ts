import type { Db } from '../../db/db.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import { createFillingService } from './returns.filling.ts';
import type { ReturnForm } from './returns.form.ts';
import { createReturnsService } from './returns.service.ts';

/**
 * Two returns of the seeds, run through the service as their clerks did:
 * - 顺义's 2020 return on its economic and technical innovation subsidies (seed 000: "经过前期对2020年职工取得职业
 *   资格等级证书、…等相关情况进行汇总、统计"): 170 certificates, 19 contest winners (2 above city level), 310 trained,
 *   competitions held by five 二级工会. Its grassroots unions filled it, the town and street unions consolidated it;
 *   北小营's food company was late and 马坡's precision-machinery union was returned once.
 * - 燕山石化热电厂's 2020 call to its branches for safety slogans, cartoons and calligraphy (seed 000: 82 感言,
 *   32 漫画, 78 硬笔书法), with the works each branch recommends for the exhibition.
 */
const SHUNYI_FORM: ReturnForm = {
  sections: [
    {
      key: 's1',
      title: '一、职工技能提升',
      fields: [
        { key: 'cert', label: '取得职业资格等级证书职工', type: 'int', unit: '人', required: true },
        { key: 'win', label: '市级及以上职业技能竞赛获奖职工', type: 'int', unit: '人', required: true },
        { key: 'win_above', label: '其中市级以上（不含市级）获奖', type: 'int', unit: '人', required: true },
        { key: 'trained', label: '参加技能培训合格并取得证书', type: 'int', unit: '人', required: true },
      ],
      tables: [],
    },
    {
      key: 's2',
      title: '二、技能竞赛与创新',
      fields: [
        {
          key: 'contests',
          label: '举办职工技能竞赛',
          type: 'int',
          unit: '场',
          help: '二级工会举办的填在本级',
        },
        { key: 'studios', label: '申报区级职工创新工作室', type: 'int', unit: '个' },
        { key: 'innov', label: '职工自主创新成果', type: 'int', unit: '项' },
        { key: 'members', label: '年末会员人数', type: 'int', unit: '人', figure: 'members' },
      ],
      tables: [],
    },
  ],
  rules: [{ expr: '其中市级以上（不含市级）获奖 ≤ 市级及以上职业技能竞赛获奖职工' }],
};

/** Per grassroots union: certificates, winners, winners above city level, trained, studios, innovations. */
const SHUNYI_FIGURES: [string, number, number, number, number, number, number][] = [
  ['北京杨镇汇丰包装有限公司工会', 28, 3, 1, 45, 1, 3],
  ['杨镇社区卫生服务中心工会', 12, 1, 0, 20, 0, 1],
  ['北京顺鑫杨镇农业有限公司工会', 20, 2, 0, 30, 1, 2],
  ['北京李遂建材有限公司工会', 15, 2, 0, 25, 0, 1],
  ['李遂镇中心小学工会', 9, 0, 0, 15, 0, 0],
  ['北京马坡精密机械有限公司工会', 30, 4, 1, 50, 1, 4],
  ['马坡物流园工会联合会', 10, 1, 0, 20, 0, 1],
  ['北京北小营食品有限公司工会', 14, 2, 0, 35, 1, 2],
  ['双丰街道快递行业工会', 8, 1, 0, 25, 0, 1],
  ['北京双丰物业管理有限公司工会', 6, 1, 0, 10, 0, 0],
  ['北京张镇农机合作社工会', 18, 2, 0, 35, 0, 1],
];
/** The 二级工会 that held a skills competition in 2020 (seed 000). */
const HELD_CONTESTS = ['杨镇总工会', '李遂镇总工会', '马坡镇总工会', '北小营镇总工会', '双丰街道总工会'];
const TOWNS = [...HELD_CONTESTS, '张镇总工会'];

const YANHUA_FORM: ReturnForm = {
  sections: [
    {
      key: 's1',
      title: '“我要安全”主题活动作品征集',
      fields: [
        { key: 'slogans', label: '安全感言', type: 'int', unit: '条', required: true },
        { key: 'cartoons', label: '安全漫画', type: 'int', unit: '幅', required: true },
        { key: 'calligraphy', label: '硬笔书法', type: 'int', unit: '幅', required: true },
      ],
      tables: [
        {
          key: 'works',
          label: '推荐展出作品',
          maxRows: 100,
          columns: [
            { key: 'kind', label: '类别', type: 'choice', choices: ['安全感言', '安全漫画', '硬笔书法'] },
            { key: 'title', label: '作品', type: 'text' },
            { key: 'author', label: '作者', type: 'text' },
          ],
        },
      ],
    },
  ],
  rules: [],
};
const YANHUA_BRANCHES: [string, number, number, number, [string, string, string][]][] = [
  [
    '运行一分会',
    45,
    18,
    41,
    [
      ['安全感言', '安全是最好的福利，平安是最大的幸福', '王建军'],
      ['安全感言', '多看一眼，安全保险；多想一步，平安一路', '李红梅'],
      ['安全漫画', '《巡检路上》', '赵志刚'],
      ['硬笔书法', '《安全生产守则》', '孙丽'],
    ],
  ],
  [
    '检修分会',
    37,
    14,
    37,
    [
      ['安全感言', '票证不全不动火，措施不清不作业', '刘海涛'],
      ['安全漫画', '《挂牌上锁》', '陈晓东'],
      ['硬笔书法', '《我要安全》', '周文静'],
    ],
  ],
];

export async function seedReturns(db: Db): Promise<{ returns: number }> {
  let now = new Date('2021-01-04T09:00:00+08:00');
  const clock = () => now;
  const returns = createReturnsService(db, clock);
  const filling = createFillingService(db, clock);
  const at = (day: string, time = '10:00') => {
    now = new Date(`${day}T${time}:00+08:00`);
  };
  const names = [
    '顺义区总工会',
    ...TOWNS,
    ...SHUNYI_FIGURES.map((f) => f[0]),
    '燕山石化公司热电厂工会',
    ...YANHUA_BRANCHES.map((b) => b[0]),
  ];
  const orgs = await db.tx((sql) => resolveOrgNames(sql, { path: '/' }, names));
  const org = (name: string) => {
    const o = orgs.get(name);
    if (!o || o === 'ambiguous') throw new Error(`demo union missing: ${name}`);
    return o;
  };
  const shunyi = demoClerk(org('顺义区总工会'), '顺义区总工会经济技术部');

  // 顺义 2020
  const { id } = await returns.create(shunyi, {
    title: '2020年度经济技术创新工作助推情况统计表',
    periodKind: 'year',
    periodFrom: '2020-01-01',
    periodTo: '2020-12-31',
    targetLevel: 4,
    deadline: '2021-01-15',
    form: SHUNYI_FORM,
  });
  await returns.issue(shunyi, id);
  const fill = async (name: string, values: Record<string, number>, day: string) => {
    at(day);
    const actor = demoClerk(org(name), name);
    await filling.save(actor, id, org(name).id, {
      values: Object.entries(values).map(([key, v]) => ({ key, value: String(v) })),
    });
    await filling.submit(actor, id, org(name).id);
  };
  const towns = new Map([
    ['杨镇总工会', SHUNYI_FIGURES.slice(0, 3)],
    ['李遂镇总工会', SHUNYI_FIGURES.slice(3, 5)],
    ['马坡镇总工会', SHUNYI_FIGURES.slice(5, 7)],
    ['北小营镇总工会', SHUNYI_FIGURES.slice(7, 8)],
    ['双丰街道总工会', SHUNYI_FIGURES.slice(8, 10)],
    ['张镇总工会', SHUNYI_FIGURES.slice(10, 11)],
  ]);
  let day = 6;
  for (const [town, unions] of towns) {
    const townStaff = demoClerk(org(town), town);
    for (const [name, cert, win, above, trained, studios, innov] of unions) {
      const late = name === '北京北小营食品有限公司工会';
      const returned = name === '北京马坡精密机械有限公司工会';
      const on = late ? '2021-01-18' : `2021-01-${String(day).padStart(2, '0')}`;
      await fill(
        name,
        { cert: returned ? cert + 3 : cert, win, win_above: above, trained, studios, innov },
        on,
      );
      if (returned) {
        at('2021-01-08', '15:00');
        await filling.sendBack(townStaff, id, org(name).id, {
          comments: [{ key: 'cert', body: '证书人数与报送的花名册（30人）不符，请核对后重报' }],
        });
        await fill(name, { cert }, '2021-01-11');
      }
      // a return sent back is accepted once it came in again, not before
      at(late ? '2021-01-18' : returned ? '2021-01-11' : on, '16:00');
      await filling.accept(townStaff, id, org(name).id);
    }
    day = Math.min(day + 1, 13);
    const townOn = town === '北小营镇总工会' ? '2021-01-19' : '2021-01-14';
    at(townOn, '11:00');
    await filling.save(townStaff, id, org(town).id, {
      values: [{ key: 'contests', value: HELD_CONTESTS.includes(town) ? '1' : '0' }],
    });
    await filling.submit(townStaff, id, org(town).id);
    at(townOn, '17:00');
    await filling.accept(shunyi, id, org(town).id);
  }

  // 燕化热电厂 2020
  const plant = demoClerk(org('燕山石化公司热电厂工会'), '燕山石化公司热电厂工会');
  at('2020-06-01', '09:00');
  const yanhua = await returns.create(plant, {
    title: '2020年“我要安全”主题活动作品征集',
    periodKind: 'range',
    periodFrom: '2020-06-01',
    periodTo: '2020-06-30',
    targetLevel: 5,
    deadline: '2020-06-24',
    form: YANHUA_FORM,
  });
  await returns.issue(plant, yanhua.id);
  for (const [name, slogans, cartoons, calligraphy, works] of YANHUA_BRANCHES) {
    const branch = demoClerk(org(name), name);
    at('2020-06-22');
    await filling.save(branch, yanhua.id, org(name).id, {
      values: [
        { key: 'slogans', value: String(slogans) },
        { key: 'cartoons', value: String(cartoons) },
        { key: 'calligraphy', value: String(calligraphy) },
        ...works.flatMap(([kind, title, author], i) => [
          { key: `works.${i + 1}.kind`, value: kind },
          { key: `works.${i + 1}.title`, value: title },
          { key: `works.${i + 1}.author`, value: author },
        ]),
      ],
    });
    await filling.submit(branch, yanhua.id, org(name).id);
    at('2020-06-23');
    await filling.accept(plant, yanhua.id, org(name).id);
  }
  return { returns: 2 };
}
