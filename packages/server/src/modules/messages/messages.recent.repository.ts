import type { Sql } from '../../db/db.ts';

/** A committed in-app message, as a copy by another channel (e-mail) needs it. */
export interface RecentMessage {
  id: number;
  userId: number;
  kind: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  createdAt: Date;
}

/**
 * The messages of the last day to these accounts, of these kinds, oldest first: for a copy sent after the deciding
 * transaction committed (a rolled-back decision's message is never seen). At most `limit`.
 */
export async function listRecentMessages(
  sql: Sql,
  userIds: number[],
  kinds: string[],
  limit = 1000,
): Promise<RecentMessage[]> {
  if (!userIds.length || !kinds.length) return [];
  const { rows } = await sql.query<RecentMessage>(
    `select id, user_id as "userId", kind, title_zh as "titleZh", title_en as "titleEn", body_zh as "bodyZh",
            body_en as "bodyEn", created_at as "createdAt"
       from messages
      where user_id = any($1::bigint[]) and kind = any($2::text[]) and created_at > now() - interval '1 day'
      order by id limit $3`,
    [userIds, kinds, limit],
  );
  return rows;
}
