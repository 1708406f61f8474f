import { api, fileForm, unwrap } from '../../../api/client.ts';
import { listCall } from '../../../api/recordCalls.ts';
import type { Answer, Body } from '../../../api/types.ts';
import { registerImport } from '../../../components/importApi.ts';

export {
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_TYPES,
} from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';

export type AchievementList = Answer<'/api/innovation/achievements'>;
export type AchievementSummary = AchievementList['items'][number];
export type Achievement = Answer<'/api/innovation/achievements/{id}'>;
export type AchievementBody = Body<'/api/innovation/achievements'>;
export type AchievementType = Achievement['type'];
export type AchievementStage = Achievement['stage'];
export type Lead = Answer<'/api/innovation/leads'>['items'][number];
export type Attachment = Achievement['attachments'][number];
export type StudioOption = Answer<'/api/innovation/studio-options'>['items'][number];

/** The calls of the staff achievement pages. */
export const achievementsApi = {
  list: listCall('/api/innovation/achievements'),
  get: (id: number) => unwrap(api.GET('/api/innovation/achievements/{id}', { params: { path: { id } } })),
  create: (body: AchievementBody) => unwrap(api.POST('/api/innovation/achievements', { body })),
  update: (id: number, body: Omit<AchievementBody, 'studioId'>) =>
    unwrap(api.PUT('/api/innovation/achievements/{id}', { params: { path: { id } }, body })),
  publish: (id: number, on?: string) =>
    unwrap(api.POST('/api/innovation/achievements/{id}/publish', { params: { path: { id } }, body: { on } })),
  unpublish: (id: number) =>
    unwrap(api.POST('/api/innovation/achievements/{id}/unpublish', { params: { path: { id } } })),
  addConversion: (id: number, body: Body<'/api/innovation/achievements/{id}/conversions'>) =>
    unwrap(api.POST('/api/innovation/achievements/{id}/conversions', { params: { path: { id } }, body })),
  attach: (id: number, file: File) =>
    unwrap(
      api.POST('/api/innovation/achievements/{id}/attachments', {
        params: { path: { id } },
        body: fileForm(file),
      }),
    ),
  setPicturePublic: (id: number, attachmentId: number, isPublic: boolean) =>
    unwrap(
      api.PUT('/api/innovation/achievements/{id}/attachments/{attachmentId}/public', {
        params: { path: { id, attachmentId } },
        body: { public: isPublic },
      }),
    ),
  attachmentUrl: (id: number, attachmentId: number) =>
    `/api/innovation/achievements/${id}/attachments/${attachmentId}`,
  studios: (q: string) => unwrap(api.GET('/api/innovation/studio-options', { params: { query: { q } } })),
  members: (q: string) =>
    unwrap(api.GET('/api/members', { params: { query: { q, pageSize: 20 } } })).then((r) => r.items),
  leads: listCall('/api/innovation/leads'),
  handleLead: (id: number) =>
    unwrap(api.POST('/api/innovation/leads/{id}/handle', { params: { path: { id } } })),
  importTemplateUrl: '/api/innovation/achievements/import/template.xlsx',
  /** The achievements register with patents, conversions and teams: checked only (预检) or imported, all or none. */
  importRegister: registerImport('/api/innovation/achievements/import'),
};
