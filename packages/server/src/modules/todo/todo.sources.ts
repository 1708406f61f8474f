import type { TodoSource } from '../../shared/todo.ts';
import { callsTodo } from '../calls/index.ts';
import { casesTodo } from '../cases/index.ts';
import { congressesTodo } from '../congresses/index.ts';
import { counsellingTodo } from '../counselling/index.ts';
import { insuranceTodo } from '../insurance/index.ts';
import { memberRequestsTodo } from '../memberrequests/index.ts';
import { onboardingTodo } from '../onboarding/index.ts';
import { programsTodo } from '../programs/index.ts';
import { returnsTodo } from '../returns/index.ts';
import { selectionsTodo } from '../selections/index.ts';
import { wellnessTodo } from '../wellness/index.ts';

/** Every module's waiting work (ADR 75). A module where work waits adds its source here. */
export const TODO_SOURCES: readonly TodoSource[] = [
  programsTodo,
  onboardingTodo,
  memberRequestsTodo,
  casesTodo,
  returnsTodo,
  insuranceTodo,
  congressesTodo,
  callsTodo,
  selectionsTodo,
  wellnessTodo,
  counsellingTodo,
];

/**
 * The modules with no source, each with its reason. A test fails when a module is in neither list, so a new
 * module says which it is; move a module to the sources when something of it comes to wait for someone.
 */
export const WITHOUT_TODO: Readonly<Record<string, string>> = {
  activities: 'a sign-up is confirmed or put on the waiting list at once; nothing waits for a decision',
  agreements: 'agreements due for renewal are the renewal list on its page, not yet a to-do',
  audit: 'a log, nothing to act on',
  auth: 'accounts: nothing waits',
  card: 'the member card: nothing waits',
  care: 'campaigns and visits are entered when done; nothing waits for a decision',
  contests: 'entries within limits are taken at once; results are entered by the organiser when ready',
  donations: 'gifts are recorded when received; nothing waits',
  elections: 'terms ending and elections overdue are a list on the elections page, not yet a to-do',
  golive: 'the go-live checklist is its own page, announced on the to-do page until done',
  hardship: 'files due for their yearly review are shown on the files list, not yet a to-do',
  innovation: 'recognition proposals awaiting a union are its own queue (mine=1), not yet a to-do',
  jobs: 'long work runs by itself',
  keys: 'a key rotation runs by itself from the command line',
  learning: 'enrolments and sign-ups are taken at once',
  menu: 'the menu: nothing waits',
  mail: 'e-mail copies of messages: nothing waits',
  messages: 'unread messages have their own bell',
  modelworkers: 'a register: nothing waits',
  org: 'the union tree: nothing waits',
  outbox: 'messages sent: nothing waits',
  people: 'the register: nothing waits (join requests are onboarding’s)',
  pledges: 'milestones are entered when done, not yet a to-do',
  reconcile: 'a check run on demand',
  records: 'evidence: nothing waits',
  reporting: 'counts: nothing waits',
  stations: 'stock has no restocking threshold to fall below; nothing waits',
  todo: 'the list itself',
};
