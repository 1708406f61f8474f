import type { ProgramInput } from '../programs.types.ts';
import type { Rule } from '../rules/index.ts';

/**
 * A seed program as data: the union that owns it (by name, as in the demo tree), the seed page it comes
 * from, and the program itself. Amounts the seeds do not print are chosen here and stay editable.
 */
export interface ProgramPreset {
  key: string;
  /** The owner union's name in the demo tree. */
  owner: string;
  /** The seed page (../shared/seeds/NNN_*.txt) the program is taken from. */
  seed: '000' | '001' | '002' | '003';
  input: Omit<ProgramInput, 'ownerOrgId' | 'presetKey'>;
  /** Draft presets are loaded but not published. */
  draft?: boolean;
  /** Key of the preset whose approved application this one requires (an insurance claim needs enrolment). */
  prerequisite?: string;
}

export const member: Rule = { op: 'member_of_owner_subtree' };
export const all = (...rules: Rule[]): Rule => ({ op: 'all', rules });
export const any = (...rules: Rule[]): Rule => ({ op: 'any', rules });
export const yuan = (y: number) => y * 100;
