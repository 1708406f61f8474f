import type { ProgramRow } from './wellness.programs.repository.ts';
import type { BatchRow, NewBatchFacts } from './wellness.repository.ts';

/** The register's plan of one batch (ADR 55), shared by the plan and its rows' checks. */
export interface NomineePlan {
  rowNo: number;
  personId: number;
  orgId: number;
  frontLine: boolean;
  newEmployment: boolean;
  nominatedOn: string;
  status: 'nominated' | 'replaced' | 'withdrawn';
  endedOn: string | null;
  /** For a replaced nominee: the row of its substitute. */
  substituteRow: number | null;
  attendance: 'attended' | 'absent' | null;
  attendanceOn: string | null;
}
export interface UnionPlan {
  orgId: number;
  /** The quota it holds already (0 when none), the quota it will hold, and the day it was first given. */
  had: number;
  quota: number;
  firstDay: string;
  live: number;
}
export interface BatchPlan {
  rowNo: number;
  program: ProgramRow;
  existing: BatchRow | null;
  fresh: Omit<NewBatchFacts, 'programId'> | null;
  unions: Map<number, UnionPlan>;
  nominees: NomineePlan[];
}
