import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { listStudioGrants } from './studios.grants.list.ts';
import { recordStudioGrant, type StudioGrantInput } from './studios.grants.ts';
import {
  findRecognitions,
  proposeRecognition,
  type RecognitionAction,
  reviewRecognition,
} from './studios.recognition.ts';
import {
  createReevaluation,
  decideAnnualReport,
  fileAnnualReport,
  findReevaluations,
  getReevaluationDetail,
} from './studios.reevaluation.ts';
import {
  createStudio,
  findStudios,
  getStudioDetail,
  type StudioInput,
  type StudioPatch,
  updateStudio,
} from './studios.service.ts';
import { getStudioStats, type StudioStatsQuery, type StudiosLedCounter } from './studios.stats.ts';

/**
 * The studio use cases, bound to the database for the routes; `clock` dates their decisions (ADR 40);
 * `studiosLed` is the model workers register's count of studios led by model workers (issue 41), handed in by the
 * composition root so both statistics pages call the one function.
 */
export function createStudiosService(db: Db, clock: Clock, studiosLed: StudiosLedCounter) {
  return {
    list: (actor: Actor, q: Parameters<typeof findStudios>[2]) => findStudios(db, actor, q),
    get: (actor: Actor, id: number) => getStudioDetail(db, actor, id),
    create: (actor: Actor, input: StudioInput) => createStudio(db, actor, input, clock()),
    update: (actor: Actor, id: number, patch: StudioPatch) => updateStudio(db, actor, id, patch, clock()),
    propose: (actor: Actor, id: number, input: Parameters<typeof proposeRecognition>[3]) =>
      proposeRecognition(db, actor, id, input, clock()),
    recognitions: (actor: Actor, q: Parameters<typeof findRecognitions>[2]) => findRecognitions(db, actor, q),
    review: (
      actor: Actor,
      id: number,
      action: RecognitionAction,
      input: Parameters<typeof reviewRecognition>[4],
    ) => reviewRecognition(db, actor, id, action, input, clock()),
    reevaluations: (actor: Actor) => findReevaluations(db, actor),
    createReevaluation: (actor: Actor, input: Parameters<typeof createReevaluation>[2]) =>
      createReevaluation(db, actor, input),
    reevaluation: (actor: Actor, id: number) => getReevaluationDetail(db, actor, id, clock()),
    fileReport: (actor: Actor, id: number, studioId: number, input: Parameters<typeof fileAnnualReport>[4]) =>
      fileAnnualReport(db, actor, id, studioId, input, clock()),
    decide: (actor: Actor, id: number, studioId: number, input: Parameters<typeof decideAnnualReport>[4]) =>
      decideAnnualReport(db, actor, id, studioId, input, clock()),
    stats: (actor: Actor, q: StudioStatsQuery) =>
      getStudioStats(db, actor, q, todayInChina(clock()), studiosLed),
    grants: (actor: Actor, id: number) => listStudioGrants(db, actor, id),
    recordGrant: (actor: Actor, id: number, input: StudioGrantInput) =>
      recordStudioGrant(db, actor, id, input, clock()),
  };
}

export type StudiosService = ReturnType<typeof createStudiosService>;
