import { defineModule } from '../../module-manifest.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { selectionsRecounter } from './selections.recount.repository.ts';
import { selectionsRoutes } from './selections.routes.ts';
import { createSelectionsService } from './selections.service.ts';
import { selectionsTodo } from './selections.todo.repository.ts';
import { selectionsUsage } from './selections.usage.ts';

export { type SeededSelections, seedSelections } from './selections.demo.ts';
export { purgeSelectionCounters } from './selections.repository.ts';
export { selectionsRoutes } from './selections.routes.ts';
export { createSelectionsService, type SelectionsService } from './selections.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'selections',
  auditNames: {
    selection: namedBy('selections', 'title'),
    // the nominee and the selection: a nomination is put to public notice
    selection_nomination: namedByQuery(
      `select n.id, p.name as person, s.title as name from selection_nominations n join persons p on p.id = n.person_id
         join selections s on s.id = n.selection_id where n.id = any($1::bigint[])`,
    ),
    // the nomination objected to (never the objector, who may ask to stay unnamed)
    selection_objection: namedByQuery(
      `select o.id, p.name as person, s.title as name from selection_objections o
         join selection_nominations n on n.id = o.nomination_id join persons p on p.id = n.person_id
         join selections s on s.id = o.selection_id where o.id = any($1::bigint[])`,
    ),
  },
  todo: selectionsTodo,
  menuUsage: selectionsUsage,
  recounter: selectionsRecounter,
  description:
    '`selections` and their categories, rubric (`selection_criteria`), quota use per nominating unit, nominations and attachments, the panel (`selection_judges`), final scores, public-notice objections — nomination within quotas, judging with recusal, ranking, 公示, final award records (ADR 18); the register of past results brought in final on their announcement day (ADR 41)',
  dependencyNotes: { programs: 'eligibility rules' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ selections: createSelectionsService(db, ids, clock) }),
  routes: (app, s) => selectionsRoutes(app, s),
  cliRegisters: {
    selections: {
      zh: '评选获评人员',
      doc: '评选表彰结果台账, `/api/selections/import`: one row per winner',
      of: (s) => s.selections.register,
    },
  },
});
