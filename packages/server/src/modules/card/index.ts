/**
 * The member card (电子会员卡, ADR 52): a card on the worker's phone with a rotating code signed by the server, checked
 * by staff pages offline with the public key and then online (the membership must still be the current one), and a
 * printed card for members without a phone.
 */

import { defineModule } from '../../module-manifest.ts';
import { cardRoutes } from './card.routes.ts';
import { createCardService } from './card.service.ts';

export { cleanPhoto } from './card.photo.ts';
export { cardRoutes } from './card.routes.ts';
export { type CardService, cardHolder, createCardService } from './card.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'card',
  todo: { nothingWaits: 'the member card: nothing waits' },
  description:
    "`card_key`, `card_photos` — the member card (电子会员卡, ADR 52): the worker's card with a code signed by the server (ECDSA P-256) that changes every minute, the public key for pages to check codes offline, the online check (signature, expiry, the membership still current, in the checker's subtree or not; audited), card photos without their metadata, the printed two-sided card (PDF, `qrcode-generator`)",
  dependencyNotes: {
    people: '`findPersonById`, `listMemberships`, `getPersonInScope`',
    programs: '`pickupsOfPerson`: a scanned card at a pickup desk',
  },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ card: createCardService(db, clock) }),
  routes: (app, s) => cardRoutes(app, s),
});
