import { recounter } from '../reporting/index.ts';

/**
 * The donations' counts recounted from their rows (ADR 73): each donation by kind with its amount (or value) on the
 * day received, each gift to a fund as the fund's income on that day (in the receiving union), and a fund's years
 * before the platform (income, people helped and granted) on 31 December of the year, in the fund's union.
 */
export const donationsRecounter = recounter({
  area: 'donations',
  subjects: {
    'donations.received': { zh: '受赠笔数（金额）', en: 'donations received (amount)' },
    'funds.income': { zh: '专项基金收入', en: 'special fund income' },
    'funds.helped': { zh: '专项基金帮扶人数（金额）', en: 'people helped by special funds (granted)' },
  },
  facts: `select 'donations.received' as subject, d.org_id, d.received_on as day, d.kind as dim, '' as dim2,
            1 as n, d.amount_fen as fen
       from donations d
     union all
     select 'funds.income', d.org_id, d.received_on, d.fund_id::text, '', 1, d.amount_fen
       from donations d where d.fund_id is not null
     union all
     select 'funds.income', f.org_id, make_date(y.year, 12, 31), f.id::text, '', 0, y.income_fen
       from fund_years y join funds f on f.id = y.fund_id
     union all
     select 'funds.helped', f.org_id, make_date(y.year, 12, 31), f.id::text, '', y.helped, y.granted_fen
       from fund_years y join funds f on f.id = y.fund_id`,
});
