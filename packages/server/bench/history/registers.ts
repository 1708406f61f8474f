import { achievementsRegister } from './achievements.ts';
import { activitiesRegister } from './activities.ts';
import { agreementsRegister } from './agreements.ts';
import { casesRegister } from './cases.ts';
import { counsellingRegister } from './counselling.ts';
import { donationsRegister } from './donations.ts';
import { hardshipRegister } from './hardship.ts';
import { holidaysRegister } from './holidays.ts';
import { insuranceClaimsRegister } from './insurance-claims.ts';
import { insurancePoliciesRegister } from './insurance-policies.ts';
import { membersRegister } from './members.ts';
import { modelWorkersRegister } from './model-workers.ts';
import { pastPaymentsAgainRegister, pastPaymentsRegister } from './past-payments.ts';
import { pledgesRegister } from './pledges.ts';
import type { HistoryRegister } from './register.ts';
import { selectionsRegister } from './selections.ts';
import { stationServicesRegister } from './station-services.ts';
import { studioGrantsRegister } from './studio-grants.ts';
import { studiosRegister } from './studios.ts';
import { unionsRegister } from './unions.ts';
import { wellnessRegister } from './wellness.ts';

/**
 * The registers bench:history brings in, in this order (one file each in this folder): the union tree and the
 * members first, as a district brings its past, then the holidays the requests' deadlines count with; studio grants
 * after the studios they are granted to.
 */
export const HISTORY_REGISTERS: HistoryRegister[] = [
  unionsRegister,
  membersRegister,
  holidaysRegister,
  casesRegister,
  studiosRegister,
  studioGrantsRegister,
  achievementsRegister,
  counsellingRegister,
  donationsRegister,
  agreementsRegister,
  hardshipRegister,
  pledgesRegister,
  selectionsRegister,
  pastPaymentsRegister,
  pastPaymentsAgainRegister,
  insurancePoliciesRegister,
  insuranceClaimsRegister,
  wellnessRegister,
  modelWorkersRegister,
  activitiesRegister,
  stationServicesRegister,
];
