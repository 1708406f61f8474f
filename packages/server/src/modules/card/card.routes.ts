import type { FastifyRequest } from 'fastify';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { cardErrors } from './card.errors.ts';
import {
  CardSchema,
  CheckSchema,
  PhotoForm,
  PickupsSchema,
  PublicKeySchema,
  TokenBody,
} from './card.schemas.ts';
import type { CardService } from './card.service.ts';

const tags = ['card'];

/** The photo part of a multipart upload (its content is checked by what it is, not by its name). */
async function readPhoto(req: FastifyRequest): Promise<Buffer> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw cardErrors.photoMissing();
  return part.toBuffer();
}
const pdf = (name: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
  'cache-control': 'no-store',
});
const image = (mime: string) => ({ 'content-type': mime, 'cache-control': 'private, no-store' });

export function cardRoutes(app: App, { card }: { card: CardService }): void {
  const on = routeMould(app, tags);
  on.get('/api/me/card', {
    config: { permission: 'self.read' },
    summary:
      'My member card: name, union, member number, and a signed code valid a few minutes (ask again every minute)',
    response: CardSchema,
    use: card.mine,
  });
  on.file('/api/me/card/photo', {
    config: { permission: 'self.read' },
    summary: 'My card photo',
    run: async (actor) => {
      const photo = await card.myPhoto(actor);
      return { headers: image(photo.mime), data: photo.bytes };
    },
  });
  on.put('/api/me/card/photo', {
    config: { permission: 'self.write', upload: PhotoForm },
    summary: 'Set my card photo (JPEG or PNG, 2 MB at most; location and other metadata removed)',
    response: Ok,
    run: async (actor, { req }) => card.setPhoto(actor, await readPhoto(req)),
  });
  on.file('/api/me/card.pdf', {
    config: { permission: 'self.read' },
    summary: 'My printed card (PDF, 85.6 × 54 mm, both sides)',
    run: async (actor) => ({ headers: pdf('工会会员卡.pdf'), data: await card.myPdf(actor) }),
  });
  on.file('/api/members/:id/card.pdf', {
    config: { permission: 'people.read' },
    summary: "A member's printed card, for a member without a phone (the read is audited)",
    params: IdParams,
    run: async (actor, { params }) => {
      const { pdf: file, name } = await card.memberPdf(actor, params.id);
      return { headers: pdf(`工会会员卡-${name}.pdf`), data: file };
    },
  });
  on.open.get('/api/card/key', {
    config: { public: true },
    summary: "The public key (JWK, ECDSA P-256) that checks a card code's signature offline",
    response: PublicKeySchema,
    run: () => card.publicKey(),
  });
  on.post('/api/card/verify', {
    config: { permission: 'cards.verify' },
    summary:
      'Check a card code online: signature, expiry, and that its membership is still current (audited); a member outside my subtree is answered with what the card shows only',
    body: TokenBody,
    response: CheckSchema,
    run: (actor, { body }) => card.verify(actor, body.token),
  });
  on.post('/api/card/pickups', {
    config: { permission: 'claims.manage', errors: [409] },
    summary:
      "A pickup desk scans a member card: the holder's granted in-kind claims my union sees, with the codes to redeem (audited)",
    body: TokenBody,
    response: PickupsSchema,
    run: (actor, { body }) => card.pickups(actor, body.token),
  });
  app.post(
    '/api/card/photo',
    {
      config: { permission: 'cards.verify' },
      schema: {
        tags,
        summary:
          "The photo of a valid card's member of my subtree, to compare with the person (code in the body)",
        body: TokenBody,
      },
    },
    async (req, reply) => {
      const photo = await card.photoOf(actorOf(req), req.body.token);
      return reply.headers(image(photo.mime)).send(photo.bytes);
    },
  );
}
