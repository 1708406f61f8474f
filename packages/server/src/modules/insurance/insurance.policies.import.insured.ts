import { cellText, type RegisterRow, readOk } from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { idNumberRefusal } from '../people/index.ts';
import { problem, RowProblem, registerKey } from './insurance.import.rows.ts';
import type { ImportedInsured, MemberSpan } from './insurance.policies.import.repository.ts';
import { H, type PolicyRegisterKey } from './insurance.policies.register.ts';

/** A row of the policies register as an insured person of its policy, checked (insurance.policies.import.plan.ts). */

type Row = RegisterRow<PolicyRegisterKey>;

/**
 * What a policy's rows are checked against: whether it lists people (undefined when its number insured did not
 * parse), its period (null when a day did not parse or it ends before it starts) and its union's path.
 */
export interface PolicyFrame {
  listed: boolean | undefined;
  period: { startsOn: string; endsOn: string } | null;
  orgPath: string;
}

/**
 * The persons a file names, read once: each row's ID hash, the persons by hash, their memberships; and the day the
 * ID numbers were read on (a refused one is told why).
 */
export interface PersonFacts {
  hashOf: Map<number, string>;
  persons: Map<string, { id: number; name: string }>;
  spans: Map<number, MemberSpan[]>;
  today: string;
}

/**
 * The member's union of the policy's subtree on `day` (the latest joined), as the claims register decides cover
 * on a year kept as totals; undefined when they were not a member of it that day.
 */
function memberUnionOn(spans: MemberSpan[], orgPath: string, day: string) {
  return spans.find(
    (m) =>
      m.orgPath.startsWith(orgPath) &&
      m.joinedOn !== null &&
      m.joinedOn <= day &&
      (m.leftOn === null || m.leftOn > day) &&
      (m.active || m.leftOn !== null),
  )?.orgId;
}

/**
 * A row's insured person on its policy: null for a policy kept as totals; its problems when it has any, every one
 * that does not follow from another (a person not found is not also told by name), a check over a cell that did
 * not parse or a period that is wrong skipped — and then no problem of its own (an empty list): nothing planned.
 */
