import type { Db } from '../../db/db.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { tokenOf } from './stations.repository.ts';
import { createStationsService } from './stations.service.ts';
import { STATION_CHECKLIST, type StationService } from './stations.vocabulary.ts';

/**
 * Seeds 001 and 003: 北京邮政 upgraded 165 “投递员之家” in the city districts (热饭, 充电, 饮水, 休息, 如厕), accepted
 * and inspected (年检) within the last year but for 15 last seen at the upgrade's acceptance in December 2020 (flagged); 建国门街道总工会's
 * “暖心驿站” for outdoor and new-employment-form workers hands out 温暖包 and 熟食 and offers 工会业务咨询 and 法律宣传.
 * Six months of visits (QR check-ins and services with goods) up to the day the demo is loaded.
 */
const POSTAL: { district: string; name: string; centre: [number, number]; places: string[]; n: number }[] = [
  {
    district: '110101',
    name: '东城区',
    centre: [116.416, 39.928],
    n: 25,
    places: [
      '东四',
      '东直门',
      '建国门',
      '朝阳门',
      '和平里',
      '安定门',
      '崇文门',
      '天坛',
      '龙潭',
      '永定门',
      '前门',
      '东花市',
      '体育馆路',
      '北新桥',
      '景山',
    ],
  },
  {
    district: '110102',
    name: '西城区',
    centre: [116.366, 39.912],
    n: 30,
    places: [
      '西单',
      '西四',
      '德胜门',
      '新街口',
      '月坛',
      '广安门',
      '白纸坊',
      '陶然亭',
      '金融街',
      '展览路',
      '椿树',
      '牛街',
      '天桥',
      '什刹海',
      '大栅栏',
    ],
  },
  {
    district: '110105',
    name: '朝阳区',
    centre: [116.486, 39.948],
    n: 45,
    places: [
      '三里屯',
      '呼家楼',
      '望京',
      '酒仙桥',
      '亚运村',
      '大屯',
      '双井',
      '劲松',
      '潘家园',
      '十里堡',
      '管庄',
      '朝外',
      '小关',
      '来广营',
      '东坝',
      '常营',
      '太阳宫',
      '高碑店',
      '垡头',
      '八里庄',
      '团结湖',
      '麦子店',
      '左家庄',
    ],
  },
  {
    district: '110108',
    name: '海淀区',
    centre: [116.298, 39.959],
    n: 35,
    places: [
      '中关村',
      '五道口',
      '学院路',
      '北太平庄',
      '甘家口',
      '紫竹院',
      '万寿路',
      '永定路',
      '清河',
      '上地',
      '西三旗',
      '马甸',
      '双榆树',
      '田村',
      '四季青',
      '温泉',
      '苏家坨',
      '羊坊店',
    ],
  },
  {
    district: '110106',
    name: '丰台区',
    centre: [116.286, 39.858],
    n: 22,
    places: [
      '方庄',
      '丰台镇',
      '右安门',
      '大红门',
      '卢沟桥',
      '新村',
      '长辛店',
      '云岗',
      '宛平',
      '和义',
      '东高地',
      '南苑',
    ],
  },
  {
    district: '110107',
    name: '石景山区',
    centre: [116.223, 39.906],
    n: 8,
    places: ['古城', '八角', '鲁谷', '苹果园', '金顶街', '老山', '广宁', '五里坨'],
  },
];

