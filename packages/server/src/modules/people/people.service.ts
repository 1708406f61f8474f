import { type Actor, can, canAccess, type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { ID_PROBLEM_TEXT, maskIdNumber, parseIdNumber } from './idcard.ts';
import {
  findPersonById,
  findPersonDetailById,
  findPersonIdByHash,
  listMemberships,
  PERSON_COLUMNS,
} from './people.repository.ts';
import { type PersonAttributes, type PersonRow, PHONE_RE } from './people.types.ts';

const PERSON = { zh: '人员', en: 'Person' };

export interface PersonInput extends Partial<PersonAttributes> {
  name: string;
  idNumber: string;
  phone?: string | null;
  employerName?: string | null;
  orgId: number;
  joinedOn?: string;
}

export type PersonPatch = Partial<PersonAttributes> & {
  name?: string;
  phone?: string | null;
  employerName?: string | null;
};

export interface MemberQuery {
  orgId?: number;
  q?: string;
  isFrontLine?: boolean;
  isOutdoor?: boolean;
  isNewEmployment?: boolean;
  female?: boolean;
  modelWorker?: boolean;
  hardship?: boolean;
  page?: number;
  pageSize?: number;
}

export function checkPhone(phone: string | null | undefined) {
  if (phone && !PHONE_RE.test(phone)) {
    throw invalid(
      'PHONE_INVALID',
      {
        zh: `手机号 ${phone} 格式错误，应为11位`,
        en: `Phone number ${phone} is malformed; 11 digits expected`,
      },
      { field: 'phone' },
    );
  }
}

function checkHardship(p: Partial<PersonAttributes>) {
  if (p.hardshipFrom && p.hardshipUntil && p.hardshipUntil < p.hardshipFrom) {
    throw invalid(
      'HARDSHIP_DATES_INVALID',
      { zh: '困难职工认定的结束日期早于开始日期', en: 'Hardship status ends before it starts' },
      { field: 'hardshipUntil' },
    );
  }
}

/** The person, if their active membership lies in the actor's subtree (or it is the worker themself). */
export async function getPersonInScope(sql: Sql, actor: Actor, id: number): Promise<PersonRow> {
  return assertPersonInScope(actor, id, await findPersonById(sql, id));
}

function assertPersonInScope<T extends PersonRow>(actor: Actor, id: number, person: T | undefined): T {
  if (!person) throw notFound(PERSON, { id });
  const reachable =
    canAccess(actor, 'people.read', { orgPath: person.orgPath }) ||
    canAccess(actor, 'self.read', { personId: id });
  if (!reachable) throw forbidden();
  return person;
}

export function createPeopleService(db: Db, ids: IdProtector) {
  return {
    async listMembers(actor: Actor, q: MemberQuery) {
      let scope: Subtree = actor;
      if (q.orgId) scope = { path: (await getOrgInScope(db, actor, q.orgId)).path };
      const params: unknown[] = [];
      const where = [subtreeCondition(scope, 'o.path', params)];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replaceAll('?', `$${params.length}`));
      };
      const text = q.q?.trim();
      if (text) {
        if (parseIdNumber(text).ok) add('p.id_hash = ?', ids.hash(text));
        else if (/^\d{11}$/.test(text)) add('p.phone = ?', text);
        else if (/^\d{3}[\dXx]$/.test(text)) add('p.id_masked like ?', `%${text.toUpperCase()}`);
        else add(`p.name like ?`, `${text}%`);
      }
      if (q.isFrontLine !== undefined) add('p.is_front_line = ?', q.isFrontLine);
      if (q.isOutdoor !== undefined) add('p.is_outdoor = ?', q.isOutdoor);
      if (q.isNewEmployment !== undefined) add('p.is_new_employment = ?', q.isNewEmployment);
      if (q.female !== undefined) where.push(q.female ? `p.gender = 'female'` : `p.gender = 'male'`);
      if (q.modelWorker !== undefined) where.push(`(p.model_worker_level is not null) = ${q.modelWorker}`);
      if (q.hardship !== undefined) {
        where.push(
          `(p.hardship_level is not null and (p.hardship_until is null or p.hardship_until >= current_date)) = ${q.hardship}`,
        );
      }
      const pageSize = q.pageSize ?? 20;
      const offset = ((q.page ?? 1) - 1) * pageSize;
      const page = { page: q.page ?? 1, pageSize };
      if (where.length === 1) {
        // No person filter: page through the memberships of the subtree's unions (ordered by the
        // (org_id, person_id) index) and take the total from the per-union counts.
        const inScope: unknown[] = [];
        const { rows: unions } = await db.query<{ id: number }>(
          `select id from orgs where ${subtreeCondition(scope, 'path', inScope)}`,
          inScope,
        );
        const unionIds = unions.map((u) => u.id);
        const [items, total] = await Promise.all([
          db.query<PersonRow>(
            `with page as (
               select m.person_id from memberships m
                where m.status = 'active' and m.org_id = any($1::bigint[])
                order by m.person_id limit $2 offset $3)
             select ${PERSON_COLUMNS} from page join persons p on p.id = page.person_id
               join memberships m on m.person_id = p.id and m.status = 'active' join orgs o on o.id = m.org_id
              order by p.id`,
            [unionIds, pageSize, offset],
          ),
          db.query<{ n: number }>(
            'select coalesce(sum(active), 0) as n from org_member_counts where org_id = any($1::bigint[])',
            [unionIds],
          ),
        ]);
        return { items: items.rows, total: total.rows[0].n, ...page };
      }
      const from = `persons p join memberships m on m.person_id = p.id and m.status = 'active'
        join orgs o on o.id = m.org_id`;
      const [items, total] = await Promise.all([
        db.query<PersonRow>(
          `select ${PERSON_COLUMNS} from ${from} where ${where.join(' and ')}
            order by p.id limit ${pageSize} offset ${offset}`,
          params,
        ),
        db.query<{ n: number }>(`select count(*) as n from ${from} where ${where.join(' and ')}`, params),
      ]);
      return { items: items.rows, total: total.rows[0].n, ...page };
    },

    async getPerson(actor: Actor, id: number) {
      return assertPersonInScope(actor, id, await findPersonDetailById(db, id));
    },

    /** The full ID number, for roles allowed to see it; every such read is audited. */
    async revealIdNumber(actor: Actor, id: number): Promise<string> {
      if (!can(actor, 'people.reveal_id') && actor.personId !== id) throw forbidden();
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, id);
        const { rows } = await sql.query<{ c: string }>('select id_cipher as c from persons where id = $1', [
          id,
        ]);
        await recordAudit(sql, actor, {
          action: 'person.id_number.read',
          entity: 'person',
          entityId: id,
          orgId: person.orgId,
        });
        return ids.decrypt(rows[0].c);
      });
    },

    async createPerson(actor: Actor, input: PersonInput): Promise<PersonRow> {
      const parsed = parseIdNumber(input.idNumber);
      if (!parsed.ok)
        throw invalid('ID_NUMBER_INVALID', ID_PROBLEM_TEXT[parsed.problem], { field: 'idNumber' });
      checkPhone(input.phone);
      checkHardship(input);
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        const hash = ids.hash(parsed.value.number);
        const existing = await findPersonIdByHash(sql, hash);
        if (existing) {
          const person = await findPersonById(sql, existing);
          const visible = person && canAccess(actor, 'people.read', { orgPath: person.orgPath });
          throw new AppError(
            'conflict',
            'PERSON_EXISTS',
            {
              zh: visible
                ? `此身份证号的人员已存在（${person.name}，${person.orgName}）`
                : '此身份证号的人员已在平台登记，请办理会员关系转接',
              en: 'A person with this ID number is already registered',
            },
            visible ? { personId: existing } : undefined,
          );
        }
        const { rows } = await sql.query<{ id: number }>(
          `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, phone, employer_name,
             is_front_line, is_outdoor, is_new_employment, model_worker_level, hardship_level, hardship_from, hardship_until)
           values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) returning id`,
          [
            input.name,
            hash,
            ids.encrypt(parsed.value.number),
            maskIdNumber(parsed.value.number),
            parsed.value.birthDate,
            parsed.value.gender,
            input.phone ?? null,
            input.employerName ?? null,
            input.isFrontLine ?? false,
            input.isOutdoor ?? false,
            input.isNewEmployment ?? false,
            input.modelWorkerLevel ?? null,
            input.hardshipLevel ?? null,
            input.hardshipFrom ?? null,
            input.hardshipUntil ?? null,
          ],
        );
        const id = rows[0].id;
        await sql.query(
          `insert into memberships (person_id, org_id, joined_on) values ($1, $2, coalesce($3::date, current_date))`,
          [id, org.id, input.joinedOn ?? null],
        );
        const created = (await findPersonById(sql, id)) as PersonRow;
        await recordAudit(sql, actor, {
          action: 'person.create',
          entity: 'person',
          entityId: id,
          orgId: org.id,
          after: created,
        });
        return created;
      });
    },

    async updatePerson(actor: Actor, id: number, patch: PersonPatch): Promise<PersonRow> {
      checkPhone(patch.phone);
      return db.tx(async (sql) => {
        const before = await getPersonInScope(sql, actor, id);
        const next = { ...before, ...patch };
        checkHardship(next);
        await sql.query(
          `update persons set name = $2, phone = $3, employer_name = $4, is_front_line = $5, is_outdoor = $6,
             is_new_employment = $7, model_worker_level = $8, hardship_level = $9, hardship_from = $10,
             hardship_until = $11, updated_at = now() where id = $1`,
          [
            id,
            next.name,
            next.phone,
            next.employerName,
            next.isFrontLine,
            next.isOutdoor,
            next.isNewEmployment,
            next.modelWorkerLevel,
            next.hardshipLevel,
            next.hardshipFrom,
            next.hardshipUntil,
          ],
        );
        const after = (await findPersonById(sql, id)) as PersonRow;
        await recordAudit(sql, actor, {
          action: 'person.update',
          entity: 'person',
          entityId: id,
          orgId: after.orgId,
          before,
          after,
        });
        return after;
      });
    },

    /** Transfers the active membership to another union in the actor's subtree; history is kept. */
    async transferMember(actor: Actor, personId: number, toOrgId: number, on: string, note?: string) {
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, personId);
        const to = await getOrgInScope(sql, actor, toOrgId);
        if (to.status !== 'active') {
          throw invalid('ORG_CLOSED', { zh: `${to.name}已撤销`, en: `${to.name} is closed` });
        }
        if (person.orgId === to.id) {
          throw invalid('ALREADY_MEMBER', { zh: `已是${to.name}会员`, en: `Already a member of ${to.name}` });
        }
        if (person.joinedOn && on < person.joinedOn) {
          throw invalid(
            'TRANSFER_DATE_INVALID',
            {
              zh: '转接日期早于入会日期',
              en: 'The transfer date is before the join date',
            },
            { field: 'on' },
          );
        }
        await sql.query(
          `update memberships set status = 'transferred', left_on = $2, note = $3
            where person_id = $1 and status = 'active'`,
          [personId, on, note ?? null],
        );
        await sql.query(
          'insert into memberships (person_id, org_id, joined_on, note) values ($1, $2, $3, $4)',
          [personId, to.id, on, note ?? null],
        );
        await recordAudit(sql, actor, {
          action: 'person.transfer',
          entity: 'person',
          entityId: personId,
          orgId: to.id,
          before: { orgId: person.orgId },
          after: { orgId: to.id, on },
        });
        const after = (await findPersonById(sql, personId)) as PersonRow;
        return { ...after, memberships: await listMemberships(sql, personId) };
      });
    },

    async getSelf(actor: Actor) {
      if (!actor.personId) throw forbidden();
      const person = (await findPersonById(db, actor.personId)) as PersonRow;
      return { ...person, memberships: await listMemberships(db, actor.personId) };
    },

    /** A worker may change their own phone number; everything else is kept by their union. */
    async updateSelf(actor: Actor, patch: { phone: string | null }) {
      if (!actor.personId) throw forbidden();
      checkPhone(patch.phone);
      const personId = actor.personId;
      await db.tx(async (sql) => {
        const before = await findPersonById(sql, personId);
        await sql.query('update persons set phone = $2, updated_at = now() where id = $1', [
          personId,
          patch.phone,
        ]);
        await recordAudit(sql, actor, {
          action: 'person.update_self',
          entity: 'person',
          entityId: personId,
          orgId: before?.orgId,
          before: { phone: before?.phone },
          after: patch,
        });
      });
      return this.getSelf(actor);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
