import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** The errors of workers' requests; the HTTP layer maps each kind to its status. */
export const caseErrors = {
  notFound: fixedError('not_found', 'CASE_NOT_FOUND', { zh: '诉求不存在', en: 'Request not found' }),
  unionNotFound: (field = 'orgId') =>
    new AppError('not_found', 'CASE_UNION_NOT_FOUND', { zh: '工会不存在', en: 'Union not found' }, { field }),
  noUnion: fixedError('invalid', 'CASE_NO_UNION', {
    zh: '您尚未加入基层工会，无法提交诉求，请先申请入会',
    en: 'You are not a member of a grassroots union yet; join one before filing a request',
    field: 'orgId',
  }),
  personNotFound: fixedError('invalid', 'CASE_PERSON_NOT_FOUND', {
    zh: '职工不存在或不在本工会范围内',
    en: 'The worker does not exist or is outside your union',
    field: 'personId',
  }),
  category: fixedError('invalid', 'CASE_CATEGORY_UNKNOWN', {
    zh: '诉求类别不存在',
    en: 'Unknown request category',
    field: 'category',
  }),
  state: (messages: Bilingual) => new AppError('conflict', 'CASE_STATE', messages),
  /** A pasted holiday notice with sentences that cannot be read: every one is named. */
  notice: (problems: Bilingual[]) =>
    new AppError(
      'invalid',
      'CASE_NOTICE_UNREADABLE',
      {
        zh: `放假通知有 ${problems.length} 处无法读出，未作任何修改：${problems.map((p) => p.zh).join('；')}`,
        en: `${problems.length} part(s) of the notice cannot be read; nothing was changed: ${problems.map((p) => p.en).join('; ')}`,
      },
      { field: 'text', problems },
    ),
  handler: fixedError('invalid', 'CASE_HANDLER_INVALID', {
    zh: '承办人须是当前承办工会的工作人员账号',
    en: 'The handler must be a staff account of the union handling the request',
    field: 'userId',
  }),
  transferTarget: (messages: Bilingual) =>
    new AppError('invalid', 'CASE_TRANSFER_INVALID', messages, { field: 'orgId' }),
  noParent: fixedError('conflict', 'CASE_NO_UNION_ABOVE', {
    zh: '承办工会没有上级工会，无法上报',
    en: 'The union handling the request has no union above it',
  }),
  text: (field: string) =>
    new AppError('invalid', 'CASE_TEXT_EMPTY', { zh: '请填写内容', en: 'Write something first' }, { field }),
  anonymousNamed: fixedError('invalid', 'CASE_ANONYMOUS_NAMED', {
    zh: '匿名诉求不登记职工：请去掉所选职工，或取消匿名',
    en: 'An anonymous request names no worker: remove the worker or turn anonymity off',
    field: 'personId',
  }),
  future: fixedError('invalid', 'CASE_RECEIVED_FUTURE', {
    zh: '受理日期不能晚于今天',
    en: 'The date the request came in cannot be in the future',
    field: 'receivedOn',
  }),
  file: (messages: Bilingual) => new AppError('invalid', 'CASE_FILE_INVALID', messages, { field: 'file' }),
  period: fixedError('invalid', 'CASE_STATS_PERIOD', {
    zh: '起始月份不能晚于截止月份',
    en: 'The first month cannot come after the last',
    field: 'from',
  }),
  dayNotFound: fixedError('not_found', 'CASE_CALENDAR_DAY_NOT_FOUND', {
    zh: '日历中没有这一天的设置',
    en: 'The calendar has no entry for that day',
  }),
  categoryName: (field: 'nameZh' | 'nameEn') =>
    new AppError(
      'invalid',
      'CASE_CATEGORY_NAME',
      field === 'nameZh'
        ? { zh: '请填写类别的中文名称', en: 'Enter the Chinese name of the category' }
        : { zh: '请填写类别的英文名称', en: 'Enter the English name of the category' },
      { field },
    ),
  categoryTaken: (field: 'nameZh' | 'nameEn', name: string) =>
    new AppError(
      'conflict',
      'CASE_CATEGORY_TAKEN',
      { zh: `已有名为「${name}」的诉求类别`, en: `A request category named "${name}" already exists` },
      { field },
    ),
  lastCategory: fixedError('conflict', 'CASE_CATEGORY_LAST', {
    zh: '至少要保留一个可选的诉求类别，不能停用最后一个',
    en: 'At least one category must stay offered; the last one cannot be retired',
    field: 'active',
  }),
  retiredCategory: (name: Bilingual) =>
    new AppError(
      'invalid',
      'CASE_CATEGORY_RETIRED',
      {
        zh: `诉求类别「${name.zh}」已停用，请选择其他类别`,
        en: `The request category "${name.en}" is retired; choose another`,
      },
      { field: 'category' },
    ),
  deadlines: fixedError('invalid', 'CASE_DEADLINES', {
    zh: '答复时限不能短于受理时限',
    en: 'The answer deadline cannot be shorter than the acceptance one',
    field: 'answerDays',
  }),
  calendarYear: fixedError('invalid', 'CASE_CALENDAR_DAY', {
    zh: '休息日只能标在工作日（周一至周五），调休上班日只能标在周末',
    en: 'A holiday goes on a weekday; a make-up working day goes on a weekend',
    field: 'working',
  }),
};
