import { api, fileForm, pickedDay, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';
import type { DialogProps } from '../../components/FormDialog.tsx';
import { registerImport } from '../../components/importApi.ts';
import { periodParams } from '../../components/StatsPeriod.tsx';

export { CATEGORIES } from '../../../../server/src/modules/pledges/pledges.vocabulary.ts';

export type Pledge = Answer<'/api/pledges'>['items'][number];
export type PledgeDetail = Answer<'/api/pledges/{id}'>;
export type PledgeStats = Answer<'/api/pledges/stats'>;
type StatsQuery = { orgId?: number; fromYear: number; toYear: number; asOf?: string };
export type MyPledge = Answer<'/api/me/pledges'>['items'][number];
export type CreatePledge = Body<'/api/pledges'>;
export type EditPledge = Body<'/api/pledges/{id}', 'patch'>;
export type Completion = Body<'/api/pledges/{id}/complete'>;
export type Category = Pledge['category'];
export type PledgeStatus = Pledge['status'];

export const STATUS_COLOR: Record<PledgeStatus, string> = {
  planned: 'blue',
  in_progress: 'gold',
  completed: 'green',
  cancelled: 'default',
};

/** The calls of the 办实事 pages. */
export const pledgesApi = {
  ...recordCalls('/api/pledges'),
  milestoneDone: (id: number, milestoneId: number, doneOn: string) =>
    unwrap(
      api.POST('/api/pledges/{id}/milestones/{milestoneId}/done', {
        params: { path: { id, milestoneId } },
        body: { doneOn },
      }),
    ),
  complete: (id: number, body: Completion) =>
    unwrap(api.POST('/api/pledges/{id}/complete', { params: { path: { id } }, body })),
  cancel: (id: number, reason: string, effectiveOn: string | null) =>
    unwrap(
      api.POST('/api/pledges/{id}/cancel', {
        params: { path: { id } },
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  addEvidence: (id: number, file: File) =>
    unwrap(api.POST('/api/pledges/{id}/evidence', { params: { path: { id } }, body: fileForm(file) })),
  evidenceUrl: (id: number, evidenceId: number) => `/api/pledges/${id}/evidence/${evidenceId}`,
  stats: (query: StatsQuery) => unwrap(api.GET('/api/pledges/stats', { params: { query } })),
  statsExportUrl: (q: StatsQuery) => `/api/pledges/stats.xlsx?${periodParams(q)}`,
  mine: () => unwrap(api.GET('/api/me/pledges')),
  importTemplateUrl: '/api/pledges/import/template.xlsx',
  /** The 办实事 projects register (a row per project and milestone): checked only (预检) or imported, all or none. */
  importRegister: registerImport('/api/pledges/import'),
};

/** A decision on a project in a dialog (complete, give up): the project, whether shown, closing, the reload after. */
export type PledgeDecisionProps = DialogProps<{ id: number; open: boolean }>;
