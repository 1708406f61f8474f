import { ID_PROBLEM_TEXT, type IdProtector, maskIdNumber, parseIdNumber } from '../people/index.ts';
import { hardshipErrors } from './hardship.errors.ts';
import type { MemberInsert } from './hardship.repository.ts';
import type { Relation } from './hardship.vocabulary.ts';

export interface MemberInput {
  /** An edit names the member it keeps; their masked ID number then stands for the number on file. */
  id?: number;
  name: string;
  relation: Relation;
  idNumber?: string | null;
  yearlyIncomeFen: number;
  occupation?: string | null;
  health?: string | null;
}

/** A member on file, as an edit may keep their ID number: its cipher and mask. */
export interface KeptId {
  cipher: string | null;
  masked: string | null;
}

/**
 * The household as stored: each ID number checked, encrypted and masked; one 'self' at most, no number twice. In an
 * edit, a member named by `id` whose ID number is sent as shown (masked) keeps the number on file (`kept`).
 */
export function checkMembers(
  ids: IdProtector,
  members: MemberInput[],
  today: string,
  kept: Map<number, KeptId> = new Map(),
  /** How an ID number is read; a register's import passes one that remembers the numbers it has read. */
  parse: (raw: string) => ReturnType<typeof parseIdNumber> = (raw) => parseIdNumber(raw, today),
): MemberInsert[] {
  const seen = new Set<string>();
  if (members.filter((m) => m.relation === 'self').length > 1) {
    const i = members.findLastIndex((m) => m.relation === 'self');
    throw hardshipErrors.member(i, 'relation', {
      zh: '只能有一位“本人”',
      en: 'Only one member can be the worker themself',
    });
  }
  return members.map((m, i) => {
    let idCipher: string | null = null;
    let idMasked: string | null = null;
    const raw = m.idNumber?.trim();
    const onFile = m.id === undefined ? undefined : kept.get(m.id);
    if (raw && onFile?.cipher && raw === onFile.masked) {
      const number = ids.decrypt(onFile.cipher);
      if (seen.has(number)) {
        throw hardshipErrors.member(i, 'idNumber', {
          zh: '身份证号与其他成员重复',
          en: 'The ID number is listed twice',
        });
      }
      seen.add(number);
      idCipher = onFile.cipher;
      idMasked = onFile.masked;
    } else if (raw) {
      const parsed = parse(raw);
      if (!parsed.ok) throw hardshipErrors.member(i, 'idNumber', ID_PROBLEM_TEXT[parsed.problem]);
      if (seen.has(parsed.value.number)) {
        throw hardshipErrors.member(i, 'idNumber', {
          zh: '身份证号与其他成员重复',
          en: 'The ID number is listed twice',
        });
      }
      seen.add(parsed.value.number);
      idCipher = ids.encrypt(parsed.value.number);
      idMasked = maskIdNumber(parsed.value.number);
    }
    return {
      name: m.name.trim(),
      relation: m.relation,
      idCipher,
      idMasked,
      yearlyIncomeFen: m.yearlyIncomeFen,
      occupation: m.occupation?.trim() || null,
      health: m.health?.trim() || null,
    };
  });
}
