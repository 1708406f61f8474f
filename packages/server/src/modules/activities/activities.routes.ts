import type { FastifyRequest } from 'fastify';
import { IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
import { invalid } from '../../shared/errors.ts';
import { activitiesRegisterRoutes } from './activities.register.routes.ts';
import {
  ActivityBody,
  ActivityDetailSchema,
  ActivityListQuery,
  ActivityListSchema,
  CancelActivityBody,
  CardBody,
  CheckInBody,
  CheckInResult,
  CodeBody,
  IdResult,
  InterestBody,
  InterestResult,
  MineSchema,
  ParticipantsSchema,
  PhotoForm,
  PhotoParams,
  SessionParams,
  SignupImportQuery,
  SignupImportResult,
  SignupResult,
  SignupsBody,
  SignupsResult,
  StatsQuery,
  StatsSchema,
} from './activities.schemas.ts';
import type { ActivitiesService } from './activities.service.ts';

/** The photo part of a multipart upload (its content is checked by what it is, not by its name). */
async function readPhoto(req: FastifyRequest): Promise<Buffer> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file')
    throw invalid(
      'ACTIVITY_PHOTO_MISSING',
      { zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
      { field: 'file' },
    );
  return part.toBuffer();
}
const image = (mime: string) => ({ 'content-type': mime, 'cache-control': 'private, no-store' });

const tags = ['activities'];
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;
const self = { permission: 'self.apply' } as const;

export function activitiesRoutes(app: App, { activities }: { activities: ActivitiesService }): void {
  activitiesRegisterRoutes(app, activities.register);
  app.get(
    '/api/activities',
    {
      config: read,
      schema: {
        tags,
        summary: "A page of the activities organised in a union's subtree (default: mine), newest first",
        querystring: ActivityListQuery,
        response: { 200: ActivityListSchema },
      },
    },
    async (req) => activities.list(actorOf(req), req.query),
  );
  app.post(
    '/api/activities',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Organise an activity for my subtree: sessions, places, sign-up window, fee, who may sign up, a no-show rule',
        body: ActivityBody,
        response: { 200: IdResult },
      },
    },
    async (req) => activities.create(actorOf(req), req.body),
  );
  app.get(
    '/api/activities/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Activities, sign-ups and person-times by kind over a period',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => activities.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/activities/stats.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The statistics by kind and by union as .xlsx', querystring: StatsQuery },
    },
    async (req, reply) => {
      const { file, name } = await activities.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.post(
    '/api/activities/:id/photos',
    {
      config: { ...manage, upload: PhotoForm, errors: [409] },
      schema: {
        tags,
        summary:
          'Add a photo to a finished activity (JPEG or PNG, 2 MB at most; location and other metadata removed)',
        params: IdParams,
        response: { 200: IdResult },
      },
    },
    async (req) => activities.addPhoto(actorOf(req), req.params.id, await readPhoto(req)),
  );
  app.get(
    '/api/activities/:id/photos/:photoId',
    { config: read, schema: { tags, summary: 'A photo of an activity', params: PhotoParams } },
    async (req, reply) => {
      const p = await activities.photo(actorOf(req), req.params.id, req.params.photoId);
      return reply.headers(image(p.mime)).send(p.bytes);
    },
  );
  app.get(
    '/api/me/activities/:id/photos/:photoId',
    {
      config: self,
      schema: { tags, summary: 'A photo of an activity offered to me', params: PhotoParams },
    },
    async (req, reply) => {
      const p = await activities.myPhoto(actorOf(req), req.params.id, req.params.photoId);
      return reply.headers(image(p.mime)).send(p.bytes);
    },
  );
  app.get(
    '/api/activities/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An activity with its roster (audited) and, for its organisers, the door codes',
        params: IdParams,
        response: { 200: ActivityDetailSchema },
      },
    },
    async (req) => activities.get(actorOf(req), req.params.id),
  );
  app.get(
    '/api/activities/:id/roster.xlsx',
    { config: read, schema: { tags, summary: 'The roster as .xlsx', params: IdParams } },
    async (req, reply) => {
      const { file, name } = await activities.rosterXlsx(actorOf(req), req.params.id);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.post(
    '/api/activities/:id/cancel',
    {
      preValidation: noBodyIsEmpty,
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          'Cancel an activity on effectiveOn (default today; not before its latest sign-up); everyone signed up is told of a cancellation today',
        params: IdParams,
        body: CancelActivityBody,
        response: { 200: Ok },
      },
    },
    async (req) => activities.cancel(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.post(
    '/api/activities/:id/signups',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Sign members of my subtree up, on effectiveOn (default today; a past day needs history.backdate); ' +
          'each answer says place, waiting, or why not',
        params: IdParams,
        body: SignupsBody,
        response: { 200: SignupsResult },
      },
    },
    async (req) =>
      activities.signUpMembers(actorOf(req), req.params.id, req.body.personIds, req.body.effectiveOn),
  );
  app.get(
    '/api/activities/:id/signups/template.xlsx',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The template of a sign-up sheet (.xlsx, with a 填写说明 sheet)',
        params: IdParams,
      },
    },
    async (req, reply) =>
      reply
        .headers(xlsxHeaders('活动报名名单模板.xlsx'))
        .send(await activities.signupTemplate(actorOf(req), req.params.id)),
  );
  app.post(
    '/api/activities/:id/signups/import',
    {
      config: { ...manage, upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          'Sign up a sheet of members (member number or ID number, and name; .xlsx/.xls/.ods/.csv): dryRun=true ' +
          'checks and counts only (预检); otherwise all rows or none (400 IMPORT_ROWS_INVALID with every row error)',
        params: IdParams,
        querystring: SignupImportQuery,
        response: { 200: SignupImportResult },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return activities.importSignups(actorOf(req), req.params.id, {
        file,
        fileName,
        dryRun: req.query.dryRun === true,
        effectiveOn: req.query.effectiveOn,
      });
    },
  );
  app.post(
    '/api/activities/:id/sessions/:sessionId/checkin',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Check a member in at the door (a walk-in when not signed up), or record the attendance of a past ' +
          'session on attendedOn (a past day needs history.backdate)',
        params: SessionParams,
        body: CheckInBody,
        response: { 200: CheckInResult },
      },
    },
    async (req) =>
      activities.checkInMember(
        actorOf(req),
        req.params.id,
        req.params.sessionId,
        req.body.personId,
        req.body.attendedOn,
      ),
  );
  app.post(
    '/api/activities/:id/sessions/:sessionId/checkin-card',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          "Check a member in at the door by scanning their member card's code (a walk-in when not signed up)",
        params: SessionParams,
        body: CardBody,
        response: { 200: CheckInResult },
      },
    },
    async (req) =>
      activities.checkInByCard(actorOf(req), req.params.id, req.params.sessionId, req.body.token),
  );
  app.get(
    '/api/me/activities',
    {
      config: self,
      schema: { tags, summary: 'Activities offered to me, with my sign-ups', response: { 200: MineSchema } },
    },
    async (req) => activities.mine(actorOf(req)),
  );
  app.post(
    '/api/me/activities/:id/signup',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Sign up (a place if one is left, else the waiting list)',
        params: IdParams,
        response: { 200: SignupResult },
      },
    },
    async (req) => activities.signUpSelf(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/activities/:id/cancel',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Cancel my sign-up (the first waiting takes the place)',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => activities.cancelSelf(actorOf(req), req.params.id),
  );
  app.get(
    '/api/me/activities/:id/participants',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary:
          "A 联谊's other participants as a participant sees them: first name and union; a full name only when the interest is mutual",
        params: IdParams,
        response: { 200: ParticipantsSchema },
      },
    },
    async (req) => activities.participants(actorOf(req), req.params.id),
  );
  app.put(
    '/api/me/activities/:id/interest',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Mark (or withdraw) interest in another participant of a 联谊; says whether it is mutual',
        params: IdParams,
        body: InterestBody,
        response: { 200: InterestResult },
      },
    },
    async (req) =>
      activities.setInterest(actorOf(req), req.params.id, req.body.signupId, req.body.interested),
  );
  app.post(
    '/api/me/activities/checkin',
    {
      config: self,
      schema: {
        tags,
        summary: 'Check in with the code shown at the door',
        body: CodeBody,
        response: { 200: CheckInResult },
      },
    },
    async (req) => activities.checkInSelf(actorOf(req), req.body.code),
  );
}
