/**
 * 送温暖 campaigns, their goods in stock and visits (走访慰问) (issue 9; docs/adr/0024). Other modules put goods
 * into a campaign's stock through `receiveGoods` (donations in kind).
 */
export { type ReceiveGoodsInput, receiveGoods } from './stock.ts';
export const careMigrations = new URL('./migrations/', import.meta.url);
