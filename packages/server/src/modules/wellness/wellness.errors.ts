import { AppError } from '../../shared/errors.ts';

/** The errors of 疗休养 and 体检 bookings; each names its field where a form has one. */
const err = (kind: 'invalid' | 'conflict', code: string, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

export const wellnessErrors = {
  shares: () =>
    err(
      'invalid',
      'WELLNESS_SHARES',
      '区总工会、企业和职工分担的费用之和须等于人均费用',
      'The union’s, the enterprise’s and the worker’s shares must add up to the cost per person',
      'costFen',
    ),
  years: () =>
    err(
      'invalid',
      'WELLNESS_YEARS',
      '结束年度不能早于开始年度',
      'The last year cannot be before the first',
      'toYear',
    ),
  rule: (zh: string, en: string) => err('invalid', 'WELLNESS_RULE_INVALID', zh, en, 'rule'),
  institutionDuplicate: (name: string) =>
    err(
      'conflict',
      'WELLNESS_INSTITUTION_DUPLICATE',
      `本工会已登记机构“${name}”`,
      `The union already has an institution named “${name}”`,
      'name',
    ),
  institutionKind: () =>
    err(
      'invalid',
      'WELLNESS_INSTITUTION_KIND',
      '疗休养批次须安排在疗养院，体检批次须安排在体检中心',
      'A recuperation batch goes to a sanatorium, a health check batch to a check-up centre',
      'institutionId',
    ),
  batchDays: () =>
    err(
      'invalid',
      'WELLNESS_BATCH_DAYS',
      '批次的结束日期不能早于开始日期，推荐截止日期不能晚于开始日期',
      'A batch cannot end before it starts, and nominations must close by its first day',
      'endsOn',
    ),
  batchYear: (from: number, to: number) =>
    err(
      'invalid',
      'WELLNESS_BATCH_YEAR',
      `批次须在项目年度（${from}—${to}年）内`,
      `The batch must fall within the program’s years (${from}–${to})`,
      'startsOn',
    ),
  capacity: (capacity: number) =>
    err(
      'invalid',
      'WELLNESS_CAPACITY',
      `名额超过机构每批可接待人数（${capacity}人）`,
      `More places than the institution takes per batch (${capacity})`,
      'places',
    ),
  yearPlaces: (year: number, left: number) =>
    err(
      'conflict',
      'WELLNESS_YEAR_PLACES',
      `${year}年度剩余名额为${left}个，本批名额超出`,
      `Only ${left} places of ${year} are left for batches`,
      'places',
    ),
  notLower: () =>
    err(
      'invalid',
      'WELLNESS_NOT_LOWER_UNION',
      '只能向本工会所属的下级工会分配名额',
      'Places go to unions below the program’s union',
      'orgId',
    ),
  overAllocated: (left: number) =>
    err(
      'conflict',
      'WELLNESS_OVER_ALLOCATED',
      `本批次可分配的名额只剩${left}个`,
      `Only ${left} places of the batch are left to allocate`,
      'quota',
    ),
  belowUsed: (used: number) =>
    err(
      'conflict',
      'WELLNESS_QUOTA_BELOW_USED',
      `该工会已推荐${used}人，名额不能少于${used}`,
      `The union has nominated ${used}; the quota cannot be less`,
      'quota',
    ),
  closed: (closesOn: string, day?: string) =>
    day
      ? err(
          'conflict',
          'WELLNESS_BATCH_CLOSED',
          `日期 ${day} 晚于本批次推荐截止日 ${closesOn}：推荐、替换和退出须在截止日（含）之前`,
          `The day ${day} is after the batch's closing day ${closesOn}: nominations, substitutions and withdrawals are made on or before it`,
          'effectiveOn',
        )
      : err(
          'conflict',
          'WELLNESS_BATCH_CLOSED',
          `本批次推荐已于${closesOn}截止`,
          `Nominations for the batch closed on ${closesOn}`,
        ),
  settled: () => err('conflict', 'WELLNESS_BATCH_SETTLED', '本批次已结算', 'The batch is settled'),
  attendedAlready: () =>
    err(
      'conflict',
      'WELLNESS_ATTENDED_ALREADY',
      '您已到场，名额已使用，不能放弃',
      'You have been there: the place is used and cannot be given back',
    ),
  declineClosed: (closesOn: string) =>
    err(
      'conflict',
      'WELLNESS_DECLINE_CLOSED',
      `本批次名单已于${closesOn}截止，不能在线放弃名额；如不能参加，请联系推荐您的工会`,
      `The batch's list closed on ${closesOn}: a place can no longer be given back here; if you cannot go, tell the union that nominated you`,
    ),
  noAllocation: () =>
    err(
      'conflict',
      'WELLNESS_NO_ALLOCATION',
      '本工会在此批次没有名额',
      'The union has no places in this batch',
      'orgId',
    ),
  quotaFull: (quota: number) =>
    err(
      'conflict',
      'WELLNESS_QUOTA_FULL',
      `本工会在此批次的${quota}个名额已用完`,
      `The union’s ${quota} places in this batch are taken`,
    ),
  notMember: (name: string) =>
    err(
      'invalid',
      'WELLNESS_NOT_MEMBER',
      `${name}不是该工会所属的会员`,
      `${name} is not a member of the union’s subtree`,
      'personId',
    ),
  duplicate: (name: string) =>
    err(
      'conflict',
      'WELLNESS_ALREADY_NOMINATED',
      `${name}已在本批次名单中`,
      `${name} is already on the batch`,
    ),
  servedRecently: (name: string, day: string, years: number) =>
    err(
      'conflict',
      'WELLNESS_SERVED_RECENTLY',
      `${name}在近${years}年内已参加（${day}批次），暂不能推荐`,
      `${name} went in the last ${years} years (the batch of ${day})`,
      'personId',
    ),
  nominationGone: () =>
    err(
      'conflict',
      'WELLNESS_NOMINATION_ENDED',
      '该推荐已被替换或撤回',
      'The nomination was replaced or withdrawn',
    ),
  notStarted: (startsOn: string) =>
    err(
      'conflict',
      'WELLNESS_NOT_STARTED',
      `批次${startsOn}开始，开始后才能登记到场`,
      `The batch starts on ${startsOn}; attendance is recorded from then`,
    ),
  notNominated: () =>
    err('conflict', 'WELLNESS_NOT_NOMINATED', '您不在本批次名单中', 'You are not on this batch'),
  checkInDays: (startsOn: string, endsOn: string) =>
    err(
      'conflict',
      'WELLNESS_CHECKIN_DAYS',
      `只能在${startsOn}至${endsOn}期间签到`,
      `Check in between ${startsOn} and ${endsOn}`,
    ),
  unmarked: (n: number) =>
    err(
      'conflict',
      'WELLNESS_ATTENDANCE_UNMARKED',
      `还有${n}人未登记到场情况，请先登记`,
      `${n} nominees have no attendance yet; record it first`,
    ),
};
