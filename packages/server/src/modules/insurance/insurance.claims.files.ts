import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { cleanPhoto } from '../card/index.ts';
import { findClaim, findClaimFile, insertClaimFile } from './insurance.claims.repository.ts';
import { claimSteps, STATE } from './insurance.claims.steps.ts';
import { err } from './insurance.shared.ts';
import { CLAIM_DOCUMENTS } from './insurance.vocabulary.ts';

/** The files of a claim's checklist: added by the worker or a reviewing union, read by them. */
export function createClaimFiles(db: Db, clock: () => Date) {
  const { lockClaim, requireReviewer } = claimSteps(clock);
  return {
    /**
     * A file for an item of the claim's checklist, from the worker (`self`, their own claim) or a reviewing union's
     * staff, while the claim is under review (a returned one is never reviewed again, ADR 62: the worker files anew
     * with what the reason asks for): photos (JPEG/PNG, their metadata removed) or a PDF. The
     * item is ticked.
     */
    async addFile(
      actor: Actor,
      id: number,
      input: { document: string; self: boolean; file: { name: string; data: Buffer } },
    ) {
      return db.tx(async (sql) => {
        const c = await lockClaim(sql, id);
        if (input.self) {
          requireAccess(actor, 'self.apply', { personId: actor.personId });
          if (c.personId !== actor.personId) throw notYours();
        } else await requireReviewer(sql, actor, c, 'insurance.write');
        if (c.status !== 'filed') throw STATE();
        if (!CLAIM_DOCUMENTS[c.kind].includes(input.document))
          throw err(
            'invalid',
            'INSURANCE_DOCUMENT_UNKNOWN',
            `材料“${input.document}”不在此类理赔的材料清单中`,
            `“${input.document}” is not on this kind of claim's document list`,
            'document',
          );
        const { name, data } = input.file;
        let stored: { mime: string; bytes: Buffer };
        if (/\.pdf$/i.test(name)) {
          if (data.length > 10 * 1024 * 1024 || data.subarray(0, 5).toString('latin1') !== '%PDF-')
            throw err(
              'invalid',
              'INSURANCE_FILE_INVALID',
              '请上传不超过10MB的PDF文件',
              'Upload a PDF of 10 MB at most',
              'file',
            );
          stored = { mime: 'application/pdf', bytes: data };
        } else stored = cleanPhoto(data);
        const fileId = await insertClaimFile(sql, {
          claimId: c.id,
          document: input.document,
          name: name.slice(0, 200),
          mime: stored.mime,
          data: stored.bytes,
          by: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'insurance.claim.file_upload',
          entity: 'insurance_claim',
          entityId: c.id,
          orgId: c.orgId,
          after: { document: input.document, name, size: stored.bytes.length },
        });
        return { id: fileId };
      });
    },
    /** A claim's file: for the unions reviewing it and the worker whose claim it is (`self`); the read audited. */
    async getFile(actor: Actor, id: number, fileId: number, self: boolean) {
      return db.tx(async (sql) => {
        const c = await findClaim(sql, id);
        if (!c) throw notYours();
        if (self) {
          if (c.personId !== actor.personId) throw notYours();
        } else await requireReviewer(sql, actor, c, 'insurance.read');
        const f = await findClaimFile(sql, c.id, fileId);
        if (!f) throw notFound({ zh: '理赔材料', en: 'Claim document' });
        if (!self)
          await recordAudit(sql, actor, {
            action: 'insurance.claim.file_read',
            entity: 'insurance_claim',
            entityId: c.id,
            orgId: c.orgId,
            after: { fileId },
          });
        return f;
      });
    },
  };
}
