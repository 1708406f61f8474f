import { RECORD_KINDS } from '../../components/importApi.ts';

/**
 * What the apply page's submit button says: while it is disabled, the first thing still to do — the evidence
 * photos still missing, then the record to apply for (a certificate, an award, …), then the amount claimed — so a
 * greyed-out button never leaves the worker guessing; once nothing is missing, "submit".
 */
export function submitLabel(state: {
  missingEvidence: number;
  /** The program is applied for per record and none is chosen yet; the record's kind when the program names one. */
  subjectToChoose: string | null | false;
  amountToEnter: boolean;
}): { key: string; count?: number } {
  if (state.missingEvidence > 0) return { key: 'wp.apply.missing', count: state.missingEvidence };
  if (state.subjectToChoose !== false)
    return { key: `wp.apply.chooseFirst.${subjectKey(state.subjectToChoose)}` };
  if (state.amountToEnter) return { key: 'wp.apply.amountFirst' };
  return { key: 'wp.apply.submit' };
}

const subjectKey = (kind: string | null) =>
  kind && (RECORD_KINDS as readonly string[]).includes(kind) ? kind : 'any';
