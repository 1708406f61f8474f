import type { Sql } from '../../db/db.ts';
import type { Label } from '../../vocabulary.ts';
import { visitsOfPersons } from '../care/index.ts';
import { casesOfPersons } from '../cases/index.ts';
import { applicationsOfPersons } from '../programs/index.ts';
import { CATEGORY_NAMES } from '../programs/programs.vocabulary.ts';

/**
 * One line of a household's history: a grant (a program application: a relief grant, a subsidy, …) and what was
 * paid on it, a request the worker filed (its category named; channel and status as codes the screen names), or a
 * visit (the campaign, the goods given and the visit grant).
 */
export interface HistoryItem {
  kind: 'grant' | 'case' | 'visit';
  /** What a grant is: its program's category (补贴, 帮扶救助, …), not every grant a relief. */
  kindName: Label | null;
  on: string;
  /** The program of a grant, the campaign of a visit. */
  title: string | null;
  category: string | null;
  /** The request category's names, as the administrator set them. */
  categoryName: Label | null;
  channel: string | null;
  /** What a visit gave, as read: '棉马甲 1件、米面油 1份'. */
  goods: string | null;
  /** The application's status of a grant, the request's status of a case. */
  status: string | null;
  amountFen: number | null;
  paidFen: number | null;
}

const none = {
  kindName: null,
  title: null,
  category: null,
  categoryName: null,
  channel: null,
  goods: null,
  status: null,
  amountFen: null,
  paidFen: null,
};

/** What the unions did for the household's workers, oldest first: relief grants, requests and visits. */
export async function fileHistory(sql: Sql, personIds: number[]): Promise<HistoryItem[]> {
  const grants = await applicationsOfPersons(sql, personIds);
  const cases = await casesOfPersons(sql, personIds);
  const visits = await visitsOfPersons(sql, personIds);
  const items: HistoryItem[] = [
    ...grants.map((g) => ({
      ...none,
      kind: 'grant' as const,
      kindName: CATEGORY_NAMES[g.programCategory],
      on: g.appliedOn,
      title: g.programName,
      status: g.status,
      amountFen: g.amountFen,
      paidFen: g.paidFen,
    })),
    ...cases.map((c) => ({
      ...none,
      kind: 'case' as const,
      on: c.filedOn,
      category: c.category,
      categoryName: c.categoryName,
      channel: c.channel,
      status: c.status,
    })),
    ...visits.map((v) => ({
      ...none,
      kind: 'visit' as const,
      on: v.visitedOn,
      title: v.campaign,
      goods: v.goods || null,
      amountFen: v.grantFen || null,
      // a past visit's grant was paid outside the platform; a live visit's is paid on its application, a line of its own
      paidFen: v.paidFen,
    })),
  ];
  // A stable sort keeps each source's own order within a day.
  return items.sort((a, b) => a.on.localeCompare(b.on));
}
