import { idCheckDigit } from '../modules/people/index.ts';

/** A small deterministic generator (mulberry32), so demo and benchmark data are the same on every run. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华志文海燕鹏辉玉兰萍红亮宇浩凯健俊帆帅旭宁琳晶欣悦晨曦博文思远子涵雨萱梓轩一诺浩然佳怡';

export function randomName(r: Random): string {
  const given = r.chance(0.6)
    ? GIVEN[r.int(0, GIVEN.length - 1)] + GIVEN[r.int(0, GIVEN.length - 1)]
    : GIVEN[r.int(0, GIVEN.length - 1)];
  return SURNAMES[r.int(0, SURNAMES.length - 1)] + given;
}

/** A valid 18-character ID number for a region code; `serial` makes it unique within a run. */
export function randomIdNumber(r: Random, region: string, serial: number, female?: boolean): string {
  const year = r.int(1965, 2003);
  const month = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  let seq = (serial % 500) * 2 + (female === undefined ? r.int(0, 1) : female ? 0 : 1);
  if (seq > 999) seq = 999;
  const order = String(seq).padStart(3, '0');
  const body = `${region}${year}${month}${day}${order}`;
  return body + idCheckDigit(body);
}

export function randomPhone(r: Random): string {
  return `1${r.pick(['3', '5', '8', '9'])}${String(r.int(0, 999999999)).padStart(9, '0')}`;
}
