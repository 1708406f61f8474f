import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { listFileName, listScopeSheet } from '../../shared/export-list.ts';
import { type ImportedInto, registerShell, runRegisterImport } from '../../shared/register-define.ts';
import { settled } from '../../shared/settled.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { unionAsked } from '../org/index.ts';
import { type IdProtector, maskIdNumber, parseIdNumber, raiseModelWorkerLevels } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { err, HEALTH_ZH, highestLevel, KIND_ZH, LEVEL_ZH, STATUS_ZH } from './modelworkers.errors.ts';
import { planModelWorkerRows } from './modelworkers.import.plan.ts';
import { COLUMNS, MODELWORKER_REGISTER } from './modelworkers.import-columns.ts';
import {
  findModelWorker,
  type HonourInsert,
  insertHonours,
  insertModelWorkers,
  linkedLevels,
  listAllModelWorkers,
  listHonours,
  type ModelWorkerInsert,
  setLevel,
  updateModelWorker,
} from './modelworkers.repository.ts';
import { honourCount, levelMove, registerCounts } from './modelworkers.status.ts';
import { changeStatus } from './modelworkers.status-change.ts';
import type { Health, Status } from './modelworkers.vocabulary.ts';

/**
 * The model workers register (劳模名册) in and out (issue 28): one row per title — rows of the same person (the
 * same 登记编号, or ID number, or union and name) form one model worker. A new person is registered with all their
 * titles; one already on the register (named by the 登记编号 of an export, or their ID number) gains the titles they
 * do not hold yet, so the export comes back in unchanged. Titles from a sheet are external (source `external`).
 */
/** The register number of a model worker as sheets show it: LM000123. */
export const refOf = (id: number) => `LM${String(id).padStart(6, '0')}`;
export interface ModelWorkerImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /**
   * Rows on record already, skipped: those of people whose rows change nothing (a ledger sent again), and the titles
   * a person on the register holds already.
   */
  onRecord: number;
  /** The titles the file adds: those of new people, and those a person on the register does not hold yet. */
  honours: number;
}

