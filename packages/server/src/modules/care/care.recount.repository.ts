import { recounter } from '../reporting/index.ts';

/**
 * The care counts recounted from their rows (ADR 73), on the day of the visit in the visiting union, dim the
 * campaign ('' outside one): each visit and the workers it reached by recipient kind, and the goods it delivered
 * from the campaign's stock by '<unit>|<item>' with their quantity.
 */
export const careRecounter = recounter({
  area: 'care',
  subjects: {
    'care.visits': { zh: '走访慰问次数', en: 'visits' },
    'care.people': { zh: '慰问职工人数', en: 'workers reached' },
    'care.goods': { zh: '发放物资数量', en: 'goods handed out' },
  },
  facts: `select 'care.visits' as subject, v.org_id, v.visited_on as day, coalesce(v.campaign_id::text, '') as dim,
            v.recipient_kind as dim2, 1 as n, 0 as fen
       from care_visits v
     union all
     select 'care.people', v.org_id, v.visited_on, coalesce(v.campaign_id::text, ''), v.recipient_kind, v.people, 0
       from care_visits v
     union all
     select 'care.goods', v.org_id, v.visited_on, coalesce(v.campaign_id::text, ''), s.unit || '|' || s.item,
            m.quantity, 0
       from care_visits v join care_stock_moves m on m.visit_id = v.id join care_stock s on s.id = m.stock_id`,
});
