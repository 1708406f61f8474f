import { ApiError } from '../../../api/client.ts';
import { thisYear } from '../../../components/dates.ts';
import { withMaterialKeys } from '../materials.ts';
import type { Program, ProgramInput } from '../programs-api.ts';

/** What every section of the program editor receives: the draft and how to change it. */
export interface SectionProps {
  draft: ProgramInput;
  /** Replaces one field of the draft. */
  set: <K extends keyof ProgramInput>(key: K, value: ProgramInput[K]) => void;
  /** Replaces several fields at once. */
  patch: (fields: Partial<ProgramInput>) => void;
  /** The saved program (null while creating one). */
  program: Program | null;
}

export function blankProgram(ownerOrgId: number | null): ProgramInput {
  const year = thisYear();
  return {
    ownerOrgId: ownerOrgId ?? 0,
    name: '',
    category: 'subsidy',
    periodLabel: String(year),
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    periodUnit: 'year',
    applicantType: 'person',
    intakeModes: ['apply'],
    limitMode: 'per_person_per_period',
    subjectKind: null,
    quota: null,
    budgetFen: null,
    reviewChain: [4, 3, 2],
    standInDays: 5,
    requiredEvidence: [],
    rule: { op: 'all', rules: [{ op: 'member_of_owner_subtree' }] },
    amount: { kind: 'fixed', fen: 0 },
  };
}

const EDITABLE: (keyof ProgramInput)[] = [
  'ownerOrgId',
  'name',
  'description',
  'category',
  'periodLabel',
  'periodStart',
  'periodEnd',
  'periodUnit',
  'evidenceWindow',
  'applicantType',
  'intakeModes',
  'limitMode',
  'subjectKind',
  'quota',
  'budgetFen',
  'reviewChain',
  'standInDays',
  'requiredEvidence',
  'rule',
  'amount',
  'claimStartsAt',
  'claimEndsAt',
  'lottery',
  'pickupPlace',
  'pickupTime',
];

/** The editable fields of a saved program. */
export function toInput(p: Program): ProgramInput {
  const out: Record<string, unknown> = {};
  for (const k of EDITABLE) if (p[k] !== undefined) out[k] = p[k];
  return out as unknown as ProgramInput;
}

/** The draft as sent: names trimmed, every required material keyed. */
export function toPayload(draft: ProgramInput): ProgramInput {
  return { ...draft, name: draft.name.trim(), requiredEvidence: withMaterialKeys(draft.requiredEvidence) };
}

export interface Problem {
  path: string;
  zh: string;
  en: string;
}

/** The list of problems a refused save names (the server lists every one, the message only the first). */
export function problemsOf(err: unknown): Problem[] {
  if (!(err instanceof ApiError)) return [];
  const details = err.details as { problems?: Problem[] } | undefined;
  return Array.isArray(details?.problems) ? details.problems : [];
}
