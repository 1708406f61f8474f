import { api, fileForm, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';

export type ReturnList = Answer<'/api/returns'>;
export type ReturnDetail = Answer<'/api/returns/{id}'>;
export type ReturnForm = ReturnDetail['form'];
export type FormField = ReturnForm['sections'][number]['fields'][number];
export type FormTable = ReturnForm['sections'][number]['tables'][number];
export type Submission = Answer<'/api/returns/{id}/unions/{orgId}'>;
export type SubmissionStatus = Submission['status'];
export type Progress = Answer<'/api/returns/{id}/progress'>;
export type Consolidated = Answer<'/api/returns/{id}/table'>;
export type NewReturn = Body<'/api/returns'>;
export type Figure = Answer<'/api/returns/figures'>[number];
export type ShippedForm = Answer<'/api/returns/forms'>[number];

export const STATUS_COLOR: Record<SubmissionStatus, string> = {
  open: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  not_reported: 'purple',
};

const at = (id: number, orgId: number) => ({ params: { path: { id, orgId } } });

/** The calls of the returns pages. */
export const returnsApi = {
  list: () => unwrap(api.GET('/api/returns', { params: { query: { pageSize: 200 } } })),
  get: (id: number) => unwrap(api.GET('/api/returns/{id}', { params: { path: { id } } })),
  figures: () => unwrap(api.GET('/api/returns/figures')),
  forms: () => unwrap(api.GET('/api/returns/forms')),
  previous: (orgId: number) => unwrap(api.GET('/api/returns/previous', { params: { query: { orgId } } })),
  settings: (orgId: number) => unwrap(api.GET('/api/returns/settings', { params: { query: { orgId } } })),
  saveSettings: (surveyYearStart: string, orgId: number) =>
    unwrap(api.PUT('/api/returns/settings', { body: { surveyYearStart, orgId } })),
  period: (kind: 'year' | 'survey_year' | 'quarter' | 'month', year: number, part: number, orgId: number) =>
    unwrap(api.GET('/api/returns/period', { params: { query: { kind, year, part, orgId } } })),
  deadline: (workingDays: number) =>
    unwrap(api.GET('/api/returns/deadline', { params: { query: { workingDays } } })),
  formFromSheet: (file: File) => unwrap(api.POST('/api/returns/form-from-sheet', { body: fileForm(file) })),
  create: (body: NewReturn) => unwrap(api.POST('/api/returns', { body })),
  update: (id: number, body: NewReturn) =>
    unwrap(api.PUT('/api/returns/{id}', { params: { path: { id } }, body })),
  copy: (id: number) => unwrap(api.POST('/api/returns/{id}/copy', { params: { path: { id } } })),
  /** Issues (and closes) on the day it happened: none is today, a past day needs history.backdate (ADR 40). */
  issue: (id: number, effectiveOn?: string | null) =>
    unwrap(api.POST('/api/returns/{id}/issue', { params: { path: { id } }, body: pickedDay(effectiveOn) })),
  close: (id: number, effectiveOn?: string | null) =>
    unwrap(api.POST('/api/returns/{id}/close', { params: { path: { id } }, body: pickedDay(effectiveOn) })),
  progress: (id: number, orgId?: number) =>
    unwrap(api.GET('/api/returns/{id}/progress', { params: { path: { id }, query: { orgId } } })),
  table: (id: number, orgId?: number) =>
    unwrap(api.GET('/api/returns/{id}/table', { params: { path: { id }, query: { orgId } } })),
  tableUrl: (id: number, orgId?: number) => `/api/returns/${id}/table.xlsx${orgId ? `?orgId=${orgId}` : ''}`,
  view: (id: number, orgId: number) => unwrap(api.GET('/api/returns/{id}/unions/{orgId}', at(id, orgId))),
  save: (id: number, orgId: number, body: Body<'/api/returns/{id}/unions/{orgId}/values', 'put'>) =>
    unwrap(api.PUT('/api/returns/{id}/unions/{orgId}/values', { ...at(id, orgId), body })),
  sheetUrl: (id: number, orgId: number) => `/api/returns/${id}/unions/${orgId}/sheet.xlsx`,
  upload: (id: number, orgId: number, file: File) =>
    unwrap(api.POST('/api/returns/{id}/unions/{orgId}/sheet', { ...at(id, orgId), body: fileForm(file) })),
  refresh: (id: number, orgId: number) =>
    unwrap(api.POST('/api/returns/{id}/unions/{orgId}/refresh', at(id, orgId))),
  /** Submits; a return handed in on paper on a past day is recorded on that day (receivedOn). */
  submit: (id: number, orgId: number, receivedOn?: string | null) =>
    unwrap(
      api.POST('/api/returns/{id}/unions/{orgId}/submit', {
        ...at(id, orgId),
        body: receivedOn ? { receivedOn } : {},
      }),
    ),
  accept: (id: number, orgId: number, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/returns/{id}/unions/{orgId}/accept', { ...at(id, orgId), body: pickedDay(effectiveOn) }),
    ),
  sendBack: (id: number, orgId: number, body: Body<'/api/returns/{id}/unions/{orgId}/send-back'>) =>
    unwrap(api.POST('/api/returns/{id}/unions/{orgId}/send-back', { ...at(id, orgId), body })),
  notReported: (id: number, orgId: number, reason: string, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/returns/{id}/unions/{orgId}/not-reported', {
        ...at(id, orgId),
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  reopen: (id: number, orgId: number, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/returns/{id}/unions/{orgId}/reopen', { ...at(id, orgId), body: pickedDay(effectiveOn) }),
    ),
  history: (id: number, orgId: number) =>
    unwrap(api.GET('/api/returns/{id}/unions/{orgId}/history', at(id, orgId))),
};
