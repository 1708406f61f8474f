import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';

/** Keeps a file with an achievement; returns its id. */
export async function insertAttachment(
  sql: Sql,
  achievementId: number,
  f: { fileName: string; mime: string; data: Buffer },
  createdBy: number | null,
): Promise<number> {
  return insertRow(
    sql,
    'innovation_achievement_attachments',
    'achievement_id, file_name, mime, size, data, created_by',
    { ...f, achievementId, size: f.data.length, createdBy },
  );
}

export async function findAttachment(
  sql: Sql,
  achievementId: number,
  attachmentId: number,
): Promise<{ fileName: string; mime: string; data: Buffer; public: boolean } | undefined> {
  const { rows } = await sql.query<{ fileName: string; mime: string; data: Buffer; public: boolean }>(
    `select file_name as "fileName", mime, data, public from innovation_achievement_attachments
      where achievement_id = $1 and id = $2`,
    [achievementId, attachmentId],
  );
  return rows[0];
}

export async function setAttachmentPublic(sql: Sql, attachmentId: number, isPublic: boolean): Promise<void> {
  await sql.query('update innovation_achievement_attachments set public = $2 where id = $1', [
    attachmentId,
    isPublic,
  ]);
}

const PUBLIC_PICTURE = `f.public and f.mime in ('image/jpeg', 'image/png') and a.published_at is not null`;

/** The public pictures of a published achievement, in the order they were kept (ids only: names stay inside). */
export async function listPublicPictures(sql: Sql, achievementId: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select f.id from innovation_achievement_attachments f
       join innovation_achievements a on a.id = f.achievement_id
      where f.achievement_id = $1 and ${PUBLIC_PICTURE} order by f.id`,
    [achievementId],
  );
  return rows.map((r) => Number(r.id));
}

/** One public picture of a published achievement; nothing for a file that is not one. */
export async function findPublicPicture(
  sql: Sql,
  achievementId: number,
  pictureId: number,
): Promise<{ data: Buffer } | undefined> {
  const { rows } = await sql.query<{ data: Buffer }>(
    `select f.data from innovation_achievement_attachments f
       join innovation_achievements a on a.id = f.achievement_id
      where f.achievement_id = $1 and f.id = $2 and ${PUBLIC_PICTURE}`,
    [achievementId, pictureId],
  );
  return rows[0];
}

export async function countAttachments(sql: Sql, achievementId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*)::int as n from innovation_achievement_attachments where achievement_id = $1',
    [achievementId],
  );
  return rows[0].n;
}
