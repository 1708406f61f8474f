import { AppError, fixedError } from '../../shared/errors.ts';

/** The errors of contests; the HTTP layer maps each kind to its status. */
export const contestErrors = {
  datesReversed: fixedError('invalid', 'CONTEST_DATES_REVERSED', {
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
    field: 'endsOn',
  }),
  eventNamesRepeated: (name: string) =>
    new AppError(
      'invalid',
      'CONTEST_EVENT_REPEATED',
      { zh: `项目“${name}”重复`, en: `The event "${name}" is listed twice` },
      { field: 'events', name },
    ),
  teamSizeForTeamsOnly: (name: string) =>
    new AppError(
      'invalid',
      'CONTEST_TEAM_SIZE_MISPLACED',
      {
        zh: `项目“${name}”不是团队项目，不能设置团队人数`,
        en: `The event "${name}" is not a team event; it has no team size`,
      },
      { field: 'events', name },
    ),
  notOpen: fixedError('conflict', 'CONTEST_NOT_OPEN', {
    zh: '该竞赛报名已截止',
    en: 'Registration for this contest is closed',
  }),
  published: fixedError('conflict', 'CONTEST_PUBLISHED', {
    zh: '竞赛成绩已发布，名称、级别和日期不能再修改',
    en: 'The results are published: the name, level and dates can no longer be changed',
  }),
  stillOpen: fixedError('conflict', 'CONTEST_STILL_OPEN', {
    zh: '请先截止报名，再录入或发布成绩',
    en: 'Close registration before entering or publishing results',
  }),
  eventNotInContest: fixedError('invalid', 'CONTEST_EVENT_UNKNOWN', {
    zh: '该竞赛没有这个项目',
    en: 'This contest has no such event',
    field: 'eventId',
  }),
  unionOutsideContest: fixedError('invalid', 'CONTEST_UNION_OUTSIDE', {
    zh: '该工会不在竞赛主办工会的范围内，不能报名',
    en: "This union is outside the organiser's subtree and cannot enter",
    field: 'orgId',
  }),
  membersForMode: (mode: 'individual' | 'team' | 'unit', teamSize: number | null) =>
    new AppError(
      'invalid',
      'CONTEST_ENTRY_MEMBERS',
      mode === 'individual'
        ? { zh: '个人项目须报名且只报名一人', en: 'An individual event takes exactly one person' }
        : mode === 'team'
          ? {
              zh: `团队项目须报名2至${teamSize ?? 50}人`,
              en: `A team event takes 2 to ${teamSize ?? 50} persons`,
            }
          : { zh: '单位项目不报名个人', en: 'A unit event names no persons' },
      { field: 'personIds' },
    ),
  nameRequired: fixedError('invalid', 'CONTEST_ENTRY_NAME_REQUIRED', {
    zh: '请填写团队或单位名称',
    en: 'Give the name of the team or unit',
    field: 'name',
  }),
  personOutside: (name: string) =>
    new AppError(
      'invalid',
      'CONTEST_PERSON_OUTSIDE',
      {
        zh: `${name}不是报名工会范围内的在册会员`,
        en: `${name} is not an active member within the entering union`,
      },
      { field: 'personIds' },
    ),
  personUnknown: fixedError('invalid', 'CONTEST_PERSON_UNKNOWN', {
    zh: '报名人员不存在',
    en: 'A person entered does not exist',
    field: 'personIds',
  }),
  alreadyEntered: (name: string) =>
    new AppError(
      'conflict',
      'CONTEST_ALREADY_ENTERED',
      { zh: `${name}已报名该项目，同一项目每人只能报名一次`, en: `${name} has already entered this event` },
      { field: 'personIds' },
    ),
  unionLimit: (limit: number) =>
    new AppError(
      'conflict',
      'CONTEST_UNION_LIMIT',
      {
        zh: `每个工会最多报名${limit}项，本工会名额已满`,
        en: `A union may register at most ${limit} entries; this union's places are taken`,
      },
      { limit },
    ),
  eventLimit: (event: string, limit: number) =>
    new AppError(
      'conflict',
      'CONTEST_EVENT_LIMIT',
      {
        zh: `“${event}”每个工会最多报名${limit}项，本工会名额已满`,
        en: `A union may register at most ${limit} entries in "${event}"; this union's places are taken`,
      },
      { limit },
    ),
  resultRank: fixedError('invalid', 'CONTEST_RESULT_EMPTY', {
    zh: '请填写名次、成绩或奖项',
    en: 'Give a rank, a score or a prize',
    field: 'prize',
  }),
  nothingToPublish: fixedError('conflict', 'CONTEST_NOTHING_TO_PUBLISH', {
    zh: '成绩自上次发布后没有变化',
    en: 'The results have not changed since they were last published',
  }),
};
