import { defineModule } from '../../module-manifest.ts';
import { recordsRoutes } from './records.routes.ts';
import { createRecordsService } from './records.service.ts';

export {
  NO_DETAILS,
  normaliseRecord,
  parseDate,
  parseGrade,
  subjectKeyOf,
} from './records.input.ts';
export {
  findRecordFactById,
  insertRecords,
  listRecordFacts,
  listRecordValues,
  type RecordInsert,
  type RecordTextColumn,
  type SelectionAward,
  selectionAwardsOfPersons,
} from './records.repository.ts';
export { recordsRoutes } from './records.routes.ts';
export { createRecordsService, type RecordInput, type RecordsService } from './records.service.ts';
export { deleteSourcedRecords, findPatentRecords } from './records.sourced.repository.ts';
export { type SourcedRecord, upsertSourcedRecords } from './records.sourced.ts';
export type {
  AwardLevel,
  PatentType,
  RecordDetails,
  RecordFactRow,
  RecordRow,
  RecordSource,
  TrainingResult,
} from './records.types.ts';
export {
  AWARD_LEVELS,
  NO_RECORD_DETAILS,
  PATENT_TYPES,
  RECORD_SOURCES,
  RESULT_TEXT,
  TRAINING_RESULTS,
} from './records.types.ts';

import { namedBy } from '../../shared/record-names.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'records',
  auditNames: { record: namedBy('records', 'title') },
  todo: { nothingWaits: 'evidence: nothing waits' },
  description: '`records` — certificates, awards, trainings, patents: the evidence programs look at',
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ records: createRecordsService(db, ids, clock) }),
  routes: (app, s) => recordsRoutes(app, s),
});
