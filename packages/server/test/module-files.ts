import { readdirSync } from 'node:fs';

const modulesDir = new URL('../src/modules/', import.meta.url);

/**
 * The files of one kind each module keeps in its own folder (ADR 92): every `src/modules/<m>/*<suffix>`, by its
 * path under modules/, in the order of their paths, each imported. A new module's file is found, never listed.
 */
export async function moduleFiles<F>(suffix: string): Promise<{ name: string; file: F }[]> {
  return await Promise.all(
    readdirSync(modulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(new URL(`${d.name}/`, modulesDir))
          .filter((n) => n.endsWith(suffix))
          .map((n) => `${d.name}/${n}`),
      )
      .sort()
      .map(async (name) => ({ name, file: (await import(new URL(name, modulesDir).href)) as F })),
  );
}
