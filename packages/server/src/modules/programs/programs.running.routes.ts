import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Obj, SheetUploadForm, StrEnum } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { invalid } from '../../shared/errors.ts';
import {
  BatchBody,
  BatchResultSchema,
  ProposalsBody,
  SimulateBody,
  SimulationSchema,
  VersionSchema,
} from './programs.schemas.ts';
import type { ProgramsService } from './programs.service.ts';

const tags = ['programs'];
const EvidenceArchiveResult = Type.Object({
  dryRun: Type.Boolean(),
  material: Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() }),
  files: Type.Integer(),
  matched: Type.Integer(),
  unmatched: Type.Integer({
    description: 'files not attached: unmatched, ambiguous, unsupported, too large, or a second scan',
  }),
  waiting: Type.Integer({
    description: 'undecided applications still without this material after the archive',
  }),
  report: Type.Array(
    Type.Object({
      name: Type.String(),
      outcome: StrEnum(
        ['matched', 'unmatched', 'ambiguous', 'unsupported', 'too_large', 'duplicate'] as const,
        {
          description: 'duplicate: a second scan for an application already matched in this archive',
        },
      ),
      applicationId: Type.Union([Type.Integer(), Type.Null()]),
      personName: Type.Union([Type.String(), Type.Null()]),
      matchedBy: Type.Union([Type.Literal('id_number'), Type.Literal('record_number'), Type.Null()]),
      replacesNothing: Type.Boolean(),
    }),
  ),
});

/** A program once drafted: its versions, a simulation, the proposals, the payment batch and the evidence archive. */
export function programRunningRoutes(app: App, { programs }: { programs: ProgramsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/programs/:id/versions', {
    config: { permission: 'programs.read' },
    summary: 'Every saved version of the rule and amount',
    params: IdParams,
    response: Type.Array(VersionSchema),
    use: programs.versions,
  });
  on.post('/api/programs/:id/simulate', {
    config: { permission: 'programs.write' },
    summary:
      'How many would qualify and what it would cost, per union one level down (draft rule/amount or current)',
    params: IdParams,
    body: SimulateBody,
    response: SimulationSchema,
    use: programs.simulate,
  });
  on.post('/api/programs/:id/proposals', {
    config: { permission: 'programs.write' },
    summary:
      'Propose applications from records the platform holds, as a background job (poll GET /api/jobs/:id)',
    params: IdParams,
    body: Type.Optional(ProposalsBody),
    response: Type.Object({ jobId: Type.Integer() }),
    run: async (actor, { params, body }) => {
      const run = await programs.proposals(actor, params.id, body ?? {});
      return { jobId: run.jobId };
    },
  });
  on.post('/api/programs/:id/batch', {
    config: { permission: 'applications.submit' },
    summary:
      'A union submits applications for its members ({personIds} or {rows}), or nominations (intake "nomination"); ' +
      'one transaction, per-row results',
    params: IdParams,
    body: BatchBody,
    response: BatchResultSchema,
    use: programs.batch,
  });
  app.post(
    '/api/programs/:id/evidence-archive',
    {
      config: { permission: 'applications.submit', upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          "Attach a .zip of scans to many undecided applications of the program: each file matched by the ID number in its name or the record's certificate/patent number; dryRun reports without writing",
        params: IdParams,
        querystring: Obj({
          key: Type.String({
            pattern: '^[a-z][a-z0-9_]{0,39}$',
            description: 'the required material the scans are',
          }),
          dryRun: Type.Optional(Type.Boolean({ default: true })),
        }),
        consumes: ['multipart/form-data'],
        response: { 200: EvidenceArchiveResult },
      },
    },
    async (req) => {
      const part = req.isMultipart() ? await req.file() : undefined;
      if (!part)
        throw invalid(
          'ZIP_MISSING',
          { zh: '请上传 .zip 压缩包', en: 'Upload a .zip archive' },
          { field: 'file' },
        );
      const file = await part.toBuffer();
      return programs.attachEvidenceArchive(actorOf(req), req.params.id, {
        key: req.query.key,
        file,
        fileName: part.filename.slice(0, 200),
        dryRun: req.query.dryRun ?? true,
      });
    },
  );
}
