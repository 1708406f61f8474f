import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** The errors of 办实事 projects; the HTTP layer maps each kind to its status. */
export const pledgeErrors = {
  notFound: fixedError('not_found', 'PLEDGE_NOT_FOUND', { zh: '实事项目不存在', en: 'Project not found' }),
  unionNotFound: fixedError('not_found', 'PLEDGE_UNION_NOT_FOUND', {
    zh: '工会不存在',
    en: 'Union not found',
    field: 'orgId',
  }),
  milestoneNotFound: fixedError('not_found', 'PLEDGE_MILESTONE_NOT_FOUND', {
    zh: '进度节点不存在',
    en: 'Milestone not found',
  }),
  evidenceNotFound: fixedError('not_found', 'PLEDGE_EVIDENCE_NOT_FOUND', {
    zh: '完成佐证材料不存在',
    en: 'Evidence file not found',
  }),
  wrongStatus: (action: Bilingual) =>
    new AppError('conflict', 'PLEDGE_STATUS', {
      zh: `项目当前状态不能${action.zh}`,
      en: `The project cannot be ${action.en} in its current status`,
    }),
  invalid: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'PLEDGE_INVALID', messages, { field }),
  evidence: (messages: Bilingual) =>
    new AppError('invalid', 'PLEDGE_EVIDENCE_INVALID', messages, { field: 'file' }),
};
