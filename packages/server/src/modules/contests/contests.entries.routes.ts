import { IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
import type { ContestsService } from './contests.compose.ts';
import {
  EntryBody,
  EntryList,
  EntryQuery,
  EntrySchema,
  PublishBody,
  PublishSchema,
  ResultBody,
  ResultImportSchema,
} from './contests.schemas.ts';

const tags = ['contests'];

/** A contest's entries: listed and added, one entry and its result, the entries as .xlsx, results by sheet, and publishing. */
export function contestEntriesRoutes(app: App, { contests }: { contests: ContestsService }): void {
  app.get(
    '/api/contests/:id/entries',
    {
      config: { permission: 'contests.read' },
      schema: {
        tags,
        summary: "The contest's entries from the unions of my subtree, by event and rank",
        params: IdParams,
        querystring: EntryQuery,
        response: { 200: EntryList },
      },
    },
    async (req) => ({ items: await contests.listEntries(actorOf(req), req.params.id, req.query) }),
  );
  app.post(
    '/api/contests/:id/entries',
    {
      config: { permission: 'contests.enter' },
      schema: {
        tags,
        summary:
          'Register an entry for a union of my subtree: one member (individual event), 2+ members with a team name, or a unit; within the limits per union and per event (409); a person enters an event once',
        params: IdParams,
        body: EntryBody,
        response: { 200: EntrySchema },
      },
    },
    async (req) => contests.registerEntry(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/contest-entries/:id',
    {
      config: { permission: 'contests.enter' },
      schema: {
        tags,
        summary: 'Withdraw an entry while registration is open',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await contests.withdrawEntry(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/contest-entries/:id/result',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary:
          "Enter or correct an entry's rank, score and prize (the organiser, once registration is closed)",
        params: IdParams,
        body: ResultBody,
        response: { 200: EntrySchema },
      },
    },
    async (req) => contests.setResult(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/contests/:id/entries.xlsx',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary:
          'The entries as .xlsx with their result columns: the sheet to fill in and import the results with',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const { fileName, file } = await contests.exportEntries(actorOf(req), req.params.id);
      return reply.headers(xlsxHeaders(fileName)).send(file);
    },
  );
  app.post(
    '/api/contests/:id/results/import',
    {
      config: { permission: 'contests.manage', upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          'Import the results (报名编号, 名次, 成绩, 奖项) from .xlsx, .xls, .ods or .csv: multipart field "file", or JSON { fileName, contentBase64 }; row errors, nothing imported when any row is wrong',
        params: IdParams,
        response: { 200: ResultImportSchema },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req);
      return contests.importResults(actorOf(req), req.params.id, file, fileName);
    },
  );
  app.post(
    '/api/contests/:id/publish',
    {
      config: { permission: 'contests.manage' },
      schema: {
        tags,
        summary:
          'Publish the results on `publishedOn` (default today; not before the contest ended nor the last publication; a past day needs history.backdate): every prize becomes an award record of each person of its entry; publishing again after a correction updates them (409 when nothing changed)',
        params: IdParams,
        body: PublishBody,
        response: { 200: PublishSchema },
      },
    },
    async (req) => contests.publishResults(actorOf(req), req.params.id, req.body?.publishedOn),
  );
}
