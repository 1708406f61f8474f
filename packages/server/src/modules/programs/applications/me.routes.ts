import { Type } from 'typebox';
import { inlineFile, routeMould } from '../../../http/route-mould.ts';
import { EvidenceForm, Id, IdParams, Nullable, Obj, Page, Str } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import { LedgerListSchema } from '../ledger/index.ts';
import { AmountSchema, DecisionSchema, ProgramSchema } from '../programs.schemas.ts';
import {
  ApplicationDetailSchema,
  ApplicationListSchema,
  ApplicationSchema,
  FileJson,
  FileParams,
  PaymentOfApplicationSchema,
  WithdrawBody,
} from './applications.schemas.ts';
import type { ApplicationUseCases } from './applications.use-cases.ts';
import { decodeFiles, intField, readMultipart } from './evidence-upload.ts';

const tags = ['me'];

export const ApplyJsonBody = Obj({
  programId: Id,
  subjectRecordId: Type.Optional(Nullable(Id)),
  claimedFen: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1e12 }))),
  note: Type.Optional(Nullable(Str(1000))),
  files: Type.Optional(Type.Array(FileJson, { maxItems: 10 })),
});

export const ResubmitJsonBody = Obj({
  claimedFen: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1e12 }))),
  note: Type.Optional(Nullable(Str(1000))),
  files: Type.Optional(Type.Array(FileJson, { maxItems: 10 })),
});

const MyProgramSchema = Type.Object({
  ...ProgramSchema.properties,
  periodKey: Type.String(),
  amount: AmountSchema,
  eligibility: DecisionSchema,
  candidates: Type.Array(
    Type.Object({
      recordId: Type.Integer(),
      label: Type.String(),
      year: Type.Integer(),
      decision: DecisionSchema,
      amountFen: Nullable(Type.Integer()),
      applied: Type.Boolean(),
    }),
  ),
  myApplications: Type.Array(
    Type.Object({ id: Type.Integer(), status: Type.String(), subjectRecordId: Nullable(Type.Integer()) }),
  ),
});

const PageQuery = Obj({ ...Page });

const MyApplicationListSchema = Type.Object({
  ...ApplicationListSchema.properties,
  items: Type.Array(
    Type.Object({
      ...ApplicationSchema.properties,
      paymentStatus: Nullable(PaymentOfApplicationSchema.properties.status),
    }),
  ),
});

/** Workers on their phones: programs open to me, apply with evidence photos, my applications and payments. */
export function meProgramsRoutes(app: App, { programs }: { programs: ApplicationUseCases }): void {
  const on = routeMould(app, tags);
  on.get('/api/me/programs', {
    config: { permission: 'self.apply' },
    summary:
      'Programs open to me today, each with an eligibility preview (and my records for per-record programs)',
    response: Type.Object({ items: Type.Array(MyProgramSchema) }),
    use: programs.myPrograms,
  });
  on.post('/api/me/applications', {
    config: {
      permission: 'self.apply',
      upload: EvidenceForm({
        programId: Str(20),
        subjectRecordId: Type.Optional(Str(20)),
        claimedFen: Type.Optional(Str(20)),
        note: Type.Optional(Str(1000)),
      }),
    },
    summary:
      'Apply. multipart/form-data (fields programId, subjectRecordId?, claimedFen?, note?; each file under its ' +
      'evidence key) or JSON with base64 files. Not eligible → 400 PROGRAM_NOT_ELIGIBLE with details.decision',
    jsonOrMultipart: true,
    body: ApplyJsonBody,
    response: ApplicationSchema,
    run: async (actor, { body, req }) => {
      if (req.isMultipart()) {
        const { fields, files } = await readMultipart(req);
        return programs.apply(actor, {
          programId: intField(fields, 'programId', true) as number,
          subjectRecordId: intField(fields, 'subjectRecordId'),
          claimedFen: intField(fields, 'claimedFen'),
          note: fields.note?.slice(0, 1000) ?? null,
          files,
        });
      }
      return programs.apply(actor, { ...body, files: decodeFiles(body.files) });
    },
  });
  on.get('/api/me/applications', {
    config: { permission: 'self.apply' },
    summary: 'My applications, each with where its money stands once approved (paymentStatus)',
    querystring: PageQuery,
    response: MyApplicationListSchema,
    use: programs.myApplications,
  });
  on.get('/api/me/applications/:id', {
    config: { permission: 'self.apply' },
    summary: 'One of my applications, with why it was decided so and its history',
    params: IdParams,
    response: ApplicationDetailSchema,
    use: programs.myApplication,
  });
  on.file('/api/me/applications/:id/files/:fileId', {
    config: { permission: 'self.apply' },
    summary: 'A file of one of my applications (the photo I uploaded); another’s is 404',
    params: FileParams,
    run: async (actor, { params }) => {
      const f = await programs.myApplicationFile(actor, params.id, params.fileId);
      return inlineFile(f);
    },
  });
  on.post('/api/me/applications/:id/resubmit', {
    config: {
      permission: 'self.apply',
      upload: EvidenceForm({ claimedFen: Type.Optional(Str(20)), note: Type.Optional(Str(1000)) }),
    },
    summary: 'Resubmit after a return for correction: multipart with new evidence files, or JSON',
    params: IdParams,
    jsonOrMultipart: true,
    body: ResubmitJsonBody,
    response: ApplicationSchema,
    run: async (actor, { params, body, req }) => {
      if (req.isMultipart()) {
        const { fields, files } = await readMultipart(req);
        return programs.resubmitMine(actor, params.id, {
          files,
          note: fields.note?.slice(0, 1000) ?? null,
          claimedFen: intField(fields, 'claimedFen'),
        });
      }
      const json = body ?? {};
      return programs.resubmitMine(actor, params.id, {
        files: decodeFiles(json.files),
        note: json.note ?? null,
        claimedFen: json.claimedFen ?? null,
      });
    },
  });
  on.post('/api/me/applications/:id/withdraw', {
    config: { permission: 'self.apply' },
    summary: 'Withdraw an undecided application',
    params: IdParams,
    body: WithdrawBody,
    response: ApplicationSchema,
    run: (actor, { params, body }) => programs.withdrawMine(actor, params.id, body.reason),
  });
  on.get('/api/me/payments', {
    config: { permission: 'self.apply' },
    summary: 'My entitlements and whether they are paid',
    querystring: PageQuery,
    response: LedgerListSchema,
    use: programs.myPayments,
  });
}
