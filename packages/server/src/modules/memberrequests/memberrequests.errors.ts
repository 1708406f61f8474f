import { AppError, fixedError } from '../../shared/errors.ts';

/** The errors of members' own requests; the HTTP layer maps each kind to its status, the web app each code. */
export const requestErrors = {
  notMember: fixedError('conflict', 'MEMBER_REQUEST_NOT_MEMBER', {
    zh: '您目前不是任何基层工会的会员，无法提交申请',
    en: 'You are not a member of any union at present, so you cannot file a request',
  }),
  nothingAsked: fixedError('invalid', 'MEMBER_REQUEST_EMPTY', {
    zh: '请填写要更正的姓名、手机号或工作单位',
    en: 'Fill in the name, phone or employer to correct',
    field: 'name',
  }),
  sameUnion: fixedError('invalid', 'MEMBER_REQUEST_SAME_UNION', {
    zh: '您已是该工会的会员，请选择新的工会',
    en: 'You are already a member of this union; choose another',
    field: 'toOrgId',
  }),
  unionNotFound: fixedError('invalid', 'MEMBER_REQUEST_UNION_NOT_FOUND', {
    zh: '所选工会不存在或已撤销，请重新选择',
    en: 'The union chosen does not exist or is closed; choose again',
    field: 'toOrgId',
  }),
  pending: (kind: 'correction' | 'transfer') =>
    new AppError('conflict', 'MEMBER_REQUEST_PENDING', {
      zh:
        kind === 'transfer'
          ? '您已有一份转会申请正在办理，请等待结果'
          : '您已有一份信息更正申请正在办理，请等待结果',
      en:
        kind === 'transfer'
          ? 'A transfer request of yours is already being handled; wait for its outcome'
          : 'A correction request of yours is already being handled; wait for its outcome',
    }),
  decided: fixedError('conflict', 'MEMBER_REQUEST_DECIDED', {
    zh: '该申请已办结，不能再处理',
    en: 'This request has already been decided',
  }),
  sideDone: fixedError('conflict', 'MEMBER_REQUEST_SIDE_DONE', {
    zh: '您所在工会已同意，正在等待另一方工会处理',
    en: 'Your union has already agreed; the other union has yet to decide',
  }),
  reasonRequired: fixedError('invalid', 'MEMBER_REQUEST_REASON_REQUIRED', {
    zh: '请填写不同意的理由',
    en: 'Give the reason for declining',
    field: 'reason',
  }),
  memberMoved: fixedError('conflict', 'MEMBER_REQUEST_MEMBER_MOVED', {
    zh: '申请人的会员关系已变更，该申请不能再同意，请不同意并说明理由',
    en: "The applicant's membership has changed since; decline this request with a reason",
  }),
};
