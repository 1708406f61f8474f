import { recounter } from '../reporting/index.ts';

/**
 * The selections' counts recounted from their rows (ADR 73): each selected nominee in their union on the day the
 * results were final (China time), dim the title conferred (the category's, else the selection's), dim2 the
 * category; each nomination made on the platform in the nominating unit on the day it was made (`nominated_on`;
 * the winners a register brought in were not nominated), by the same title and category.
 */
export const selectionsRecounter = recounter({
  area: 'selections',
  subjects: {
    'selections.nominations': { zh: '推荐人数', en: 'nominations' },
    'selections.titles': { zh: '授予称号人数', en: 'titles conferred' },
  },
  facts: `select 'selections.titles' as subject, n.person_org_id as org_id,
            (s.finalised_at at time zone 'Asia/Shanghai')::date as day, coalesce(c.title, s.title) as dim,
            c.name as dim2, 1 as n, 0 as fen
       from selection_nominations n join selection_categories c on c.id = n.category_id
       join selections s on s.id = n.selection_id
      where n.status = 'selected' and s.status = 'final'
     union all
     select 'selections.nominations', n.org_id, n.nominated_on, coalesce(c.title, s.title), c.name, 1, 0
       from selection_nominations n join selection_categories c on c.id = n.category_id
       join selections s on s.id = n.selection_id
      where n.nominated_on is not null`,
});
