import type { Committee, OrgKind } from '../modules/org/index.ts';

/** The union tree drawn from the seed pages (劳动午报), with a few synthetic enterprises to hold members. */
export interface DemoOrg {
  name: string;
  kind: OrgKind;
  key?: string;
  region?: string;
  uscc?: string;
  foundedOn?: string;
  committee?: Committee;
  children?: DemoOrg[];
}

const grassroots = (...names: string[]): DemoOrg[] => names.map((name) => ({ name, kind: 'grassroots' }));

export const DEMO_TREE: DemoOrg = {
  name: '北京市总工会',
  kind: 'federation',
  key: 'federation',
  children: [
    {
      name: '顺义区总工会',
      kind: 'district',
      key: 'shunyi',
      region: '110113',
      children: [
        {
          name: '杨镇总工会',
          kind: 'town',
          key: 'yangzhen',
          children: [
            // The demo worker's union; its staff account reviews at the grassroots step.
            { name: '北京杨镇汇丰包装有限公司工会', kind: 'grassroots', key: 'huifeng' },
            ...grassroots('杨镇社区卫生服务中心工会', '北京顺鑫杨镇农业有限公司工会'),
          ],
        },
        {
          name: '李遂镇总工会',
          kind: 'town',
          children: grassroots('北京李遂建材有限公司工会', '李遂镇中心小学工会'),
        },
        {
          name: '马坡镇总工会',
          kind: 'town',
          children: grassroots('北京马坡精密机械有限公司工会', '马坡物流园工会联合会'),
        },
        { name: '北小营镇总工会', kind: 'town', children: grassroots('北京北小营食品有限公司工会') },
        {
          name: '双丰街道总工会',
          kind: 'street',
          children: grassroots('双丰街道快递行业工会', '北京双丰物业管理有限公司工会'),
        },
        { name: '张镇总工会', kind: 'town', children: grassroots('北京张镇农机合作社工会') },
      ],
    },
    {
      name: '昌平区总工会',
      kind: 'district',
      key: 'changping',
      region: '110114',
      children: [
        { name: '昌平区医院工会', kind: 'grassroots', children: [{ name: '心内科分会', kind: 'branch' }] },
        { name: '昌平区卫健委工会', kind: 'grassroots' },
        { name: '延寿镇总工会', kind: 'town', children: grassroots('延寿社区卫生服务中心工会') },
        { name: '回龙观街道总工会', kind: 'street', children: grassroots('北京回龙观软件园工会联合会') },
      ],
    },
    {
      name: '通州区总工会',
      kind: 'district',
      key: 'tongzhou',
      region: '110112',
      children: [
        {
          name: '潞源街道总工会',
          kind: 'street',
          children: grassroots('城市副中心建设项目部工会', '通州区环卫中心工会'),
        },
        { name: '永顺镇总工会', kind: 'town', children: grassroots('通州外卖骑手联合工会') },
      ],
    },
    {
      name: '平谷区总工会',
      kind: 'district',
      region: '110117',
      children: [
        {
          name: '平谷镇总工会',
          kind: 'town',
          children: grassroots(
            '维达纸业（北京）有限公司工会',
            '北京普析通用仪器有限责任公司工会',
            '北京东升制药有限公司工会',
            '北京平谷岳协医院工会',
          ),
        },
        ...grassroots(
          '中国邮政集团公司北京市平谷区分公司工会',
          '北京绿都设施投资有限公司工会',
          '北京锦绣绿都园林绿化有限公司工会',
        ),
      ],
    },
    {
      name: '怀柔区总工会',
      kind: 'district',
      region: '110116',
      children: [
        {
          name: '怀柔区消防救援支队工会',
          kind: 'grassroots',
          foundedOn: '2020-12-14',
          committee: {
            electedOn: '2020-12-14',
            term: 1,
            chair: '宋建军',
            viceChairs: ['李海涛'],
            members: ['宋建军', '李海涛', '王雪', '赵明', '刘志强'],
          },
        },
        { name: '龙山街道总工会', kind: 'street', children: grassroots('龙山街道社区工会联合会') },
      ],
    },
    {
      name: '西城区总工会',
      kind: 'district',
      region: '110102',
      children: [
        {
          name: '德胜街道总工会',
          kind: 'street',
          committee: { chair: '陈洪祥' },
          children: grassroots('德胜街道楼宇联合工会', '德胜街道环卫保洁工会'),
        },
      ],
    },
    {
      name: '门头沟区总工会',
      kind: 'district',
      region: '110109',
      children: grassroots('门头沟区城管局工会'),
    },
    {
      name: '房山区总工会',
      kind: 'district',
      region: '110111',
      children: [
        { name: '大安山乡总工会', kind: 'town', children: grassroots('大安山乡机关工会') },
        { name: '阎村镇总工会', kind: 'town', children: grassroots('北京海聚博源科技孵化器有限公司工会') },
        {
          name: '燕山石化公司工会',
          kind: 'group',
          children: [
            {
              name: '燕山石化公司热电厂工会',
              kind: 'grassroots',
              children: [
                { name: '运行一分会', kind: 'branch' },
                { name: '检修分会', kind: 'branch' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: '丰台区总工会',
      kind: 'district',
      region: '110106',
      children: [
        { name: '卢沟桥地区总工会', kind: 'street', children: grassroots('卢沟桥地区商贸企业联合工会') },
      ],
    },
    {
      name: '海淀区总工会',
      kind: 'district',
      region: '110108',
      children: [
        { name: '中关村科学城总工会', kind: 'street', children: grassroots('小米科技有限责任公司工会') },
        ...grassroots('北京市保安服务总公司海淀分公司工会'),
      ],
    },
    { name: '朝阳区总工会', kind: 'district', region: '110105', children: grassroots('北京朝阳邮政工会') },
    {
      name: '东城区总工会',
      kind: 'district',
      region: '110101',
      children: [
        {
          name: '建国门街道总工会',
          kind: 'street',
          committee: { chair: '黄波' },
          children: grassroots('建国门街道快递之家工会'),
        },
      ],
    },
    {
      name: '北京邮政工会',
      kind: 'industry',
      region: '110102',
      children: [
        {
          name: '北京邮政投递分公司工会',
          kind: 'group',
          children: grassroots('城区投递一部工会', '城区投递二部工会'),
        },
      ],
    },
    {
      name: '市工业（国防）工会',
      kind: 'industry',
      region: '110107',
      children: [
        {
          name: '首钢集团工会',
          kind: 'group',
          children: [
            {
              name: '首矿大石河铁矿工会',
              kind: 'grassroots',
              children: [{ name: '二马采矿车间分会', kind: 'branch' }],
            },
          ],
        },
      ],
    },
    {
      name: '北京公交集团工会',
      kind: 'industry',
      region: '110105',
      children: [
        {
          name: '公交集团客一分公司工会',
          kind: 'group',
          children: [{ name: '客一分公司十八车队工会', kind: 'grassroots' }],
        },
      ],
    },
  ],
};
