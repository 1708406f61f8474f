import { fieldError } from '../../shared/errors.ts';

/** The error shape of the founding and election use cases: a code, both languages, the field it concerns. */
export const err = fieldError;

export const FOUNDING = { zh: '工会组建记录', en: 'Founding' };
export const ELECTION = { zh: '换届选举', en: 'Election' };
export const UNION = { zh: '工会', en: 'Union' };

/** The posts of a committee in both languages, for errors that name a candidate's post. */
export const POST_NAMES = {
  chair: { zh: '主席', en: 'chair' },
  vice_chair: { zh: '副主席', en: 'vice-chair' },
  member: { zh: '委员', en: 'committee member' },
  auditor: { zh: '经审委员', en: 'audit committee member' },
  women: { zh: '女职工委员', en: "women workers' committee member" },
} as const;
