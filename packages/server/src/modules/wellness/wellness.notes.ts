import type { FigureNote } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';

/**
 * What each figure of the 疗休养 and 体检 statistics counts and by which day (issue 41), as
 * wellness.recount.repository.ts and countNominationEvents count them: one list for the page's notes and the
 * export's 说明 sheet. Places and attendance count on the batch's first day, so a batch of the period yet to start
 * counts its places already; attendance is what is recorded by `today`.
 */
export function wellnessFigureNotes(p: StatsPeriod, today: string): FigureNote[] {
  const days = `${p.from}至${p.to}`;
  const daysEn = `${p.from} to ${p.to}`;
  const note = (key: string, zh: string, en: string, what: string, whatEn: string): FigureNote => ({
    key,
    label: { zh, en },
    note: { zh: `${what}，${days}`, en: `${whatEn}, ${daysEn}` },
  });
  const firstDay = '按批次首日计';
  const firstDayEn = "counted on the batch's first day";
  const sofar = `（到场登记截至${today}）`;
  const sofarEn = ` (attendance as recorded by ${today})`;
  return [
    note(
      'offered',
      '提供名额',
      'Places offered',
      `各批次提供的名额，${firstDay}，计入项目所属工会`,
      `The places the batches offer, ${firstDayEn}, in the program's union`,
    ),
    note(
      'allocated',
      '已分配名额',
      'Places allocated',
      `分给下级工会的名额，${firstDay}，计入得到名额的工会`,
      `Places given to lower unions, ${firstDayEn}, in the union given them`,
    ),
    note(
      'used',
      '实际参加',
      'Went',
      `登记到场的人数加平台前年度台账人数，${firstDay}，计入推荐的工会${sofar}`,
      `Workers recorded as having gone plus the books' figure for years before the platform, ${firstDayEn}, in the nominating union${sofarEn}`,
    ),
    note(
      'frontLine',
      '其中一线职工',
      'Of whom front-line',
      `实际参加者中推荐时为一线职工的，${firstDay}${sofar}`,
      `Of those who went, front-line workers when nominated, ${firstDayEn}${sofarEn}`,
    ),
    note(
      'newEmployment',
      '其中新就业形态',
      'Of whom new employment forms',
      `实际参加者中推荐时为新就业形态劳动者的，${firstDay}${sofar}`,
      `Of those who went, new-employment-form workers when nominated, ${firstDayEn}${sofarEn}`,
    ),
    note(
      'byUnion.recuperation',
      '其中疗休养',
      'Of which recuperation',
      `实际参加中的疗休养，${firstDay}`,
      `Of those who went, to recuperation, ${firstDayEn}`,
    ),
    note(
      'byUnion.checkup',
      '其中健康体检',
      'Of which check-ups',
      `实际参加中的健康体检，${firstDay}`,
      `Of those who went, to check-ups, ${firstDayEn}`,
    ),
    note(
      'nominated',
      '推荐人次',
      'Nominations',
      '推荐的人次（含替补），按推荐日计，计入推荐的工会',
      'Nominations made (substitutes included), on the day made, in the nominating union',
    ),
    note(
      'substituted',
      '被替换',
      'Substituted',
      '名额转给他人的推荐，按替换日计',
      'Nominees whose place passed to another worker, on the day replaced',
    ),
    note(
      'withdrawn',
      '退出',
      'Withdrawn',
      '退出并退回名额的推荐，按退出日计',
      'Nominations withdrawn (the place given back), on the day withdrawn',
    ),
    note(
      'attended',
      '到场',
      'Attended',
      `登记到场的推荐（不含台账人数），${firstDay}${sofar}`,
      `Nominees recorded as present (not the books' figures), ${firstDayEn}${sofarEn}`,
    ),
    note(
      'noShows',
      '未参加',
      'No-shows',
      `登记未到的推荐，${firstDay}${sofar}`,
      `Nominees recorded as absent, ${firstDayEn}${sofarEn}`,
    ),
    note(
      'served',
      '服务职工（不重复）',
      'Workers served',
      `批次首日在期间内、登记到场的不重复职工，加平台前年度台账人数${sofar}`,
      `Distinct workers who went to batches starting in the period, plus the books' people for years before the platform${sofarEn}`,
    ),
    note(
      'servedOnPlatform',
      '其中平台登记',
      'Of whom on the platform',
      '其中在平台上登记到场的不重复职工',
      'Of those, the distinct workers recorded on the platform',
    ),
    {
      key: 'schemes.targetPeople',
      label: { zh: '目标服务人数', en: 'Target' },
      note: {
        zh: `方案（如双千工程）在其年度内的目标服务人数，取所属项目中最大的，截至${p.asOf}`,
        en: `The people a scheme (such as the two-thousand scheme) aims to serve over its years, the largest its programs give, as of ${p.asOf}`,
      },
    },
  ];
}
