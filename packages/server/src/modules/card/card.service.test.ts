import { webcrypto } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngOf } from '../../../test/card-png.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { cleanPhoto } from './card.photo.ts';
import { createCardService } from './card.service.ts';

/** A valid 1 × 1 PNG with a text chunk (removed when stored). */
function onePixelPng() {
  return pngOf([
    ['IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])],
    ['tEXt', Buffer.from('Comment\0taken at home', 'latin1')],
    ['IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))],
    ['IEND', Buffer.alloc(0)],
  ]);
}

describe('the member card', () => {
  const world = serviceWorld({
    at: '2026-05-01T09:00:00+08:00',
    service: (db, clock) => createCardService(db, clock),
    tree: {
      district: 'root/district',
      firm: ['district/grassroots', '测试（集团）公司工会'],
      other: 'root/district/grassroots',
    },
  });
  let personId: number;

  beforeAll(async () => {
    personId = (await world.t.newPerson(world.firm, { name: '王小燕' })).id;
  });

  const worker = () => world.t.actor('worker', null, personId);

  it('shows the worker a card whose code the browser checks offline with the public key alone', async () => {
    const mine = await world.svc.mine(worker());
    expect(mine).toMatchObject({
      name: '王小燕',
      unionName: world.firm.name,
      hasPhoto: false,
      refreshSeconds: 60,
    });
    expect(mine.memberNo).toMatch(/^\d{10}$/);
    expect(Date.parse(mine.expiresAt) - world.clock().getTime()).toBe(300_000);
    const [prefix, payload, sig] = mine.token.split('.');
    const key = await webcrypto.subtle.importKey(
      'jwk',
      { ...(await world.svc.publicKey()), ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const ok = await webcrypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      Buffer.from(sig, 'base64url'),
      Buffer.from(`${prefix}.${payload}`),
    );
    expect(ok).toBe(true);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      n: '王小燕',
      u: world.firm.name,
      k: 'p',
    });
  });

  it('verifies online: in scope, out of scope, expired, forged, unreadable, and after a transfer', async () => {
    const { token } = await world.svc.mine(worker());
    expect(await world.svc.verify(world.t.actor('staff', world.district), token)).toMatchObject({
      valid: true,
      name: '王小燕',
      inScope: true,
      printed: false,
    });
    expect(await world.svc.verify(world.t.actor('staff', world.other), token)).toMatchObject({
      valid: true,
      inScope: false,
      hasPhoto: false,
    });
    const [a, b, c] = token.split('.');
    const forged = JSON.parse(Buffer.from(b, 'base64url').toString());
    forged.n = '李四';
    const tampered = `${a}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${c}`;
    expect(await world.svc.verify(world.t.actor('staff', world.district), tampered)).toMatchObject({
      valid: false,
      problem: 'signature',
    });
    await expect(
      world.svc.verify(world.t.actor('staff', world.district), 'https://example.com/?q=1'),
    ).rejects.toMatchObject({
      code: 'CARD_CODE_UNREADABLE',
    });
    world.clock.advance(7 * 60_000);
    expect(await world.svc.verify(world.t.actor('staff', world.district), token)).toMatchObject({
      valid: false,
      problem: 'expired',
    });
    // a worker cannot verify cards
    await expect(world.svc.verify(worker(), token)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    const fresh = (await world.svc.mine(worker())).token;
    const target = await world.t.newOrg(world.district, 'grassroots');
    await world.t.services.people.transferMember(
      world.t.actor('staff', world.district),
      personId,
      target.id,
      '2026-05-01',
    );
    expect(await world.svc.verify(world.t.actor('staff', world.district), fresh)).toMatchObject({
      valid: false,
      problem: 'membership_ended',
      name: '王小燕',
    });
    expect((await world.svc.mine(worker())).unionName).toBe(target.name);
    const { rows } = await world.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'card.verify' and entity_id = $1`,
      [String(personId)],
    );
    // the checks that found a member (in scope, outside it, after the transfer); a forged or expired code names no one
    expect(rows[0].n).toBe(3);
  });

  it('keeps the photo without its metadata and shows it only to staff of the member’s subtree', async () => {
    // a JPEG with an EXIF (APP1) segment carrying a place, then a comment, then the image
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x0c]), Buffer.from('Exif\0\0GPS!')]);
    const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46]);
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x05, 0x68, 0x69, 0x21]);
    const scan = Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, comment, scan]);
    expect(cleanPhoto(jpeg)).toEqual({
      mime: 'image/jpeg',
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, scan]),
    });
    expect(() => cleanPhoto(Buffer.from('GIF89a-not-a-card-photo'))).toThrow(/JPEG/);
    await world.svc.setPhoto(worker(), jpeg);
    expect((await world.svc.myPhoto(worker())).bytes).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, scan]),
    );
    const { token } = await world.svc.mine(worker());
    expect(
      (await world.svc.verify(world.t.actor('staff', world.district), token)).valid &&
        (await world.svc.photoOf(world.t.actor('staff', world.district), token)).mime,
    ).toBe('image/jpeg');
    await expect(world.svc.photoOf(world.t.actor('staff', world.other), token)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('prints a two-sided card the size of a bank card', async () => {
    await world.svc.setPhoto(worker(), onePixelPng());
    const pdf = await world.svc.myPdf(worker());
    expect((await world.svc.myPhoto(worker())).bytes.includes(Buffer.from('taken at home'))).toBe(false);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 242\.6\d* 153\.0\d*\]/);
    await expect(world.svc.memberPdf(world.t.actor('staff', world.other), personId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
