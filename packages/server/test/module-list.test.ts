import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModuleList, renderModules, renderVocabularies } from '../../../scripts/gen-modules.mjs';
import { MIGRATIONS } from '../src/db/schema.ts';
import { MODULES } from '../src/modules.gen.ts';
import { collectWiring } from '../src/services.ts';
import { MODULE_VOCABULARIES } from '../src/vocabulary.gen.ts';
import { areasOf, defineVocabulary, unionOf } from '../src/vocabulary.ts';
import { tempTrees } from './temp-tree.ts';

const tree = tempTrees('gonghui-module-list-');

const manifestOf = (name: string) =>
  `import { defineModule } from '../../module-manifest.ts';\n\nexport const manifest = defineModule({\n  name: '${name}',\n});\n`;

describe('the module list (modules.gen.ts, ADR 89)', () => {
  it('is what the script writes for the folders of modules/', () => {
    expect(checkModuleList(join(import.meta.dirname, '../src'))).toEqual([]);
  });

  it('fails for a module folder it does not list, and for a listed module without a folder', () => {
    const src = tree({
      'modules/alpha/index.ts': manifestOf('alpha'),
      'modules/beta/index.ts': manifestOf('beta'),
      'modules.gen.ts': renderModules(['alpha', 'gamma']),
    });
    expect(checkModuleList(src)).toEqual([
      "module 'beta' is not in modules.gen.ts: run node scripts/gen-modules.mjs",
      "modules.gen.ts lists 'gamma', which has no folder: run node scripts/gen-modules.mjs",
    ]);
  });

  it('fails for a module whose index exports no manifest, or one named for another folder', () => {
    const src = tree({
      'modules/alpha/index.ts': 'export const alpha = 1;\n',
      'modules/beta/index.ts': manifestOf('gamma'),
      'modules.gen.ts': renderModules(['alpha', 'beta']),
    });
    expect(checkModuleList(src)).toEqual([
      "modules/alpha/index.ts exports no `manifest = defineModule({ name: 'alpha', … })` (ADR 89)",
      "modules/beta/index.ts: its manifest's name is not its folder's, 'beta'",
    ]);
  });

  it('keeps the order it has and adds a new folder at the end', () => {
    const before = renderModules(['org', 'people', 'auth']);
    expect(renderModules(['auth', 'org', 'people', 'zeta'], before)).toBe(
      renderModules(['org', 'people', 'auth', 'zeta']),
    );
  });

  it("names each module by its folder, and the migrations follow the list's order", () => {
    expect(MIGRATIONS.map((m) => m.module)).toEqual(MODULES.filter((m) => m.migrations).map((m) => m.name));
    expect(MIGRATIONS.slice(0, 3).map((m) => m.module)).toEqual(['org', 'reporting', 'people']);
  });

  it('has each function one module hands another given by exactly one module', () => {
    expect(() => collectWiring(MODULES)).not.toThrow();
    expect(() =>
      collectWiring([...MODULES, { name: 'again', wiring: { studiosLed: async () => ({}) as never } }]),
    ).toThrow(/studiosLed given by both modelworkers and again/);
    expect(() => collectWiring(MODULES.filter((m) => m.name !== 'agreements'))).toThrow(/employersChanged/);
  });
});

describe("the modules' vocabularies (vocabulary.gen.ts, ADR 92)", () => {
  it('lists every module with a <m>.vocabulary.ts, in the order of the module list', () => {
    const src = tree({
      'modules/alpha/index.ts': manifestOf('alpha'),
      'modules/alpha/alpha.vocabulary.ts': 'export const vocabulary = {};\n',
      'modules/beta/index.ts': manifestOf('beta'),
      'modules.gen.ts': renderModules(['beta', 'alpha']),
      'vocabulary.gen.ts': renderVocabularies([]),
    });
    expect(checkModuleList(src)).toEqual([
      'vocabulary.gen.ts is not as node scripts/gen-modules.mjs writes it: run it',
    ]);
    writeFileSync(join(src, 'vocabulary.gen.ts'), renderVocabularies(['alpha']));
    expect(checkModuleList(src)).toEqual([]);
  });

  it('has no permission, audit word, message kind or statistics area declared by two modules', () => {
    for (const part of ['permissions', 'auditActions', 'auditEntities', 'messageKinds'] as const) {
      expect(() => unionOf(MODULE_VOCABULARIES, part)).not.toThrow();
    }
    expect(() => areasOf(MODULE_VOCABULARIES)).not.toThrow();
    const again = defineVocabulary({
      permissions: { 'agreements.read': { zh: '查看', en: 'See', roles: ['staff'] } },
      reportingAreas: ['agreements'],
    });
    expect(() => unionOf([...MODULE_VOCABULARIES, again], 'permissions')).toThrow(
      /'agreements.read' \(permissions\) is declared twice/,
    );
    expect(() => areasOf([...MODULE_VOCABULARIES, again])).toThrow(/'agreements' is declared twice/);
  });
});
