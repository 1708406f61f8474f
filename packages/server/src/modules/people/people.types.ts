import type { EndReason } from './people.vocabulary.ts';
export type ModelWorkerLevel = 'national' | 'city' | 'district';
export type HardshipLevel = 'relative' | 'general' | 'deep';

/** The attributes eligibility rules look at. */
export interface PersonAttributes {
  isFrontLine: boolean;
  isOutdoor: boolean;
  isNewEmployment: boolean;
  modelWorkerLevel: ModelWorkerLevel | null;
  hardshipLevel: HardshipLevel | null;
  hardshipFrom: string | null;
  hardshipUntil: string | null;
}

export interface PersonRow extends PersonAttributes {
  id: number;
  /** The hardship file the hardship fields come from (module hardship), if one holds. */
  hardshipFileId: number | null;
  name: string;
  idMasked: string;
  /** The bank account and 京卡 numbers, masked (null: none recorded). */
  bankAccountMasked: string | null;
  jingkaMasked: string | null;
  birthDate: string;
  gender: 'male' | 'female';
  phone: string | null;
  employerName: string | null;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  joinedOn: string | null;
}

export interface MembershipRow {
  id: number;
  orgId: number;
  orgName: string;
  joinedOn: string;
  leftOn: string | null;
  status: 'active' | 'transferred' | 'left';
  note: string | null;
  /** Why a membership ended otherwise than by a transfer (status 'left'). */
  endReason: EndReason | null;
}

export const PHONE_RE = /^1[3-9]\d{9}$/;
