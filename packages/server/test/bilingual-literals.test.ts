/**
 * Every sentence the server writes in both languages as a literal pair — an error's `{ zh, en }`, a row problem's, a
 * vocabulary's word — keeps each language to itself: the Chinese holds no Latin word but the names a clerk writes
 * too (Excel, PDF, MB …), and the English no Chinese. The pairs are read from the sources, so a new module's are
 * held without editing this file; validation-messages.test.ts holds the sentences the schema refusals build. The
 * exceptions — an operator's setting or command named as typed, a sheet's Chinese header quoted beside its English —
 * are listed by file with their reasons; an exception no longer found is a problem too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Latin words a Chinese sentence may hold anywhere: file kinds, programs, units a clerk writes as they are. */
const CLERKS_WORDS = new Set(
  'Excel WPS LibreOffice xlsx xls ods csv CSV PDF Word JPEG PNG MB zip rar'.split(' '),
);

const OPERATOR = 'for the operator of the server: a setting, file or package named as it is typed there';
const SHEET = "quotes a sheet's Chinese header or the words a clerk types in it, with the English beside";

/** Each file's Latin words in its Chinese sentences (or Chinese runs in its English ones), and why they stay. */
const EXCEPTIONS: Record<string, { words: string[]; why: string }> = {
  'http/field-labels.ts': {
    words: ['Chinese', 'text'],
    why: 'English field names of the properties called zh and en, not a pair of sentences',
  },
  'http/protections.ts': {
    words: ['JSON', 'Content-Type', 'application', 'json'],
    why: 'for a program calling the API: the header it must send, as sent',
  },
  'http/validation-messages.ts': { words: ['http', 'https'], why: 'how a web address begins, as typed' },
  'modules/auth/auth.grants.ts': {
    words: ['admin', 'create', 'role', 'reset-password', 'disable', 'enable'],
    why: 'the command the operator runs on the server, as typed',
  },
  'modules/keys/keys.check.ts': {
    words: ['DATA_DIR', 'id-key', 'keys', 'GONGHUI_ID_KEY', 'GONGHUI_ID_KEYS'],
    why: OPERATOR,
  },
  'shared/cjk-font.ts': { words: ['Debian', 'fonts-noto-cjk', 'GONGHUI_CJK_FONT'], why: OPERATOR },
  'modules/outbox/outbox.dispatch.ts': { words: ['GONGHUI_SMS_TEMPLATES'], why: OPERATOR },
  'modules/outbox/outbox.errors.ts': { words: ['GONGHUI_SMS_TEMPLATES'], why: OPERATOR },
  'modules/outbox/outbox.provider-errors.ts': {
    words: ['ID'],
    why: "the SMS provider's own name of the key (SecretId, AccessKey ID) in its console",
  },
  'modules/learning/lesson-file.ts': {
    words: ['multipart', 'form-data', 'JSON'],
    why: 'for a program calling the API: the two encodings it may send, as named',
  },
  'modules/people/idcard.ts': { words: ['X'], why: "an ID number's last character, as printed on the card" },
  'modules/cases/cases.notice.ts': {
    words: ['X', '月', '日至', '日放假', '日（周日）上班'],
    why: "quotes the State Council notice's items, X for a number",
  },
  'modules/returns/returns.sheet.ts': {
    words: ['D', 'F', '项目', '填报值'],
    why: `a sheet's column letters as Excel shows them; ${SHEET}`,
  },
  'modules/contests/results.import.ts': { words: ['报名编号'], why: SHEET },
  'modules/org/org.import.ts': { words: ['工会名称', '类型/层级'], why: SHEET },
  'modules/people/people.import.checks.ts': { words: ['行标识'], why: SHEET },
  'shared/register-sheet.cells.ts': { words: ['万', '是', '否'], why: SHEET },
  'demo/seed.ts': {
    words: [
      '顺义区总工会',
      '杨镇总工会',
      '北京杨镇汇丰包装有限公司工会',
      '昌平区总工会',
      '通州区总工会',
      '北京市总工会',
      '杨镇',
    ],
    why: "the demo accounts' unions, names of the data",
  },
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : d.name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );

/** A literal's text, a template's fixed parts joined by a blank (what it says whatever it is given). */
function literal(e: ts.Expression): string | null {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e))
    return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** A Latin word: letters, with - or _ inside; one holding a digit (7z, PHQ-9, 1.1E+17) is a name or a number. */
const LATIN = /[A-Za-z0-9][A-Za-z0-9_-]*/g;
const HAN = /[\u3400-\u9fff（）][\u3400-\u9fff（）/]*/g;

/** Every `{ zh, en }` literal pair of the server's sources, with the words each language should not hold. */
function strayWords(): { file: string; line: number; words: string[]; text: string }[] {
  const out: { file: string; line: number; words: string[]; text: string }[] = [];
  for (const path of files(SRC)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const file = relative(SRC, path);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map<string, ts.Expression>();
        for (const p of node.properties)
          if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
            props.set(p.name.text, p.initializer);
        const zh = props.get('zh');
        const en = props.get('en');
        if (zh && en) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const zhText = literal(zh) ?? '';
          const enText = literal(en) ?? '';
          const latin = (zhText.match(LATIN) ?? []).filter(
            (w) => /[A-Za-z]/.test(w) && !/\d/.test(w) && !CLERKS_WORDS.has(w),
          );
          // a bracket is a run of Chinese only beside a Chinese character
          const han = (enText.match(HAN) ?? [])
            .map((w) => w.replace(/^[（）]+|[（）]+$/g, ''))
            .filter(Boolean);
          if (latin.length) out.push({ file, line, words: latin, text: zhText });
          if (han.length) out.push({ file, line, words: han, text: enText });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe("the server's sentences in two languages", () => {
  const found = strayWords();

  it('read the pairs they check', () => {
    // the pairs are many; the scan finding few means it no longer reads them
    expect(files(SRC).length).toBeGreaterThan(500);
  });

  it('hold no Latin word in the Chinese and no Chinese in the English, but the listed ones', () => {
    const unlisted = found
      .map((f) => ({ ...f, words: f.words.filter((w) => !EXCEPTIONS[f.file]?.words.includes(w)) }))
      .filter((f) => f.words.length)
      .map((f) => `${f.file}:${f.line} ${f.words.join(', ')} in "${f.text.slice(0, 80)}"`);
    expect(unlisted).toEqual([]);
  });

  it('list no exception that is no longer found', () => {
    const stale = Object.entries(EXCEPTIONS).flatMap(([file, { words }]) =>
      words
        .filter((w) => !found.some((f) => f.file === file && f.words.includes(w)))
        .map((w) => `${file}: ${w}`),
    );
    expect(stale).toEqual([]);
  });
});
