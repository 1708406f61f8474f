import { type Actor, requireAccess, subtreePattern } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { countCalendarDays } from '../cases/index.ts';
import { summariseIssuedReturns } from '../returns/index.ts';
import { type CatalogRegister, noteRegisterImport, registerSteps } from './golive.registers.ts';
import { countTreeFigures, summariseRegisterImports } from './golive.repository.ts';

type Text = { zh: string; en: string };

export interface GoLiveStep {
  /** unions, accounts, members, calendar, return, or `register:<key>` for a register of the past. */
  key: string;
  title: Text;
  /** done: nothing left; started: begun, not finished; todo: not begun. */
  state: 'done' | 'started' | 'todo';
  /** What the step has produced so far, counted now. */
  figure: Text;
  /** The page where the step is done. */
  href: string;
  /** The sheet to fill for the step, when it comes in from one. */
  template: string | null;
  /** A register of the past: done once brought in, never holding the checklist back. */
  optional: boolean;
}

export interface GoLiveChecklist {
  steps: GoLiveStep[];
  /** Of the steps that are not optional. */
  done: number;
  required: number;
}

const state = (done: boolean, started: boolean): GoLiveStep['state'] =>
  done ? 'done' : started ? 'started' : 'todo';

/** The first day of the year's last weeks, when the State Council's notice of next year's holidays is out. */
const NEXT_YEAR_FROM = '11-01';

/** The years whose holidays the checklist asks for: this year, and next year too from 1 November. */
export function calendarYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= NEXT_YEAR_FROM ? [year, year + 1] : [year];
}

/** The holidays step: done once every year asked for has its days, started once one has. */
function calendarStep(years: number[], days: number[]): Omit<GoLiveStep, 'optional'> {
  const set = days.filter((n) => n > 0).length;
  return {
    key: 'calendar',
    title: {
      zh: `确定 ${years.join(' 年和 ')} 年节假日安排`,
      en: `Set the holidays of ${years.join(' and ')}`,
    },
    state: state(set === years.length, set > 0),
    figure: {
      zh: years.map((y, i) => `${y} 年已定 ${days[i]} 天`).join('，'),
      en: years.map((y, i) => `${days[i]} day${days[i] === 1 ? '' : 's'} of ${y} set`).join(', '),
    },
    href: '/case-calendar',
    template: null,
  };
}

/**
 * The go-live checklist of a federation after set-up (上线清单, issue 45, ADR 77): the steps that take it from an empty
 * install to its first return, each with its state and the figures it produced, counted in the actor's subtree.
 */
export async function goLiveChecklist(
  db: Db,
  actor: Actor,
  today: string,
  registers: readonly CatalogRegister[] = [],
): Promise<GoLiveChecklist> {
  requireAccess(actor, 'users.manage');
  if (actor.scopePath === null) throw notYours();
  const pattern = subtreePattern(actor.scopePath);
  const years = calendarYears(today);
  const [tree, calendarDays, returns, imports] = await Promise.all([
    countTreeFigures(db, pattern),
    Promise.all(years.map((y) => countCalendarDays(db, y))),
    summariseIssuedReturns(db, pattern),
    summariseRegisterImports(db, pattern),
  ]);
  const required: Omit<GoLiveStep, 'optional'>[] = [
    {
      key: 'unions',
      title: { zh: '从表格导入工会组织树', en: 'Bring in the union tree from a sheet' },
      state: state(tree.unions > 1, false),
      figure: { zh: `${tree.unions} 个工会`, en: `${tree.unions} union${tree.unions === 1 ? '' : 's'}` },
      href: '/orgs',
      template: '/api/orgs/import/template.xlsx',
    },
    {
      key: 'accounts',
      title: { zh: '为各级工会开设账号', en: 'Open accounts for every union' },
      state: state(
        tree.unionsToStaff > 0 && tree.unionsStaffed === tree.unionsToStaff,
        tree.unionsStaffed > 0,
      ),
      figure: {
        zh: `${tree.unionsStaffed} / ${tree.unionsToStaff} 个工会已有账号（分会除外）`,
        en: `${tree.unionsStaffed} of ${tree.unionsToStaff} unions have an account (branches aside)`,
      },
      href: '/users/import',
      template: '/api/users/import/template.xlsx',
    },
    {
      key: 'members',
      title: { zh: '导入会员', en: 'Bring in the members' },
      state: state(tree.members > 0, false),
      figure: { zh: `${tree.members} 名会员`, en: `${tree.members} member${tree.members === 1 ? '' : 's'}` },
      href: '/members',
      template: '/api/imports/members/template',
    },
    calendarStep(years, calendarDays),
    {
      key: 'return',
      title: { zh: '下发第一份填报任务', en: 'Issue the first return' },
      state: state(returns.n > 0, false),
      figure: returns.firstOn
        ? {
            zh: `已下发 ${returns.n} 份，首份于 ${returns.firstOn}`,
            en: `${returns.n} issued, the first on ${returns.firstOn}`,
          }
        : { zh: '尚未下发', en: 'none issued yet' },
      href: '/returns',
      template: null,
    },
  ];
  const steps: GoLiveStep[] = [
    ...required.slice(0, 3).map((s) => ({ ...s, optional: false })),
    ...registerSteps(registers, imports),
    ...required.slice(3).map((s) => ({ ...s, optional: false })),
  ];
  return { steps, done: required.filter((s) => s.state === 'done').length, required: required.length };
}

export function createGoLiveService(db: Db, clock: Clock) {
  return {
    checklist: (actor: Actor, registers: readonly CatalogRegister[] = []) =>
      goLiveChecklist(db, actor, todayInChina(clock()), registers),
    /** An import of a register that wrote, kept for its step (see golive.registers.ts). */
    noteImport: (actor: Actor, key: string, answer: unknown) =>
      noteRegisterImport(db, actor, key, answer, todayInChina(clock())),
  };
}

export type GoLiveService = ReturnType<typeof createGoLiveService>;
