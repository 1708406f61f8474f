import { writeWorkbook } from '../../src/shared/xlsx-writer.ts';
import { allCreated, type Created, historyRegister } from './register.ts';

const SERVICES = ['热饭', '充电', '饮水', '休息', '如厕', '法律咨询', '工会业务咨询', '应急药箱', '哺乳'];

/** Station services (站点服务台账): the people served at the demo's stations, per station, day and service. */
export const stationServicesRegister = historyRegister<Created>({
  key: 'stationServices',
  name: 'station services',
  defaultSize: 20_000,
  sheet: async ({ db }, n) => {
    const { rows: stations } = await db.query<{ name: string; opened: string }>(
      `select name, to_char(coalesce(opened_on, current_date - 400), 'YYYY-MM-DD') as opened from stations s
        where (select count(*) from stations t where t.name = s.name) = 1 order by id limit 50`,
    );
    return writeWorkbook([
      {
        name: '站点服务台账',
        headers: ['站点名称', '服务日期', '服务类别', '服务人数'],
        rows: Array.from({ length: n }, (_, i) => {
          const station = stations[i % stations.length];
          const k = Math.floor(i / stations.length);
          const on = new Date(
            Date.parse(station.opened) + (1 + Math.floor(k / SERVICES.length)) * 86_400_000,
          );
          return [
            station.name,
            on.toISOString().slice(0, 10),
            SERVICES[k % SERVICES.length],
            String(5 + (i % 40)),
          ];
        }),
      },
    ]);
  },
  importFile: ({ services, actor }, file, dryRun) =>
    services.stations.servicesRegister.importFile(actor, { file, fileName: 'ss.xlsx', dryRun }),
  expect: allCreated('service lines'),
});
