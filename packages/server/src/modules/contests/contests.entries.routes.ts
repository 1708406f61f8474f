import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
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
const manage = { permission: 'contests.manage' } as const;

/** A contest's entries: listed and added, one entry and its result, the entries as .xlsx, results by sheet, and publishing. */
export function contestEntriesRoutes(app: App, { contests }: { contests: ContestsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/contests/:id/entries', {
    config: { permission: 'contests.read' },
    summary: "The contest's entries from the unions of my subtree, by event and rank",
    params: IdParams,
    querystring: EntryQuery,
    response: EntryList,
    run: async (actor, { params, query }) => ({ items: await contests.listEntries(actor, params.id, query) }),
  });
  on.post('/api/contests/:id/entries', {
    config: { permission: 'contests.enter' },
    summary:
      'Register an entry for a union of my subtree: one member (individual event), 2+ members with a team name, or a unit; within the limits per union and per event (409); a person enters an event once',
    params: IdParams,
    body: EntryBody,
    response: EntrySchema,
    use: contests.registerEntry,
  });
  on.delete('/api/contest-entries/:id', {
    config: { permission: 'contests.enter' },
    summary: 'Withdraw an entry while registration is open',
    params: IdParams,
    response: Ok,
    run: async (actor, { params }) => {
      await contests.withdrawEntry(actor, params.id);
      return { ok: true as const };
    },
  });
  on.put('/api/contest-entries/:id/result', {
    config: manage,
    summary: "Enter or correct an entry's rank, score and prize (the organiser, once registration is closed)",
    params: IdParams,
    body: ResultBody,
    response: EntrySchema,
    use: contests.setResult,
  });
  on.workbook('/api/contests/:id/entries.xlsx', {
    config: manage,
    summary:
      'The entries as .xlsx with their result columns: the sheet to fill in and import the results with',
    params: IdParams,
    use: contests.exportEntries,
  });
  on.post('/api/contests/:id/results/import', {
    config: { ...manage, upload: SheetUploadForm },
    summary:
      'Import the results (报名编号, 名次, 成绩, 奖项) from .xlsx, .xls, .ods or .csv: multipart field "file", or JSON { fileName, contentBase64 }; row errors, nothing imported when any row is wrong',
    params: IdParams,
    response: ResultImportSchema,
    run: async (actor, { params, req }) => {
      const { file, fileName } = await readUpload(req);
      return contests.importResults(actor, params.id, file, fileName);
    },
  });
  on.post('/api/contests/:id/publish', {
    config: manage,
    summary:
      'Publish the results on `publishedOn` (default today; not before the contest ended nor the last publication; a past day needs history.backdate): every prize becomes an award record of each person of its entry; publishing again after a correction updates them (409 when nothing changed)',
    params: IdParams,
    body: PublishBody,
    response: PublishSchema,
    run: (actor, { params, body }) => contests.publishResults(actor, params.id, body.publishedOn),
  });
}
