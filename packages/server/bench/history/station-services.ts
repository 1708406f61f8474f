import { allCreated, type Created, sheetRegister } from './register.ts';

const SERVICES = ['热饭', '充电', '饮水', '休息', '如厕', '法律咨询', '工会业务咨询', '应急药箱', '哺乳'];

/** n lines: day by day from the day after each station opened (none after yesterday), each service once a day. */
function serviceLines(stations: { name: string; opened: string }[], n: number): string[][] {
  const rows: string[][] = [];
  const yesterday = Date.now() - 86_400_000;
  for (let d = 1; rows.length < n; d++) {
    const open = stations.filter((s) => Date.parse(s.opened) + d * 86_400_000 <= yesterday);
    if (!open.length) throw new Error(`station services: the demo's stations hold only ${rows.length} lines`);
    for (const s of open)
      for (const service of SERVICES) {
        const on = new Date(Date.parse(s.opened) + d * 86_400_000).toISOString().slice(0, 10);
        if (rows.length < n) rows.push([s.name, on, service, String(5 + (rows.length % 40))]);
      }
  }
  return rows;
}

/** Station services (站点服务台账): the people served at the demo's stations, per station, day and service. */
export const stationServicesRegister = sheetRegister<Created>({
  key: 'stationServices',
  name: 'station services',
  defaultSize: 20_000,
  sheetName: '站点服务台账',
  headers: ['站点名称', '服务日期', '服务类别', '服务人数'],
  rows: async ({ db }, n) => {
    const { rows: stations } = await db.query<{ name: string; opened: string }>(
      `select name, to_char(coalesce(opened_on, current_date - 400), 'YYYY-MM-DD') as opened from stations s
        where (select count(*) from stations t where t.name = s.name) = 1 order by id limit 50`,
    );
    return serviceLines(stations, n);
  },
  fileName: 'ss.xlsx',
  service: (s) => s.stations.servicesRegister,
  expect: allCreated('service lines'),
});
