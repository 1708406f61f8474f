import type { Actor } from '../access/access.ts';

/**
 * Who the demo data's decisions are made by: the seed as the platform administrator, and a union's clerk. The demo
 * goes through the services, so each decision has an actor (user 0: no account of the seed exists).
 */
export const demoAdmin = (username: string, displayName = username): Actor => ({
  userId: 0,
  username,
  displayName,
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
});

/** The demo seed (演示数据) as the platform administrator. */
export const DEMO_SEED: Actor = demoAdmin('demo-seed', '演示数据');

/** A clerk of a union of the demo tree, named as the demo's story names them. */
export const demoClerk = (org: { id: number; path: string }, displayName: string): Actor => ({
  userId: 0,
  username: 'demo',
  displayName,
  role: 'staff',
  orgId: org.id,
  scopePath: org.path,
  personId: null,
});
