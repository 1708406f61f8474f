import {
  aimed,
  createsFor,
  fileUpload,
  scoped,
  subtreeList,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { changpingStation } from './stations.test-kit.ts';

/**
 * Scope cases for service stations: 昌平's station, its stock, photo and inspections are reached only from 昌平's
 * subtree; the public list and the QR check-in are public (no personal data).
 */
const station = (orgId: number, name = '昌平区户外劳动者驿站') =>
  changpingStation(orgId, name, { openingHours: '每天 08:00—20:00', services: ['water', 'charge', 'rest'] });
/** A one-file multipart upload (field `file`): a PNG. */
const photo = () => fileUpload('驿站.png', 'image/png', Buffer.from('\x89PNG\r\n\x1a\nphoto', 'binary'));

/** The services register's file, naming 昌平's station on its opening day (written by setup). */
const servicesOf = { csv: '' };

export async function setup({ api, call, db, f }: SetupContext): Promise<Record<string, number>> {
  const a = (await api('changping', 'POST', '/api/stations', station(f.cp))) as { id: number };
  const b = (await api('changping', 'POST', '/api/stations', station(f.cp, '昌平区职工之家'))) as {
    id: number;
  };
  const stock = (await api('changping', 'POST', `/api/stations/${a.id}/stock`, {
    item: '矿泉水',
    unit: '瓶',
    quantity: 100,
  })) as { id: number };
  const res = await call('changping', { method: 'POST', url: `/api/stations/${a.id}/photos`, ...photo() });
  if (res.statusCode !== 200) throw new Error(`photo upload → ${res.statusCode} ${res.body}`);
  const { rows } = await db.query<{ day: string }>(
    'select opened_on::text as day from stations where id = $1',
    [a.id],
  );
  servicesOf.csv = `站点名称,服务日期,服务类别,服务人数\n昌平区户外劳动者驿站,${rows[0].day},饮水,35\n`;
  return { stA: a.id, stB: b.id, stStock: stock.id, stPhoto: (res.json() as { id: number }).id };
}

const inspection = {
  inspectors: '昌平区总工会',
  checklist: [{ item: '设施设备完好', passed: true }],
  result: 'stars',
  stars: 4,
};
const range = { from: '2025-01-01', to: '2025-12-31' };

export const cases: Record<string, ScopeCase> = {
  'GET /api/stations': subtreeList,
  'POST /api/stations': createsFor(station, (f) => station(f.cpTown, '延寿镇职工之家')),
  'GET /api/stations/export': scoped({
    denied: (f) => [{ query: { orgId: f.cp, format: 'xlsx' } }],
    lists: () => [{ query: { format: 'xlsx' } }],
    control: (f) => ({ query: { orgId: f.cp, format: 'geojson' } }),
  }),
  'GET /api/stations/stats': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/stations/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/stations/services/import/template.xlsx': unaimed,
  // 杨镇 naming 昌平's station finds no station of that name among its own: a row error, nothing written
  // (stations.services.import.test.ts), never a word of 昌平's stations.
  'POST /api/stations/services/import': scoped({
    denied: () => [],
    control: () => ({
      body: { fileName: '站点服务台账.csv', contentBase64: Buffer.from(servicesOf.csv).toString('base64') },
    }),
  }),
  'GET /api/stations/:id': aimed((f) => ({ params: { id: f.ids.stA } })),
  'PATCH /api/stations/:id': scoped({
    denied: (f) => [
      { params: { id: f.ids.stB }, body: { ...station(f.cp, '昌平区职工之家'), status: 'closed' } },
      // the opening day corrected
      {
        params: { id: f.ids.stB },
        body: { ...station(f.cp, '昌平区职工之家'), status: 'open', openedOn: '2024-01-01' },
      },
    ],
    control: (f) => ({
      params: { id: f.ids.stB },
      body: { ...station(f.cp, '昌平区职工之家（新址）'), status: 'open', openedOn: '2024-03-01' },
    }),
  }),
  'POST /api/stations/:id/token': aimed((f) => ({ params: { id: f.ids.stB } })),
  'POST /api/stations/:id/stock': aimed((f) => ({
    params: { id: f.ids.stA },
    body: { item: '温暖包', unit: '份', quantity: 10 },
  })),
  'POST /api/stations/:id/services': aimed((f) => ({
    params: { id: f.ids.stA },
    body: { services: ['water'], goods: [{ stockId: f.ids.stStock, quantity: 1 }] },
  })),
  'POST /api/stations/:id/inspections': aimed((f) => ({ params: { id: f.ids.stA }, body: inspection })),
  'POST /api/stations/:id/photos': aimed((f) => ({ params: { id: f.ids.stA }, ...photo() })),
  'GET /api/stations/:id/photos/:photoId': aimed((f) => ({
    params: { id: f.ids.stA, photoId: f.ids.stPhoto },
  })),
  'GET /api/public/stations': { kind: 'public' },
  'GET /api/public/stations/checkin/:token': { kind: 'public' },
  'POST /api/public/stations/checkin/:token': { kind: 'public' },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/stations/services/import/template.xlsx': () => ({}),
  'GET /api/stations/export': () => ({ query: { format: 'xlsx' } }),
  'GET /api/stations/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
};
