import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { findCampaign, receiveGoods } from '../care/index.ts';
import { donationErrors } from './donations.errors.ts';

/**
 * The 送温暖 campaign a donation of goods goes to: one run by the receiving union or a union above it, and
 * within the actor's own subtree (the goods enter that campaign's stock). Refused with the field named.
 */
export async function campaignForGoods(
  sql: Sql,
  actor: Actor,
  union: { path: string },
  campaignId: number,
): Promise<number> {
  const campaign = await findCampaign(sql, campaignId);
  if (!campaign || !canAccess(actor, 'donations.write', { orgPath: campaign.orgPath }))
    throw donationErrors.invalid('campaignId', {
      zh: '所选送温暖活动不存在或不在您的管辖范围内',
      en: 'The chosen campaign does not exist or lies outside your unions',
    });
  if (!union.path.startsWith(campaign.orgPath))
    throw donationErrors.invalid('campaignId', {
      zh: `送温暖活动“${campaign.title}”由${campaign.orgName}举办，不在受赠工会及其上级工会之列`,
      en: `The campaign “${campaign.title}” is run by ${campaign.orgName}, not by the receiving union or a union above it`,
    });
  return campaign.id;
}

/** Puts a donation's goods into its campaign's stock, in the caller's transaction; once per donation. */
export async function stockDonatedGoods(
  sql: Sql,
  donation: {
    id: number;
    campaignId: number;
    item: string;
    unit: string;
    quantity: number;
    valueFen: number;
    receivedOn: string;
  },
): Promise<void> {
  await receiveGoods(sql, {
    campaignId: donation.campaignId,
    item: donation.item,
    unit: donation.unit,
    quantity: donation.quantity,
    valueFen: donation.valueFen,
    source: `donation:${donation.id}`,
    receivedOn: donation.receivedOn,
  });
}

/** The titles of the campaigns some donations went to, by campaign id. */
export async function campaignTitles(sql: Sql, ids: Array<number | null>): Promise<Map<number, string>> {
  const titles = new Map<number, string>();
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const campaign = await findCampaign(sql, id);
    if (campaign) titles.set(id, campaign.title);
  }
  return titles;
}
