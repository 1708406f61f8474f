import type { Actor } from '../../access/access.ts';
import type { createCongressesService } from './congresses.service.ts';
import type { DelegateCategory } from './congresses.vocabulary.ts';

/**
 * A congress as the tests meet it: `name` of union `orgId`, its first term (2026–2030), one delegation (of
 * `delegationOrgId`, else the union) electing `people` on 2026-01-05 (each `frontline` unless `category` says), and
 * the term's first session, held on 2026-03-20 with proposals from 1 to 10 March.
 */
export async function congressWithSession(
  svc: ReturnType<typeof createCongressesService>,
  staff: Actor,
  o: {
    orgId: number;
    name: string;
    people: { id: number }[];
    delegationOrgId?: number;
    delegationName?: string;
    category?: (i: number) => DelegateCategory;
  },
) {
  const { id: congressId } = await svc.createCongress(staff, { orgId: o.orgId, name: o.name });
  const { id: termId } = await svc.addTerm(staff, congressId, {
    number: 1,
    startsOn: '2026-01-01',
    endsOn: '2030-12-31',
  });
  const { id: g } = await svc.addDelegation(staff, termId, {
    orgId: o.delegationOrgId ?? o.orgId,
    name: o.delegationName ?? '全体代表',
  });
  const { ids } = await svc.electDelegates(staff, g, {
    effectiveOn: '2026-01-05',
    delegates: o.people.map((p, i) => ({ personId: p.id, category: o.category?.(i) ?? 'frontline' })),
  });
  const { id: sessionId } = await svc.addSession(staff, termId, {
    number: 1,
    title: '一届一次职代会',
    heldOn: '2026-03-20',
    proposalsFrom: '2026-03-01',
    proposalsUntil: '2026-03-10',
  });
  const delegates = o.people.map((p, i) => ({ personId: p.id, delegateId: ids[i] }));
  return { congressId, termId, sessionId, delegates };
}
