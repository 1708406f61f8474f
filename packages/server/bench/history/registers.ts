import { achievementsRegister } from './achievements.ts';
import { casesRegister } from './cases.ts';
import { counsellingRegister } from './counselling.ts';
import { donationsRegister } from './donations.ts';
import type { HistoryRegister } from './register.ts';
import { studiosRegister } from './studios.ts';

/** The registers bench:history brings in, in this order (one file each in this folder). */
export const HISTORY_REGISTERS: HistoryRegister[] = [
  casesRegister,
  studiosRegister,
  achievementsRegister,
  counsellingRegister,
  donationsRegister,
];
