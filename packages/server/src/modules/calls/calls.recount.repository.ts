import { recounter } from '../reporting/index.ts';

/**
 * The calls' counts recounted from their rows (ADR 73), in the author's union, dim the category: each work on the
 * day first sent (dim2 the category's kind; sending a returned work again is not a new work), each passed one on
 * its review day, each return on its day (one row each, however often a work is sent again), each chosen one by
 * result on the day chosen.
 */
export const callsRecounter = recounter({
  area: 'calls',
  subjects: {
    'calls.submitted': { zh: '报送作品数', en: 'works sent' },
    'calls.passed': { zh: '审核通过数', en: 'works passed' },
    'calls.returned': { zh: '退回数', en: 'returns to the author' },
    'calls.chosen': { zh: '评选结果数', en: 'works chosen' },
  },
  facts: `select 'calls.submitted' as subject, w.org_id, w.submitted_on as day, w.category_id::text as dim,
            k.kind as dim2, 1 as n, 0 as fen
       from call_works w join call_categories k on k.id = w.category_id
     union all
     select 'calls.passed', w.org_id, w.reviewed_on, w.category_id::text, '', 1, 0
       from call_works w where w.status = 'passed' and w.reviewed_on is not null
     union all
     select 'calls.returned', r.org_id, r.returned_on, w.category_id::text, '', 1, 0
       from call_work_returns r join call_works w on w.id = r.work_id
     union all
     select 'calls.chosen', w.org_id, w.result_on, w.category_id::text, w.result, 1, 0
       from call_works w where w.result is not null and w.result_on is not null`,
});
