/**
 * Every field name the server's audit rows may carry in their before and after values has a label in both
 * languages, so a module that audits a new field cannot leave it as a key on the audit page or in its export. The
 * fields are read from the server's code by their types: each `{ action, entity, before, after }` the server writes, and every
 * property of those values' types (into the records and lists they hold, as deep as the page shows them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { auditValueText } from '../../../../server/src/modules/audit/audit.changes.ts';
import { HIDDEN } from './AuditChanges.tsx';
import { fieldWords } from './audit-labels.ts';

const SERVER = join(import.meta.dirname, '../../../../server');
const CJK = /[\u3400-\u9fff]/;
/** Values the page shows through their own renderer (a rule, an amount, a window), not field by field. */
const OWN_RENDERER = new Set(['rule', 'amount', 'evidenceWindow']);

/** A field found, by `entity:field` (the entity where the code names it as a literal, else ''). */
interface Found {
  field: string;
  entity?: string;
  where: string;
  /**
   * The codes the field's type allows, where it is a union of string literals (`'filed' | 'forwarded' …`), each
   * with the field whose record holds this one (an achievement's `patent` for its `type`), as the page says it.
   */
  codes: { code: string; parent?: string; where: string }[];
}

/** A code as the server writes one (`forwarded`, `on_site`): a value the page must say in words. */
const CODE = /^[a-z][a-z0-9_]*$/;

/** Fields whose codes are their own names: a file's format (`xlsx`, `geojson`) and encoding (`gb18030`). */
const SAID_AS_ITSELF = new Set(['format', 'encoding']);

/** The string literals a type is a union of (`'filed' | 'paid'`), or none when it holds any other value. */
function literalsOf(type: ts.Type): string[] {
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter((t): t is ts.StringLiteralType => t.isStringLiteral()).map((t) => t.value);
  const rest = parts.filter(
    (t) => !t.isStringLiteral() && !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)),
  );
  return rest.length ? [] : literals;
}

function auditedFields(): Map<string, Found> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        /\b(before|after|audit)\b/.test(readFileSync(p, 'utf8'))
      )
        files.push(p);
    }
  };
  walk(join(SERVER, 'src/modules'));
  walk(join(SERVER, 'src/shared'));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(SERVER, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const program = ts.createProgram({ rootNames: files, options: { ...config?.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const found = new Map<string, Found>();
  const visitType = (
    type: ts.Type,
    where: string,
    depth: number,
    seen: Set<ts.Type>,
    entity?: string,
    parent?: string,
  ) => {
    if (depth > 3 || seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) {
      for (const t of type.types) visitType(t, where, depth, seen, entity, parent);
      return;
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      for (const t of checker.getTypeArguments(type as ts.TypeReference))
        visitType(t, where, depth + 1, seen, entity, parent);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    const name = type.getSymbol()?.getName();
    if (name && ['Date', 'Buffer', 'Map', 'Set', 'Uint8Array'].includes(name)) return;
    for (const p of checker.getPropertiesOfType(type)) {
      if (HIDDEN.has(p.name) || !/^[a-zA-Z]\w*$/.test(p.name)) continue;
      const key = `${entity ?? ''}:${p.name}`;
      const type = checker.getTypeOfSymbol(p);
      const f = found.get(key) ?? { field: p.name, entity, where, codes: [] };
      found.set(key, f);
      const values = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : type;
      for (const code of literalsOf(values)) f.codes.push({ code, parent, where });
      if (!OWN_RENDERER.has(p.name)) visitType(type, where, depth + 1, seen, entity, p.name);
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(sf.fileName)) continue;
    const where = sf.fileName.slice(SERVER.length + 1);
    const visit = (n: ts.Node) => {
      if (ts.isObjectLiteralExpression(n)) {
        const named = (p: ts.ObjectLiteralElementLike, k: string) =>
          p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === k;
        /** The literal an object's `entity` holds (`entity: 'case'`), else undefined. */
        const entityOf = (o: ts.ObjectLiteralExpression) => {
          const p = o.properties.find((x) => named(x, 'entity'));
          return p && ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)
            ? p.initializer.text
            : undefined;
        };
        if (n.properties.some((p) => named(p, 'action')) && n.properties.some((p) => named(p, 'entity')))
          for (const p of n.properties)
            if (ts.isPropertyAssignment(p) && (named(p, 'before') || named(p, 'after')))
              visitType(checker.getTypeAtLocation(p.initializer), where, 0, new Set(), entityOf(n));
        // a register's declaration (shared/register-define.ts): its audit row's `after` holds what `counts`
        // answers, a type the shared code only knows as generic
        const audit = n.properties.find((p) => named(p, 'audit'));
        if (audit && ts.isPropertyAssignment(audit) && ts.isObjectLiteralExpression(audit.initializer))
          for (const p of n.properties)
            if (named(p, 'counts'))
              for (const s of checker.getTypeAtLocation(p).getCallSignatures())
                visitType(s.getReturnType(), where, 0, new Set(), entityOf(audit.initializer));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

/** The scan, made once for both tests (it type-checks the server's modules). */
let scanned: Map<string, Found> | undefined;
const audited = () => {
  scanned ??= auditedFields();
  return scanned;
};

describe('the audit page says every field the server audits in words', () => {
  it('each field an audit row may carry has a label in Chinese and in English', () => {
    const fields = audited();
    expect(fields.size).toBeGreaterThan(150);
    const missing = [...fields.values()]
      .filter(({ field, entity }) => {
        const w = fieldWords(field, entity);
        return !w || !CJK.test(w.zh) || CJK.test(w.en) || !w.en.trim();
      })
      .map(({ field, entity, where }) => `${entity ? `${entity}.` : ''}${field} (${where})`);
    expect(
      missing,
      "fields with no label: a module's own in its <m>.vocabulary.ts auditFields (ADR 156; a register's counts are its import's audit row), the platform's in server/src/modules/audit/audit.field-words.ts",
    ).toEqual([]);
  });
});

describe('the audit page says every coded value the server audits in words', () => {
  it("each code a field's type allows (a claim's status …) is said in words in both languages", () => {
    const fields = [...audited().values()].filter((f) => f.entity && f.codes.length);
    expect(fields.length).toBeGreaterThan(20);
    const bare = fields.flatMap(({ field, entity = '', codes }) =>
      codes
        .filter(({ code }) => CODE.test(code) && !SAID_AS_ITSELF.has(field))
        .filter(({ code, parent }) =>
          (['zh', 'en'] as const).some(
            (lang) => auditValueText(entity, field, code, { lang }, 1, parent) === code,
          ),
        )
        .map(
          ({ code, parent, where }) => `${entity}.${parent ? `${parent}.` : ''}${field}: ${code} (${where})`,
        ),
    );
    expect(
      [...new Set(bare)],
      "codes said as themselves: a module's own in its <m>.vocabulary.ts auditValues (ADR 156), the platform's in server/src/modules/audit/audit.value-words.ts",
    ).toEqual([]);
  });
});
