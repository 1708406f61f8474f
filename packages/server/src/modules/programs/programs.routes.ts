import { EffectiveOn, IdParams, Obj } from '../../http/schema.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../http/types.ts';
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
  app.get(
    '/api/programs',
    {
      config: { permission: 'programs.read' },
      schema: {
        tags,
        summary: 'Programs owned in my subtree or by a union above mine',
        querystring: ProgramQuery,
        response: { 200: ProgramListSchema },
      },
    },
    async (req) => programs.list(actorOf(req), req.query),
  );
  app.get(
    '/api/programs/rule-fields',
    {
      config: { permission: 'programs.read' },
      schema: {
        tags,
        summary:
          'The rule vocabulary: person and record fields with labels (zh/en), the comparisons each accepts, ' +
          'their values and bounds; the amount kinds and tier keys (see docs/rules.md)',
        response: { 200: RuleCatalogueSchema },
      },
    },
    async () => programs.ruleFields(),
  );
  app.post(
    '/api/programs',
    {
      config: { permission: 'programs.write' },
      schema: {
        tags,
        summary:
          'Create a draft program (rule and amount become version 1; validated, bilingual 400 with the path)',
        body: CreateProgramBody,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => programs.create(actorOf(req), req.body as ProgramInput),
  );
  app.get(
    '/api/programs/:id',
    {
      config: { permission: 'programs.read' },
      schema: {
        tags,
        summary: 'A program with its current rule and amount, quota/budget usage and application counts',
        params: IdParams,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => programs.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/programs/:id',
    {
      config: { permission: 'programs.write' },
      schema: {
        tags,
        summary: 'Edit a program; a changed rule or amount is saved as a new version',
        params: IdParams,
        body: PatchProgramBody,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => programs.update(actorOf(req), req.params.id, req.body as Partial<ProgramInput>),
  );
  app.post(
    '/api/programs/:id/publish',
    {
      preValidation: noBodyIsEmpty,
      config: { permission: 'programs.write' },
      schema: {
        tags,
        summary: 'Publish a draft: it starts taking applications',
        description: 'On effectiveOn (default today); a past day needs history.backdate (ADR 40).',
        params: IdParams,
        body: DayBody,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => programs.publish(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.post(
    '/api/programs/:id/close',
    {
      preValidation: noBodyIsEmpty,
      config: { permission: 'programs.write' },
      schema: {
        tags,
        summary: 'Close a program: no new applications; pending ones can still be decided and paid',
        description: 'On effectiveOn (default today); a past day needs history.backdate (ADR 40).',
        params: IdParams,
        body: DayBody,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => programs.close(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  programRunningRoutes(app, { programs });
}
