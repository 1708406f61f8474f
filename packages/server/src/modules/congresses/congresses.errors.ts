import { type Bilingual, fieldError } from '../../shared/errors.ts';

/** The errors of the congresses module: one shape, each with its code and both languages. */
export const err = fieldError;

export const CONGRESS: Bilingual = { zh: '职代会', en: 'Congress' };
export const TERM: Bilingual = { zh: '届次', en: 'Term' };
export const DELEGATION: Bilingual = { zh: '代表团（组）', en: 'Delegation' };
export const DELEGATE: Bilingual = { zh: '职工代表', en: 'Delegate' };
export const SESSION: Bilingual = { zh: '会议', en: 'Session' };
export const PROPOSAL: Bilingual = { zh: '提案', en: 'Proposal' };
export const MOTION: Bilingual = { zh: '表决事项', en: 'Motion' };
export const DISCLOSURE: Bilingual = { zh: '厂务公开事项', en: 'Disclosure' };
