import type { Sql } from '../db/db.ts';
import { type IdProtector, maskIdNumber, parseIdNumber } from '../modules/people/index.ts';
import { type Random, randomIdNumber, randomName, randomPhone } from './random.ts';
import { insertActiveMemberships, insertPersonRows } from './seed.repository.ts';

/** The demo's members: generated from a seeded random source and inserted set-based (seed.ts). */

export interface PersonSeed {
  name: string;
  idNumber: string;
  phone: string | null;
  isFrontLine: boolean;
  isOutdoor: boolean;
  isNewEmployment: boolean;
  modelWorkerLevel: string | null;
  hardshipLevel: string | null;
  orgId: number;
}

/**
 * Inserts persons and their active memberships in chunks; ID numbers are encrypted on the way in. Both rows carry
 * their federation (that of the person's union) from the insert, so the row trigger that fills it and the update
 * that places new persons have nothing to do: the demo's largest statements (docs/benchmarks.md, bench:startup).
 */
export async function insertPersons(
  sql: Sql,
  ids: IdProtector,
  persons: PersonSeed[],
  today: string,
): Promise<number[]> {
  const created: number[] = [];
  for (let i = 0; i < persons.length; i += 1000) {
    const chunk = persons.slice(i, i + 1000);
    const cols = chunk.map((p) => {
      const parsed = parseIdNumber(p.idNumber, today);
      if (!parsed.ok) throw new Error(`demo ID number ${p.idNumber} invalid: ${parsed.problem}`);
      return [
        p.name,
        ids.hash(p.idNumber),
        ids.encrypt(p.idNumber),
        maskIdNumber(p.idNumber),
        parsed.value.birthDate,
        parsed.value.gender,
        p.phone,
        p.isFrontLine,
        p.isOutdoor,
        p.isNewEmployment,
        p.modelWorkerLevel,
        p.hardshipLevel,
        p.orgId,
      ] as const;
    });
    const col = (k: number) => cols.map((c) => c[k]);
    const rows = await insertPersonRows(sql, [
      col(0),
      col(1),
      col(2),
      col(3),
      col(4),
      col(5),
      col(6),
      col(7),
      col(8),
      col(9),
      col(10),
      col(11),
      col(12),
    ]);
    await insertActiveMemberships(sql, rows);
    created.push(...rows.map((x) => x.id));
  }
  return created;
}

/** Generates `count` members spread over the unions that hold members (grassroots and branches). */
export function generateMembers(
  r: Random,
  holders: { id: number; region: string }[],
  count: number,
  start = 0,
): PersonSeed[] {
  const seen = new Set<string>();
  const out: PersonSeed[] = [];
  for (let i = start; out.length < count; i++) {
    const holder = holders[i % holders.length];
    const idNumber = randomIdNumber(r, holder.region, i);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    const frontLine = r.chance(0.55);
    out.push({
      name: randomName(r),
      idNumber,
      phone: r.chance(0.9) ? randomPhone(r) : null,
      isFrontLine: frontLine,
      isOutdoor: frontLine && r.chance(0.25),
      isNewEmployment: r.chance(0.06),
      modelWorkerLevel: r.chance(0.01) ? r.pick(['national', 'city', 'district', 'district'] as const) : null,
      hardshipLevel: r.chance(0.03) ? r.pick(['relative', 'general', 'deep'] as const) : null,
      orgId: holder.id,
    });
  }
  return out;
}
