import { NO_RECORD_DETAILS } from '../../records/index.ts';
import type { Facts, RecordFact } from './index.ts';

/** A record fact for unit tests: every field empty unless given. */
export const recordFact = (over: Partial<RecordFact>): RecordFact => ({
  id: 1,
  kind: 'certificate',
  occurredOn: '2020-06-01',
  year: 2020,
  subjectKey: 'cert:1',
  ...NO_RECORD_DETAILS,
  inventorOrder: null,
  ...over,
});

/** Facts for unit tests: 张三 of 杨镇工会 under 顺义区总工会, evaluated on 2020-12-31, with no records. */
export const factsFixture = (
  over: Partial<Facts> = {},
  person: Partial<NonNullable<Facts['person']>> = {},
): Facts => ({
  asOf: '2020-12-31',
  ownerPath: '/1/5/',
  ownerName: '顺义区总工会',
  person: {
    id: 7,
    name: '张三',
    birthDate: '1975-06-01',
    gender: 'male',
    isFrontLine: false,
    isOutdoor: false,
    isNewEmployment: false,
    modelWorkerLevel: null,
    hardshipLevel: null,
    hardshipFrom: null,
    hardshipUntil: null,
    ...person,
  },
  org: { id: 23, name: '杨镇工会', path: '/1/5/23/', level: 3 },
  records: [],
  ...over,
});
