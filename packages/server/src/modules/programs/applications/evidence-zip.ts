import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { normaliseText } from '../../../shared/text.ts';
import { readZipFiles } from '../../../shared/zip-files.ts';
import { recordAudit } from '../../audit/index.ts';
import { type IdProtector, parseIdNumber } from '../../people/index.ts';
import { insertEvent } from '../application-events.repository.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { programError } from '../programs.errors.ts';
import { insertFiles } from './applications.files.repository.ts';
import { type EvidenceTarget, listEvidenceTargets } from './applications.repository.ts';
import { MAX_FILE_BYTES } from './evidence-upload.ts';

/** At most this many scans in one archive, 500 MB inflated together. */
export const ZIP_MAX_FILES = 2000;
const ZIP_MAX_BYTES = 500 * 1024 * 1024;

const MIME_BY_EXT: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

export type ScanOutcome = 'matched' | 'unmatched' | 'ambiguous' | 'unsupported' | 'too_large' | 'duplicate';

export interface ScanReport {
  /** The file's name in the archive. */
  name: string;
  outcome: ScanOutcome;
  /** The application it attaches to (matched only), with the applicant's name and what matched. */
  applicationId: number | null;
  personName: string | null;
  matchedBy: 'id_number' | 'record_number' | null;
  /** The application already had a file under this material (the scan is added beside it). */
  replacesNothing: boolean;
}

const stemOf = (name: string) => name.replace(/\.[^.]+$/, '');
const numberKey = (s: string) =>
  normaliseText(s)
    .toUpperCase()
    .replace(/[\s\-_]/g, '');

/**
 * Attaches a zip of scans to many applications of a program at once: each scan is matched to one undecided
 * application of the staff's subtree by the ID number in its file name (18 digits, anywhere in the name) or by
 * the certificate or patent number of the record the application was proposed from (the whole name without its
 * extension). The dry run reports every file — matched, unmatched, ambiguous, unsupported — and writes nothing;
 * otherwise the matched scans are attached in one transaction, each in its application's history.
 */
export async function attachEvidenceZip(
  db: Db,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  actor: Actor,
  programId: number,
  input: { key: string; file: Buffer; fileName: string; dryRun: boolean },
  /** The day of the upload: an ID number in a file's name is read as of it. */
  today: string,
) {
  requireAccess(actor, 'applications.submit');
  const program = await getProgramVisible(db, actor, programId);
  const spec = program.requiredEvidence.find((e) => e.key === input.key);
  if (!spec) {
    const names = program.requiredEvidence.map((e) => `「${e.zh}」`).join('、');
    throw programError(
      'PROGRAM_INVALID',
      program.requiredEvidence.length
        ? {
            zh: `本项目要求的材料是 ${names}，请选择其中一项`,
            en: `The program asks for ${program.requiredEvidence.map((e) => `"${e.en}"`).join(', ')}; choose one of them`,
          }
        : { zh: '本项目不要求提交材料', en: 'The program asks for no materials' },
      { field: 'key' },
    );
  }
  const files = await readZipFiles(input.file, {
    maxFiles: ZIP_MAX_FILES,
    maxFileBytes: MAX_FILE_BYTES,
    maxTotalBytes: ZIP_MAX_BYTES,
  });
  // The subtree's applications only: the query is scoped to the actor's unions.
  const targets = await listEvidenceTargets(db, actor, programId, input.key);
  const byHash = group(targets, (t) => t.idHash);
  const byNumber = group(
    targets.filter((t) => t.recordNumber),
    (t) => numberKey(t.recordNumber as string),
  );
  const taken = new Set<number>();
  const report: ScanReport[] = [];
  const attach: { target: EvidenceTarget; name: string; mime: string; data: Buffer }[] = [];
  for (const f of files) {
    const row: ScanReport = {
      name: f.name,
      outcome: 'unmatched',
      applicationId: null,
      personName: null,
      matchedBy: null,
      replacesNothing: true,
    };
    report.push(row);
    const mime = MIME_BY_EXT[f.name.split('.').pop()?.toLowerCase() ?? ''];
    if (f.tooLarge) {
      row.outcome = 'too_large';
      continue;
    }
    if (!mime) {
      row.outcome = 'unsupported';
      continue;
    }
    let found: EvidenceTarget[] = [];
    const idText = normaliseText(f.name).match(/[1-9]\d{16}[\dXx]/)?.[0];
    const parsed = idText ? parseIdNumber(idText, today) : null;
    if (parsed?.ok) {
      // under every live key: during a key rotation an applicant not yet rewritten holds the previous key's hash
      found = ids.lookups(parsed.value.number).flatMap((h) => byHash.get(h) ?? []);
      row.matchedBy = 'id_number';
    }
    if (!found.length) {
      found = byNumber.get(numberKey(stemOf(f.name))) ?? [];
      row.matchedBy = found.length ? 'record_number' : null;
    }
    if (found.length > 1) {
      row.outcome = 'ambiguous';
      row.matchedBy = null;
      continue;
    }
    const target = found[0];
    if (!target) continue;
    if (taken.has(target.id)) {
      row.outcome = 'duplicate';
      row.applicationId = target.id;
      row.personName = target.personName;
      continue;
    }
    taken.add(target.id);
    Object.assign(row, {
      outcome: 'matched',
      applicationId: target.id,
      personName: target.personName,
      replacesNothing: !target.hasFile,
    });
    attach.push({ target, name: f.name, mime, data: f.data });
  }
  const counts = {
    files: report.length,
    matched: attach.length,
    unmatched: report.filter((r) => r.outcome !== 'matched').length,
    waiting: targets.filter((t) => !t.hasFile && !taken.has(t.id)).length,
  };
  if (!input.dryRun) {
    await db.tx(async (sql) => {
      for (const a of attach) {
        await insertFiles(
          sql,
          a.target.id,
          [{ key: input.key, name: a.name, mime: a.mime, data: a.data }],
          actor.userId || null,
        );
        await insertEvent(sql, actor, {
          applicationId: a.target.id,
          action: 'files_added',
          step: a.target.step,
          data: { keys: [input.key], fromArchive: input.fileName },
        });
      }
      await recordAudit(sql, actor, {
        action: 'application.files.zip',
        entity: 'program',
        entityId: programId,
        orgId: actor.orgId,
        after: {
          fileName: input.fileName,
          key: input.key,
          applications: attach.map((a) => a.target.id),
          ...counts,
        },
      });
    });
  }
  return { dryRun: input.dryRun, material: { key: spec.key, zh: spec.zh, en: spec.en }, ...counts, report };
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    out.set(k, [...(out.get(k) ?? []), t]);
  }
  return out;
}
