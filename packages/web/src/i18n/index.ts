import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountsEn } from './accounts.en.ts';
import { accountsZh } from './accounts.zh.ts';
import { achievementsEn } from './achievements.en.ts';
import { achievementsZh } from './achievements.zh.ts';
import { activitiesEn } from './activities.en.ts';
import { activitiesZh } from './activities.zh.ts';
import { agreementsEn } from './agreements.en.ts';
import { agreementsZh } from './agreements.zh.ts';
import { callsEn } from './calls.en.ts';
import { callsZh } from './calls.zh.ts';
import { cardEn } from './card.en.ts';
import { cardZh } from './card.zh.ts';
import { careEn } from './care.en.ts';
import { careZh } from './care.zh.ts';
import { casesEn } from './cases.en.ts';
import { casesZh } from './cases.zh.ts';
import { congressesEn } from './congresses.en.ts';
import { congressesZh } from './congresses.zh.ts';
import { contestsEn } from './contests.en.ts';
import { contestsZh } from './contests.zh.ts';
import { counsellingEn } from './counselling.en.ts';
import { counsellingZh } from './counselling.zh.ts';
import { donationsEn } from './donations.en.ts';
import { donationsZh } from './donations.zh.ts';
import { electionsEn } from './elections.en.ts';
import { electionsZh } from './elections.zh.ts';
import { en } from './en.ts';
import { goLiveEn } from './golive.en.ts';
import { goLiveZh } from './golive.zh.ts';
import { hardshipEn } from './hardship.en.ts';
import { hardshipZh } from './hardship.zh.ts';
import { innovationProblemsEn } from './innovation-problems.en.ts';
import { innovationProblemsZh } from './innovation-problems.zh.ts';
import { insuranceEn } from './insurance.en.ts';
import { insuranceZh } from './insurance.zh.ts';
import { learningEn } from './learning.en.ts';
import { learningZh } from './learning.zh.ts';
import { memberRequestsEn } from './memberrequests.en.ts';
import { memberRequestsZh } from './memberrequests.zh.ts';
import { messagesEn } from './messages.en.ts';
import { messagesZh } from './messages.zh.ts';
import { modelWorkersEn } from './modelworkers.en.ts';
import { modelWorkersZh } from './modelworkers.zh.ts';
import { onboardingEn } from './onboarding.en.ts';
import { onboardingZh } from './onboarding.zh.ts';
import { programsEn } from './programs.en.ts';
import { programsZh } from './programs.zh.ts';
import { recordsEn } from './records.en.ts';
import { recordsZh } from './records.zh.ts';
import { returnsEn } from './returns.en.ts';
import { returnsZh } from './returns.zh.ts';
import { selectionsEn } from './selections.en.ts';
import { selectionsZh } from './selections.zh.ts';
import { signinEn } from './signin.en.ts';
import { signinZh } from './signin.zh.ts';
import { smsEn } from './sms.en.ts';
import { smsZh } from './sms.zh.ts';
import { stationsEn } from './stations.en.ts';
import { stationsZh } from './stations.zh.ts';
import { studiosEn } from './studios.en.ts';
import { studiosZh } from './studios.zh.ts';
import { todoEn } from './todo.en.ts';
import { todoZh } from './todo.zh.ts';
import { wellnessEn } from './wellness.en.ts';
import { wellnessZh } from './wellness.zh.ts';
import { zh } from './zh.ts';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'gonghui.lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** Each language's messages: one file per area, merged at the top level (keys.test.ts checks no area hides another). */
export const ZH_FILES = [
  zh,
  programsZh,
  onboardingZh,
  smsZh,
  accountsZh,
  messagesZh,
  todoZh,
  goLiveZh,
  contestsZh,
  recordsZh,
  learningZh,
  agreementsZh,
  casesZh,
  hardshipZh,
  donationsZh,
  selectionsZh,
  innovationProblemsZh,
  achievementsZh,
  studiosZh,
  careZh,
  cardZh,
  insuranceZh,
  electionsZh,
  modelWorkersZh,
  congressesZh,
  returnsZh,
  activitiesZh,
  counsellingZh,
  stationsZh,
  wellnessZh,
  memberRequestsZh,
  callsZh,
  signinZh,
];
export const EN_FILES = [
  en,
  programsEn,
  onboardingEn,
  smsEn,
  accountsEn,
  messagesEn,
  todoEn,
  goLiveEn,
  contestsEn,
  recordsEn,
  learningEn,
  agreementsEn,
  casesEn,
  hardshipEn,
  donationsEn,
  selectionsEn,
  innovationProblemsEn,
  achievementsEn,
  studiosEn,
  careEn,
  cardEn,
  insuranceEn,
  electionsEn,
  modelWorkersEn,
  congressesEn,
  returnsEn,
  activitiesEn,
  counsellingEn,
  stationsEn,
  wellnessEn,
  memberRequestsEn,
  callsEn,
  signinEn,
];
const merged = (files: object[]) => Object.assign({}, ...files) as Record<string, unknown>;
export const MESSAGES = { zh: merged(ZH_FILES), en: merged(EN_FILES) };

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: MESSAGES.zh },
    en: { translation: MESSAGES.en },
  },
  lng: storedLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
