-- Staff choose which pictures of an achievement the public catalogue shows. Only images may be public; they are
-- stored without metadata (shared/photo.ts) and served without their file names.
alter table innovation_achievement_attachments add column public boolean not null default false;
