import type { Sql } from '../../db/db.ts';
import { type CountCell, type Recounter, runRecount } from '../reporting/index.ts';

/**
 * The selections' counts recounted from their rows (ADR 73): each selected nominee in their union on the day the
 * results were final (China time), dim the title conferred (the category's, else the selection's), dim2 the
 * category. The nominations ('selections.nominations') are not recounted: a nomination's row keeps no day of its
 * own (its `created_at` is the database's moment of writing, not the day the nomination counts on).
 */
export function recountSelectionCounts(sql: Sql, q: { path: string }): Promise<CountCell[]> {
  return runRecount(
    sql,
    `select 'selections.titles' as subject, n.person_org_id as org_id,
            (s.finalised_at at time zone 'Asia/Shanghai')::date as day, coalesce(c.title, s.title) as dim,
            c.name as dim2, 1 as n, 0 as fen
       from selection_nominations n join selection_categories c on c.id = n.category_id
       join selections s on s.id = n.selection_id
      where n.status = 'selected' and s.status = 'final'`,
    q.path,
  );
}

export const selectionsRecounter: Recounter = {
  area: 'selections',
  subjects: {
    'selections.titles': { zh: '授予称号人数', en: 'titles conferred' },
  },
  recount: recountSelectionCounts,
};
