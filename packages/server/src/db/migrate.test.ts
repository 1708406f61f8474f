import { describe, expect, it } from 'vitest';
import { describeAppliedMigrations } from './migrate.ts';

describe('what a start says of the migrations it applied', () => {
  it('says nothing when none were pending', () => {
    expect(describeAppliedMigrations([], 12)).toBeNull();
  });

  it('names an upgrade’s migrations and how long they took, in Chinese and English', () => {
    expect(describeAppliedMigrations(['org/010_name_keys.sql'], 432)).toBe(
      '已应用 1 个数据库迁移（0.4 秒）：org/010_name_keys.sql / applied 1 database migration (0.4 s): org/010_name_keys.sql',
    );
  });

  it('counts a fresh database’s and names only the first five', () => {
    const all = Array.from({ length: 214 }, (_, i) => `m/${String(i).padStart(3, '0')}.sql`);
    const line = describeAppliedMigrations(all, 20_250) ?? '';
    expect(line).toMatch(/^已应用 214 个数据库迁移（20\.3 秒）：m\/000\.sql, .* m\/004\.sql … \(\+209\) \/ /);
    expect(line).toContain('applied 214 database migrations (20.3 s)');
    expect(line).not.toContain('m/005.sql');
  });
});