export function insuredOf(
  row: Row,
  frame: PolicyFrame,
  spansOf: Map<number, { at: RowPlace; fromOn: string; untilOn: string }[]>,
  { hashOf, persons, spans, today }: PersonFacts,
): ImportedInsured | null | RowProblem[] {
  const { values: v } = row;
  if (frame.listed === undefined) return [];
  if (!frame.listed) {
    if ((readOk(row, 'idNumber') && v.idNumber !== null) || (readOk(row, 'name') && v.name !== null))
      return [
        problem(
          H.idNumber,
          '已填写参保人数的保单不能再列被保险人：一份保单或有清单，或只有人数',
          'A policy given its number insured lists no one: a policy has either a list or only the number',
        ),
      ];
    return row.unread ? [] : null;
  }
  const out: RowProblem[] = [];
  const person = personOf(row, frame.orgPath, out, { hashOf, persons, spans, today });
  const { period } = frame;
  // the first day of cover: as written, else the policy's start; undefined when it cannot be told
  const fromOn = !readOk(row, 'fromOn') ? undefined : (cellText(v.fromOn) ?? period?.startsOn);
  const untilOn = readOk(row, 'untilOn') ? cellText(v.untilOn) : undefined;
  let fromOk = fromOn !== undefined && period !== null;
  if (fromOn !== undefined && period && (fromOn < period.startsOn || fromOn > period.endsOn)) {
    fromOk = false;
    out.push(
      problem(
        H.fromOn,
        `${fromOn} 不在保险期间（${period.startsOn}至${period.endsOn}）内`,
        `${fromOn} is outside the policy's period (${period.startsOn} to ${period.endsOn})`,
      ),
    );
  }
  if (untilOn && fromOn !== undefined && untilOn < fromOn)
    out.push(
      problem(
        H.untilOn,
        `${untilOn} 早于参保起日 ${fromOn}`,
        `${untilOn} is before the cover start, ${fromOn}`,
      ),
    );
  else if (untilOn && period && untilOn > period.endsOn)
    out.push(
      problem(
        H.untilOn,
        `${untilOn} 晚于终止日期 ${period.endsOn}`,
        `${untilOn} is after the policy's end, ${period.endsOn}`,
      ),
    );
  if (readOk(row, 'removedWhy') && v.removedWhy !== null && untilOn === null)
    out.push(problem(H.removedWhy, '退保原因只随退保日期填写', 'A reason is given only with a cover end'));
  if (!person || !fromOk || fromOn === undefined || period === null) return out;
  const memberOrgId = memberUnionOn(spans.get(person.id) ?? [], frame.orgPath, fromOn);
  if (memberOrgId === undefined) {
    out.push(
      problem(
        H.fromOn,
        `该职工${fromOn}不是投保工会或其下级工会的会员`,
        `This worker was not a member of the insuring union or a union under it on ${fromOn}`,
      ),
    );
  }
  if (out.length || row.unread || memberOrgId === undefined || untilOn === undefined) return out;
  const until = untilOn ?? period.endsOn;
  const mine = spansOf.get(person.id) ?? [];
  spansOf.set(person.id, mine);
  const overlap = mine.find((s) => s.fromOn <= until && fromOn <= s.untilOn);
  if (overlap)
    return [
      problem(
        H.fromOn,
        `该职工在本保单${rowZh(overlap.at)}已参保，参保期间重叠`,
        `This worker is insured on this policy by ${rowEn(overlap.at)} already; the periods overlap`,
      ),
    ];
  mine.push({ at: placeOfRow(row), fromOn, untilOn: until });
  return {
    personId: person.id,
    orgId: memberOrgId,
    fromOn,
    untilOn,
    removedWhy: untilOn === null ? null : cellText(v.removedWhy),
  };
}

/**
 * The row's person, by its ID number, a member of the policy's union or a union under it and named as on record;
 * undefined, its problem told, when it is not (or cannot be told: a cell that did not parse).
 */
function personOf(
  row: Row,
  orgPath: string,
  out: RowProblem[],
  { hashOf, persons, spans, today }: PersonFacts,
) {
  const { rowNo, values: v } = row;
  const named = readOk(row, 'name');
  const noId = readOk(row, 'idNumber') && v.idNumber === null;
  if (noId)
    out.push(
      problem(
        H.idNumber,
        '请填写被保险人身份证号；没有清单的保单请填写参保人数',
        "Give the insured person's ID number; a policy without a list gives the number insured",
      ),
    );
  // no name as well as no ID number: a row of a policy meant as totals, told once by the ID number's words
  if (named && v.name === null && !noId)
    out.push(problem(H.name, '请填写被保险人姓名', "Give the insured person's name"));
  if (!readOk(row, 'idNumber') || v.idNumber === null) return undefined;
  const hash = hashOf.get(rowNo);
  if (!hash) {
    out.push(new RowProblem(H.idNumber, idNumberRefusal(String(v.idNumber), today)));
    return undefined;
  }
  const person = persons.get(hash);
  if (!person || !spans.get(person.id)?.some((m) => m.orgPath.startsWith(orgPath))) {
    out.push(
      problem(
        H.idNumber,
        '投保工会范围内没有此身份证号的会员（可先导入会员）',
        "No member of the insuring union's subtree has this ID number (bring the members in first)",
      ),
    );
    return undefined;
  }
  if (!named || v.name === null) return undefined;
  const name = String(v.name);
  if (registerKey(name) !== registerKey(person.name)) {
    out.push(
      problem(
        H.name,
        `身份证号对应的会员是「${person.name}」，不是「${name}」`,
        `The ID number is ${person.name}'s, not ${name}'s`,
      ),
    );
    return undefined;
  }
  return person;
}
