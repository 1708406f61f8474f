/** The steps of a campaign as seed 001 lists them. */
export const STEP_KINDS = ['greetings', 'visits', 'goods', 'funds'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Who a visit goes to: a member, or a unit (a paired village in 一助一 assistance among them). */
export const RECIPIENT_KINDS = ['person', 'enterprise', 'building', 'community', 'village'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The program preset paying visit grants (programs/presets/welfare.ts). */
export const VISIT_GRANT_PRESET = 'care-visit-grant';
