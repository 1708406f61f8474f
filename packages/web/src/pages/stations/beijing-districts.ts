/**
 * Beijing's 16 districts as hand-simplified outlines ([lng, lat] in GCJ-02, a few points each), drawn as the
 * public page's map: no map tiles are fetched from outside. Good for placing stations roughly and choosing a
 * district, not for surveying; the city districts are drawn a little larger than they are so they can be tapped.
 */
export interface District {
  code: string;
  zh: string;
  en: string;
  outline: [number, number][];
}

export const DISTRICTS: District[] = [
  {
    code: '110119',
    zh: '延庆区',
    en: 'Yanqing',
    outline: [
      [115.43, 40.45],
      [115.75, 40.7],
      [116.05, 40.95],
      [116.42, 40.95],
      [116.38, 40.42],
      [116.05, 40.38],
      [115.75, 40.32],
    ],
  },
  {
    code: '110116',
    zh: '怀柔区',
    en: 'Huairou',
    outline: [
      [116.38, 40.42],
      [116.42, 40.95],
      [116.5, 41.06],
      [116.78, 41.02],
      [116.75, 40.55],
      [116.7, 40.3],
      [116.5, 40.3],
    ],
  },
  {
    code: '110118',
    zh: '密云区',
    en: 'Miyun',
    outline: [
      [116.75, 40.55],
      [116.78, 41.02],
      [117.2, 40.85],
      [117.5, 40.65],
      [117.3, 40.42],
      [116.98, 40.32],
      [116.7, 40.3],
    ],
  },
  {
    code: '110117',
    zh: '平谷区',
    en: 'Pinggu',
    outline: [
      [116.98, 40.32],
      [117.3, 40.42],
      [117.45, 40.25],
      [117.3, 40.05],
      [116.98, 40.05],
    ],
  },
  {
    code: '110114',
    zh: '昌平区',
    en: 'Changping',
    outline: [
      [115.95, 40.22],
      [116.05, 40.38],
      [116.38, 40.42],
      [116.5, 40.3],
      [116.48, 40.1],
      [116.38, 40.05],
      [116.2, 40.06],
      [116.05, 40.1],
    ],
  },
  {
    code: '110113',
    zh: '顺义区',
    en: 'Shunyi',
    outline: [
      [116.48, 40.1],
      [116.5, 40.3],
      [116.7, 40.3],
      [116.98, 40.32],
      [116.98, 40.05],
      [116.72, 40.0],
      [116.6, 40.02],
    ],
  },
  {
    code: '110109',
    zh: '门头沟区',
    en: 'Mentougou',
    outline: [
      [115.42, 40.0],
      [115.6, 40.15],
      [115.95, 40.22],
      [116.05, 40.1],
      [116.12, 39.98],
      [116.15, 39.9],
      [115.95, 39.85],
      [115.6, 39.88],
    ],
  },
  {
    code: '110108',
    zh: '海淀区',
    en: 'Haidian',
    outline: [
      [116.05, 40.1],
      [116.2, 40.06],
      [116.38, 40.05],
      [116.38, 39.955],
      [116.3, 39.91],
      [116.22, 39.93],
      [116.15, 39.98],
    ],
  },
  {
    code: '110107',
    zh: '石景山区',
    en: 'Shijingshan',
    outline: [
      [116.12, 39.98],
      [116.15, 39.98],
      [116.22, 39.93],
      [116.26, 39.87],
      [116.16, 39.87],
      [116.12, 39.9],
    ],
  },
  {
    code: '110102',
    zh: '西城区',
    en: 'Xicheng',
    outline: [
      [116.3, 39.91],
      [116.38, 39.955],
      [116.395, 39.955],
      [116.395, 39.87],
      [116.32, 39.86],
      [116.3, 39.88],
    ],
  },
  {
    code: '110101',
    zh: '东城区',
    en: 'Dongcheng',
    outline: [
      [116.395, 39.955],
      [116.38, 39.97],
      [116.44, 39.97],
      [116.45, 39.87],
      [116.395, 39.86],
      [116.395, 39.87],
    ],
  },
  {
    code: '110105',
    zh: '朝阳区',
    en: 'Chaoyang',
    outline: [
      [116.38, 40.05],
      [116.48, 40.1],
      [116.6, 40.02],
      [116.72, 40.0],
      [116.66, 39.82],
      [116.45, 39.82],
      [116.45, 39.87],
      [116.44, 39.97],
      [116.38, 39.97],
      [116.38, 39.955],
    ],
  },
  {
    code: '110106',
    zh: '丰台区',
    en: 'Fengtai',
    outline: [
      [116.15, 39.9],
      [116.16, 39.87],
      [116.26, 39.87],
      [116.3, 39.88],
      [116.32, 39.86],
      [116.395, 39.86],
      [116.45, 39.82],
      [116.42, 39.78],
      [116.2, 39.78],
      [116.05, 39.8],
    ],
  },
  {
    code: '110112',
    zh: '通州区',
    en: 'Tongzhou',
    outline: [
      [116.72, 40.0],
      [116.98, 40.05],
      [116.95, 39.7],
      [116.8, 39.6],
      [116.62, 39.65],
      [116.66, 39.82],
    ],
  },
  {
    code: '110115',
    zh: '大兴区',
    en: 'Daxing',
    outline: [
      [116.2, 39.78],
      [116.42, 39.78],
      [116.45, 39.82],
      [116.66, 39.82],
      [116.62, 39.65],
      [116.5, 39.45],
      [116.25, 39.5],
      [116.15, 39.6],
    ],
  },
  {
    code: '110111',
    zh: '房山区',
    en: 'Fangshan',
    outline: [
      [115.42, 40.0],
      [115.6, 39.88],
      [115.95, 39.85],
      [116.15, 39.9],
      [116.05, 39.8],
      [116.2, 39.78],
      [116.15, 39.6],
      [115.9, 39.5],
      [115.55, 39.6],
      [115.42, 39.75],
    ],
  },
];

export const districtName = (code: string, lang: string) => {
  const d = DISTRICTS.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.en : d.zh) : code;
};

/** The centre of a district's outline (the mean of its points): where "near this district" measures from. */
export function centreOf(code: string): [number, number] | undefined {
  const d = DISTRICTS.find((x) => x.code === code);
  if (!d) return undefined;
  const n = d.outline.length;
  return [d.outline.reduce((s, p) => s + p[0], 0) / n, d.outline.reduce((s, p) => s + p[1], 0) / n];
}

const A = 6378245.0;
const EE = 0.006693421622965943;

/** A phone's position (WGS-84) in GCJ-02, the system stations are kept in (the published transform). */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  const x = lng - 105;
  const y = lat - 35;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  dLat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLng += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  dLng += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}
