import { recounter } from '../reporting/index.ts';

/**
 * The stations' counts recounted from their rows (ADR 73), in the union the row was recorded for: each visit on its
 * day (dim the station, dim2 how: 'qr' or 'staff'), each handout of goods on its day by item and unit, each
 * inspection on its day by stars ('failed' when none). The open stations ('stations.stations') are not recounted:
 * a change of a station's kind, union or status keeps only the station's present row.
 */
export const stationsRecounter = recounter({
  area: 'stations',
  subjects: {
    'stations.visits': { zh: '服务人次', en: 'visits' },
    'stations.goods': { zh: '发放物资数量', en: 'goods handed out' },
    'stations.inspections': { zh: '评星检查次数', en: 'inspections' },
  },
  facts: `select 'stations.visits' as subject, v.org_id, v.visited_on as day, v.station_id::text as dim, v.via as dim2,
            1 as n, 0 as fen
       from station_visits v
     union all
     select 'stations.visits', k.org_id, k.served_on, k.station_id::text, 'register', k.people, 0
       from station_service_counts k
     union all
     select 'stations.goods', m.org_id, m.moved_on, s.item, s.unit, m.quantity, 0
       from station_stock_moves m join station_stock s on s.id = m.stock_id where m.kind = 'handout'
     union all
     select 'stations.inspections', i.org_id, i.inspected_on,
            case when i.result = 'stars' then i.stars::text else 'failed' end, '', 1, 0
       from station_inspections i`,
});
