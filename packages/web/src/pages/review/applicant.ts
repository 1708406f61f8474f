/** What an application's row names it by, from the queue's and the detail's fields. */
export interface ApplicantFields {
  personName: string | null;
  applicantOrgId: number | null;
  orgName: string;
  note: string | null;
}

/**
 * Who or what the application is for, as the queue's 申请人 column shows it: the worker; for a union's own
 * application, what it is about when it says (a visit's grant: 走访慰问：林诺娟), else the union, which the
 * 所在工会 column names anyway; null when neither.
 */
export function applicantLine(a: ApplicantFields): string | null {
  if (a.personName) return a.personName;
  if (a.applicantOrgId === null) return null;
  return a.note?.trim() || a.orgName;
}