export function createModelWorkerRegister(db: Db, ids: IdProtector, clock: Clock) {
  return {
    ...registerShell(db, MODELWORKER_REGISTER, 'modelworkers.write', (actor, input, mark) => {
      const today = todayInChina(clock());
      return runRegisterImport(MODELWORKER_REGISTER, input, today, {
        plan: (rows, errors) => db.tx((sql) => planModelWorkerRows(sql, ids, actor, rows, errors, today)),
        counts: ({ plans }): ModelWorkerImportCounts => ({
          created: plans.filter((p) => !p.existingId).length,
          updated: plans.filter((p) => p.existingId && !p.unchanged).length,
          unchanged: plans.filter((p) => p.unchanged).length,
          onRecord: plans.reduce((n, p) => n + (p.unchanged ? p.rows : (p.held ?? 0)), 0),
          honours: plans.reduce((n, p) => n + p.honours.length - (p.held ?? 0), 0),
        }),
        dryRunExtras: {} as ImportedInto,
        write: ({ plans, persons, today }, counts) =>
          db.tx(async (sql) => {
            const fresh = plans.filter((p) => !p.existingId);
            const rows: ModelWorkerInsert[] = fresh.map((p) => {
              const f = p.fields;
              const parsed = p.id ? parseIdNumber(p.id.number, today) : null;
              return {
                orgId: p.orgId,
                personId: p.id ? (persons.get(p.id.hash)?.id ?? null) : null,
                name: p.name,
                gender: parsed?.ok ? parsed.value.gender : ((f.gender as 'male' | 'female' | null) ?? null),
                idCipher: p.id ? ids.encrypt(p.id.number) : null,
                idHash: p.id?.hash ?? null,
                idMasked: p.id ? maskIdNumber(p.id.number) : null,
                employer: (f.employer as string) ?? null,
                phone: (f.phone as string) ?? null,
                contactName: (f.contactName as string) ?? null,
                contactPhone: (f.contactPhone as string) ?? null,
                health: ((f.health as Health) ?? 'good') as Health,
                healthNote: null,
                level: highestLevel(p.honours.map((h) => h.level)),
                studioId: null,
                note: null,
                registeredOn: (f.registeredOn as string) ?? today,
                status: ((f.status as Status) ?? 'active') as Status,
                statusOn: f.status && f.status !== 'active' ? ((f.statusOn as string) ?? null) : null,
                statusRecordedOn: f.status && f.status !== 'active' ? today : null,
                createdBy: actor.userId || null,
              };
            });
            // PostgreSQL inserts the model workers while node works out their counts and lays out the titles
            const inserting = settled(insertModelWorkers(sql, rows));
            const deltas: CountDelta[] = [];
            fresh.forEach((p, i) => {
              const r = rows[i];
              deltas.push(
                ...registerCounts(p.orgId, r.registeredOn, r.level, p.honours, {
                  status: r.status,
                  statusOn: r.statusOn,
                  statusRecordedOn: today,
                }),
              );
            });
            // titles of those on the register already: only those not held yet; a higher one moves their level
            const honours: HonourInsert[] = [];
            const holders: typeof plans = [];
            for (const p of plans)
              for (const h of p.honours) {
                holders.push(p);
                honours.push({
                  level: h.level,
                  kind: h.kind,
                  title: h.title,
                  year: h.year,
                  awardedBy: h.awardedBy,
                  modelWorkerId: 0,
                  orgId: p.orgId,
                  source: 'external',
                  recordId: null,
                  createdBy: actor.userId || null,
                });
              }
            const created = await inserting;
            if (created.some((c) => c === null))
              throw err(
                'conflict',
                'MODELWORKER_DUPLICATE',
                '名册中已有表中的人员，请重新预检',
                'Someone in the sheet was registered meanwhile; check again',
              );
            fresh.forEach((p, i) => {
              p.existingId = created[i];
            });
            for (const [k, p] of holders.entries()) honours[k].modelWorkerId = p.existingId as number;
            const isFresh = new Set(fresh);
            const old = plans.filter((p) => !isFresh.has(p));
            const added = await insertHonours(sql, honours);
            for (const p of old) {
              const m = await findModelWorker(sql, p.existingId as number);
              if (!m) continue;
              const mine = added.filter((h) => h.modelWorkerId === m.id);
              for (const h of mine) deltas.push(honourCount(m.orgId, h));
              // a status the sheet gives that differs from the register's is recorded, on its day where given
              const f = p.fields;
              const moved = f.status
                ? changeStatus(m, f.status as Status, (f.statusOn as string | undefined) ?? undefined, today)
                : null;
              if (moved) {
                await updateModelWorker(sql, m.id, moved.after);
                deltas.push(...moved.deltas);
              }
              const level = highestLevel([m.level, ...mine.map((h) => h.level)]);
              if (level !== m.level) {
                await setLevel(sql, m.id, level);
                deltas.push(...levelMove(m.orgId, m.level, level, m.status, today));
              }
            }
            await addCounts(sql, deltas);
            await raiseModelWorkerLevels(
              sql,
              await linkedLevels(
                sql,
                plans.map((p) => p.existingId as number),
              ),
            );
            await recordAudit(sql, actor, {
              action: 'modelworker.import',
              entity: 'modelworker',
              orgId: actor.orgId,
              after: { fileName: input.fileName, ...counts, honoursAdded: added.length },
            });
            await mark.keep(sql, counts.created);
            return { unionIds: [...new Set(plans.map((p) => p.orgId))] };
          }),
      });
    }),

    /**
     * The register of a subtree in the import's own columns, one row per title, with each model worker's 登记编号 so
     * it comes back in as it went out. ID numbers are masked unless `full` is asked by a role that may reveal them;
     * audited either way.
     */
    async exportXlsx(actor: Actor, q: { orgId?: number; full?: boolean }) {
      return db.tx(async (sql) => {
        const { org, path, name } = await unionAsked(sql, actor, q.orgId, 'modelworkers.read');
        const full = q.full === true;
        if (full) requireAccess(actor, 'people.reveal_id', { orgPath: path });
        const list = await listAllModelWorkers(sql, path, 50_000);
        const honours = await listHonours(
          sql,
          list.map((m) => m.id),
        );
        const rows = list.flatMap((m) =>
          (honours.get(m.id) ?? []).map((h, i) => [
            refOf(m.id),
            m.name,
            (full && m.idCipher ? ids.decrypt(m.idCipher) : m.idMasked) ?? null,
            m.gender === 'female' ? '女' : m.gender === 'male' ? '男' : null,
            m.orgName,
            i === 0 ? m.employer : null,
            i === 0 ? m.phone : null,
            i === 0 ? m.contactName : null,
            i === 0 ? m.contactPhone : null,
            i === 0 ? HEALTH_ZH[m.health] : null,
            STATUS_ZH[m.status],
            i === 0 ? m.statusOn : null,
            LEVEL_ZH[h.level],
            KIND_ZH[h.kind],
            h.title,
            h.year,
            h.awardedBy,
            i === 0 ? m.registeredOn : null,
          ]),
        );
        await recordAudit(sql, actor, {
          action: full ? 'person.id_number.export' : 'modelworker.export',
          entity: 'modelworker',
          orgId: org?.id ?? null,
          after: { rows: rows.length, full },
        });
        const day = todayInChina(clock());
        return {
          buffer: writeWorkbook([
            {
              name: '劳模名册',
              headers: COLUMNS.map((c) => c.header),
              rows,
              textColumns: [0, 2, 6, 8],
              dateColumns: [11, 17],
            },
            listScopeSheet(name, day, { label: '劳模数（人）', n: list.length }),
          ]),
          fileName: listFileName(name, '劳模名册', day, full ? [] : ['脱敏']),
        };
      });
    },
  };
}

export type ModelWorkerRegister = ReturnType<typeof createModelWorkerRegister>;
