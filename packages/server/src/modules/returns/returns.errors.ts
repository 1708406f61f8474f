import { AppError, fixedError } from '../../shared/errors.ts';
import type { FormProblem, ValueProblem } from './returns.form.ts';

const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  issued: '已下发',
  closed: '已结束',
  open: '待填报',
  submitted: '已报送',
  returned: '已退回',
  accepted: '已审核通过',
  not_reported: '未报',
};
const STATUS_EN: Record<string, string> = {
  draft: 'a draft',
  issued: 'issued',
  closed: 'closed',
  open: 'not yet submitted',
  submitted: 'submitted',
  returned: 'returned',
  accepted: 'accepted',
  not_reported: 'marked not reported',
};

/** The errors of returns; the HTTP layer maps each kind to its status. */
export const returnErrors = {
  notFound: fixedError('not_found', 'RETURN_NOT_FOUND', { zh: '填报任务不存在', en: 'Return not found' }),
  unionNotInReturn: fixedError('not_found', 'RETURN_UNION_NOT_FOUND', {
    zh: '该工会不在此填报任务的范围内',
    en: 'That union is not among the unions of this return',
  }),
  noUnion: fixedError('invalid', 'RETURN_NEEDS_UNION', {
    zh: '请选择发起填报的工会',
    en: 'Choose the union that issues the return',
    field: 'orgId',
  }),
  formInvalid: (problems: FormProblem[]) =>
    new AppError(
      'invalid',
      'RETURN_FORM_INVALID',
      {
        zh: `表单有${problems.length}处问题：${problems
          .slice(0, 5)
          .map((p) => p.zh)
          .join('；')}`,
        en: `The form has ${problems.length} problem(s): ${problems
          .slice(0, 5)
          .map((p) => p.en)
          .join('; ')}`,
      },
      { field: 'form', problems },
    ),
  targetLevel: (issuerLevel: number) =>
    new AppError(
      'invalid',
      'RETURN_TARGET_LEVEL',
      {
        zh: `填报单位须在发起工会（第${issuerLevel}级）之下的某一级`,
        en: `The unions that fill the return must be at a level below the issuer's (level ${issuerLevel})`,
      },
      { field: 'targetLevel' },
    ),
  period: fixedError('invalid', 'RETURN_PERIOD_INVALID', {
    zh: '统计期的起止日期不正确（起始日期须不晚于截止日期，跨度不超过5年）',
    en: 'The period is not valid (it must start no later than it ends and span at most five years)',
    field: 'periodFrom',
  }),
  yearStart: (value: string) =>
    new AppError(
      'invalid',
      'RETURN_YEAR_START_INVALID',
      {
        zh: `统计年度的起始日“${value}”不正确，须为月-日，如 10-01（不能是 2 月 29 日）`,
        en: `The survey year's first day “${value}” is not valid: give a month and day such as 10-01 (not 29 February)`,
      },
      { field: 'surveyYearStart' },
    ),
  deadline: fixedError('invalid', 'RETURN_DEADLINE_INVALID', {
    zh: '报送截止日期不能早于统计期起始日期',
    en: 'The deadline cannot be before the period starts',
    field: 'deadline',
  }),
  noUnionsAtLevel: fixedError('invalid', 'RETURN_NO_UNIONS', {
    zh: '所选层级没有下级工会，无法下发',
    en: 'There is no union at the chosen level below the issuer; nothing to issue',
    field: 'targetLevel',
  }),
  notDraft: (status: string) =>
    new AppError('conflict', 'RETURN_NOT_DRAFT', {
      zh: `填报任务${STATUS_ZH[status] ?? status}，不能再修改或下发`,
      en: `The return is ${STATUS_EN[status] ?? status} and can no longer be edited or issued`,
    }),
  notIssued: fixedError('conflict', 'RETURN_NOT_ISSUED', {
    zh: '填报任务尚未下发或已结束',
    en: 'The return is not issued, or it is closed',
  }),
  notOwnUnion: fixedError('forbidden', 'RETURN_NOT_OWN_UNION', {
    zh: '只能填报本工会的报表，或代录所审核工会的报表',
    en: 'A union fills only its own return, or enters the returns of the unions it reviews',
  }),
  notReviewer: fixedError('forbidden', 'RETURN_NOT_REVIEWER', {
    zh: '只有上一级汇总工会（或发起工会）可以审核此报表',
    en: 'Only the union above that consolidates it (or the issuer) reviews this return',
  }),
  locked: (status: string) =>
    new AppError('conflict', 'RETURN_LOCKED', {
      zh: `报表${STATUS_ZH[status] ?? status}，不能修改`,
      en: `The return is ${STATUS_EN[status] ?? status} and cannot be changed`,
    }),
  wrongState: (status: string, action: { zh: string; en: string }) =>
    new AppError('conflict', 'RETURN_WRONG_STATE', {
      zh: `报表${STATUS_ZH[status] ?? status}，不能${action.zh}`,
      en: `The return is ${STATUS_EN[status] ?? status}; it cannot be ${action.en}`,
    }),
  stale: fixedError('conflict', 'RETURN_STALE', {
    zh: '报表已被他人修改，请刷新后再保存',
    en: 'Someone else changed the return meanwhile; reload it and save again',
  }),
  values: (problems: ValueProblem[]) =>
    new AppError(
      'invalid',
      'RETURN_VALUES_INVALID',
      {
        zh: `有${problems.length}处需要修改：${problems
          .slice(0, 5)
          .map((p) => p.zh)
          .join('；')}`,
        en: `${problems.length} value(s) to correct: ${problems
          .slice(0, 5)
          .map((p) => p.en)
          .join('; ')}`,
      },
      { problems },
    ),
  unknownField: (key: string) =>
    new AppError(
      'invalid',
      'RETURN_UNKNOWN_FIELD',
      { zh: '表单中没有该项目', en: 'The form has no such field' },
      { field: key },
    ),
  reasonNeeded: (label: string, key: string) =>
    new AppError(
      'invalid',
      'RETURN_REASON_NEEDED',
      {
        zh: `“${label}”与平台统计数不同，请说明修改原因`,
        en: `“${label}” differs from Gonghui's figure: say why it was changed`,
      },
      { field: key },
    ),
  childrenPending: (names: string[]) =>
    new AppError('conflict', 'RETURN_CHILDREN_PENDING', {
      zh: `下级工会尚未全部审核通过或标记未报：${names.slice(0, 10).join('、')}${names.length > 10 ? `等${names.length}个` : ''}`,
      en: `Not every union below is accepted or marked not reported: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`,
    }),
  parentDone: fixedError('conflict', 'RETURN_PARENT_SUBMITTED', {
    zh: '本级汇总报表已报送，不能再退回下级报表；请先请上级退回本级报表',
    en: "This union's consolidated return is already submitted; ask the union above to return it first",
  }),
  commentsNeeded: fixedError('invalid', 'RETURN_COMMENT_NEEDED', {
    zh: '退回时请写明退回意见（整体或逐项）',
    en: 'Say why the return goes back (a note or comments on fields)',
    field: 'note',
  }),
  reasonRequired: fixedError('invalid', 'RETURN_NOT_REPORTED_REASON', {
    zh: '请填写未报原因',
    en: 'Give the reason the union did not report',
    field: 'reason',
  }),
};
