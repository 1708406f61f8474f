export {
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
  RecordFactRow,
  RecordKind,
  RecordRow,
  RecordSource,
  TrainingResult,
} from './records.types.ts';
export {
  AWARD_LEVELS,
  PATENT_TYPES,
  RECORD_SOURCES,
  RESULT_TEXT,
  TRAINING_RESULTS,
} from './records.types.ts';
export const recordsMigrations = new URL('./migrations/', import.meta.url);
