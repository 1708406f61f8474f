/** The program preset paying visit grants (programs/presets/welfare.ts). */
export const VISIT_GRANT_PRESET = 'care-visit-grant';
