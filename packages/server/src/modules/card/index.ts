/**
 * The member card (电子会员卡, ADR 52): a card on the worker's phone with a rotating code signed by the server, checked
 * by staff pages offline with the public key and then online (the membership must still be the current one), and a
 * printed card for members without a phone.
 */
export { cleanPhoto } from './card.photo.ts';
export { cardRoutes } from './card.routes.ts';
export { type CardService, createCardService } from './card.service.ts';
export const cardMigrations = new URL('./migrations/', import.meta.url);
