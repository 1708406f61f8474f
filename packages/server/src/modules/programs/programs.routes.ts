import { routeMould } from '../../http/route-mould.ts';
import { EffectiveOn, IdParams, Obj } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { programRunningRoutes } from './programs.running.routes.ts';
import {
  CreateProgramBody,
  PatchProgramBody,
  ProgramDetailSchema,
  ProgramListSchema,
  ProgramQuery,
  RuleCatalogueSchema,
} from './programs.schemas.ts';
import type { ProgramsService } from './programs.service.ts';
import type { ProgramInput } from './programs.types.ts';

/** The day a program's publication or closing took effect (ADR 40). */
const DayBody = Obj({ effectiveOn: EffectiveOn });

const tags = ['programs'];

/** Staff: programs as data — define, version, publish, simulate, propose, batch-submit. */
export function programsRoutes(app: App, { programs }: { programs: ProgramsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/programs', {
    config: { permission: 'programs.read' },
    summary: 'Programs owned in my subtree or by a union above mine',
    querystring: ProgramQuery,
    response: ProgramListSchema,
    use: programs.list,
  });
  on.get('/api/programs/rule-fields', {
    config: { permission: 'programs.read' },
    summary:
      'The rule vocabulary: person and record fields with labels (zh/en), the comparisons each accepts, ' +
      'their values and bounds; the amount kinds and tier keys (see docs/rules.md)',
    response: RuleCatalogueSchema,
    run: async (_actor) => programs.ruleFields(),
  });
  on.post('/api/programs', {
    config: { permission: 'programs.write' },
    summary:
      'Create a draft program (rule and amount become version 1; validated, bilingual 400 with the path)',
    body: CreateProgramBody,
    response: ProgramDetailSchema,
    run: (actor, { body }) => programs.create(actor, body as ProgramInput),
  });
  on.get('/api/programs/:id', {
    config: { permission: 'programs.read' },
    summary: 'A program with its current rule and amount, quota/budget usage and application counts',
    params: IdParams,
    response: ProgramDetailSchema,
    use: programs.get,
  });
  on.patch('/api/programs/:id', {
    config: { permission: 'programs.write' },
    summary: 'Edit a program; a changed rule or amount is saved as a new version',
    params: IdParams,
    body: PatchProgramBody,
    response: ProgramDetailSchema,
    run: (actor, { params, body }) => programs.update(actor, params.id, body as Partial<ProgramInput>),
  });
  const program = on.record('/api/programs/:id', {
    config: { permission: 'programs.write' },
    response: ProgramDetailSchema,
  });
  program.post('/publish', {
    summary: 'Publish a draft: it starts taking applications',
    description: 'On effectiveOn (default today); a past day needs history.backdate (ADR 40).',
    body: DayBody,
    dated: true,
    run: (actor, { params, body }) => programs.publish(actor, params.id, body.effectiveOn),
  });
  program.post('/close', {
    summary: 'Close a program: no new applications; pending ones can still be decided and paid',
    description: 'On effectiveOn (default today); a past day needs history.backdate (ADR 40).',
    body: DayBody,
    dated: true,
    run: (actor, { params, body }) => programs.close(actor, params.id, body.effectiveOn),
  });
  programRunningRoutes(app, { programs });
}
