/**
 * Who is on duty for crisis flags (ADR 54, issue 41): a counsellor (not a volunteer), active, whom their union's
 * staff have put on duty (`on_duty`, set on the register page; audited as `counselling.duty`). Only they are told of
 * a crisis (`dutyCounsellorUsers` selects by the same condition), see the flags with the worker's name and phone,
 * and follow one up; a counsellor off duty sees none.
 */
export const isOnDuty = (c: { kind: string; active: boolean; onDuty: boolean }): boolean =>
  c.kind === 'counsellor' && c.active && c.onDuty;
