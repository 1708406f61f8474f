import type { RecordFact } from './index.ts';

/** A record fact for unit tests: every field empty unless given. */
export const recordFact = (over: Partial<RecordFact>): RecordFact => ({
  id: 1,
  kind: 'certificate',
  occurredOn: '2020-06-01',
  year: 2020,
  subjectKey: 'cert:1',
  grade: null,
  occupation: null,
  number: null,
  level: null,
  rank: null,
  competition: null,
  course: null,
  organiser: null,
  feeFen: null,
  result: null,
  patentType: null,
  patentNo: null,
  inventorOrder: null,
  title: null,
  ...over,
});