/** A small deterministic generator, so the demo is the same every time. */
function lcg(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const dayMinus = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export async function seedStations(db: Db, ids: IdProtector, today: string): Promise<{ stations: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, [
      '城区投递一部工会',
      '城区投递二部工会',
      '北京邮政投递分公司工会',
      '建国门街道总工会',
      '建国门街道快递之家工会',
    ]),
  );
  const org = (n: string) => {
    const o = names.get(n);
    return o && o !== 'ambiguous' ? o : undefined;
  };
  const post1 = org('城区投递一部工会');
  const post2 = org('城区投递二部工会');
  const jgm = org('建国门街道总工会');
  if (!post1 || !post2 || !jgm) return { stations: 0 };
  let now = new Date(`${today}T09:00:00+08:00`);
  const service = createStationsService(db, ids, () => now);
  const clerk = demoAdmin('demo', '演示数据');
  const random = lcg(20201215);
  const postal: number[] = [];
  let serial = 0;
  for (const d of POSTAL) {
    for (let i = 0; i < d.n; i++) {
      const place = d.places[i % d.places.length];
      const round = Math.floor(i / d.places.length);
      const services: StationService[] = ['meal', 'charge', 'water', 'rest', 'toilet'];
      if (serial % 3 === 0) services.push('firstaid');
      const { id } = await service.create(clerk, {
        orgId: (serial % 2 === 0 ? post1 : post2).id,
        name: `${place}投递部投递员之家${round ? `（${['', '二', '三'][round]}站）` : ''}`,
        kind: 'postal',
        district: d.district,
        address: `北京市${d.name}${place}邮政投递部${round ? `${round + 1}号院` : ''}`,
        lng: d.centre[0] + (random() - 0.5) * 0.08,
        lat: d.centre[1] + (random() - 0.5) * 0.06,
        openingHours: '每天 07:00—20:00',
        services,
        phone: `010-6${String(5000000 + serial * 731).slice(0, 7)}`,
        openedOn: '2020-06-30',
      });
      postal.push(id);
      serial += 1;
    }
  }
  // inspected (年检) within the last year, but for one in eleven, last inspected at the upgrade's acceptance
  for (const [i, id] of postal.entries()) {
    const stars = i % 5 === 0 ? 5 : i % 5 < 3 ? 4 : 3;
    const overdue = i % 11 === 10;
    await service.inspect(clerk, id, {
      inspectors: '北京邮政工会 生活保障部',
      checklist: STATION_CHECKLIST.map((item, k) => ({ item, passed: !(stars === 3 && k === 4) })),
      result: 'stars',
      stars: overdue ? 3 : stars,
      effectiveOn: overdue ? '2020-12-15' : dayMinus(today, 20 + ((i * 7) % 300)),
    });
  }

  const warm = await service.create(clerk, {
    orgId: jgm.id,
    name: '建国门街道“暖心驿站”',
    kind: 'outdoor',
    district: '110101',
    address: '北京市东城区建国门街道快递之家',
    lng: 116.43472,
    lat: 39.908721,
    openingHours: '每天 08:00—21:00',
    services: ['water', 'meal', 'charge', 'rest', 'toilet', 'legal', 'consult'],
    phone: '010-65120000',
    note: '为户外劳动者和新就业形态劳动者提供热水、熟食、温暖包，现场提供工会业务咨询、法律宣传',
    openedOn: '2020-11-01',
  });
  const home = await service.create(clerk, {
    orgId: (org('建国门街道快递之家工会') ?? jgm).id,
    name: '建国门街道快递之家职工之家',
    kind: 'home',
    district: '110101',
    address: '北京市东城区建国门街道快递之家二层',
    lng: 116.435,
    lat: 39.9091,
    openingHours: '工作日 09:00—18:00',
    services: ['rest', 'water', 'charge', 'consult'],
    openedOn: '2020-11-01',
  });
  const nursing = await service.create(clerk, {
    orgId: (org('北京邮政投递分公司工会') ?? post1).id,
    name: '北京邮政投递分公司母婴室',
    kind: 'nursing',
    district: '110102',
    address: '北京市西城区北京邮政投递分公司办公楼三层',
    lng: 116.3594,
    lat: 39.9143,
    openingHours: '工作日 08:30—17:30',
    services: ['nursing', 'water', 'rest'],
    openedOn: '2021-03-08',
  });
  await service.inspect(clerk, warm.id, {
    inspectors: '东城区总工会 建国门街道总工会',
    checklist: STATION_CHECKLIST.map((item) => ({ item, passed: true })),
    result: 'stars',
    stars: 5,
    effectiveOn: dayMinus(today, 60),
  });
  await service.inspect(clerk, nursing.id, {
    inspectors: '北京邮政工会 女职工委员会',
    checklist: STATION_CHECKLIST.map((item, k) => ({ item, passed: k !== 2 })),
    result: 'failed',
    note: '哺乳设施待补充，限期整改',
    effectiveOn: dayMinus(today, 90),
  });
  void home;

  // stock: 温暖包 and 熟食 at the 暖心驿站, water at eight 投递员之家
  const start = dayMinus(today, 182);
  const packs = await service.receive(clerk, warm.id, {
    item: '温暖包',
    unit: '份',
    quantity: 300,
    source: '建国门街道总工会送温暖',
    effectiveOn: start,
  });
  const food = await service.receive(clerk, warm.id, {
    item: '熟食',
    unit: '份',
    quantity: 200,
    source: '建国门街道总工会',
    effectiveOn: start,
  });
  const busy = postal.filter((_, i) => i % 14 === 0).slice(0, 8);
  const water = new Map<number, number>();
  for (const id of busy) {
    const r = await service.receive(clerk, id, {
      item: '矿泉水',
      unit: '箱',
      quantity: 40,
      source: '北京邮政工会',
      effectiveOn: start,
    });
    water.set(id, r.id);
  }

  // six months of visits: QR check-ins on their days, and services with goods
  for (let m = 0; m < 6; m++) {
    for (let k = 0; k < 16; k++) {
      const day = dayMinus(today, 180 - m * 30 - (k % 28));
      if (day > today) continue;
      now = new Date(`${day}T${String(8 + (k % 12)).padStart(2, '0')}:30:00+08:00`);
      await service.checkIn(await tokenOf(db, warm.id), null, `demo-${m}-${k}`);
    }
    for (let k = 0; k < 5; k++) {
      const day = dayMinus(today, 178 - m * 30 - k * 5);
      if (day > today) continue;
      now = new Date(`${today}T09:00:00+08:00`);
      await service.recordService(clerk, warm.id, {
        services: k % 2 ? ['consult', 'legal'] : ['meal', 'water'],
        goods: [
          { stockId: packs.id, quantity: 8 },
          { stockId: food.id, quantity: 5 },
        ],
        note: k % 2 ? '工会业务咨询、法律宣传' : '送温暖包、熟食',
        effectiveOn: day,
      });
    }
    for (const [i, id] of busy.entries()) {
      const token = await tokenOf(db, id);
      for (let k = 0; k < 2 + (i % 3); k++) {
        const day = dayMinus(today, 175 - m * 30 - k * 6);
        if (day > today) continue;
        now = new Date(`${day}T12:00:00+08:00`);
        await service.checkIn(token, null, `demo-${id}-${m}-${k}`);
      }
      now = new Date(`${today}T09:00:00+08:00`);
      await service.recordService(clerk, id, {
        services: ['water', 'rest'],
        goods: [{ stockId: water.get(id) as number, quantity: 1 + (i % 2) }],
        effectiveOn: dayMinus(today, 170 - m * 30),
      });
    }
  }
  return { stations: postal.length + 3 };
}
