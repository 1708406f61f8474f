import type { TFunction } from 'i18next';
import { formatTime } from '../../components/dates.ts';
import type { ClaimAnswer, MyClaim } from './me-api.ts';

/** What a claim card says of my standing: an answer just received, or what the list remembers. */
export type Outcome = ClaimAnswer['result'] | 'not_drawn';

const GOOD: Outcome[] = ['granted', 'entered_lottery'];
const NEUTRAL: Outcome[] = ['already_claimed', 'not_open'];

/** The colour of the standing's line: good news, a plain fact, or a refusal. */
export const resultClass = (r: Outcome) => (GOOD.includes(r) ? 'good' : NEUTRAL.includes(r) ? 'info' : 'bad');

/**
 * What happens next, under the standing, where the worker must wait for something: an entry in a lottery is drawn
 * by the union after the entries close, and only the winners are told by message (the card shows every result).
 */
export function claimNextStep(
  t: TFunction,
  outcome: Outcome | null,
  claim: Pick<MyClaim, 'claimEndsAt' | 'state'>,
): string | null {
  if (outcome === 'entered_lottery' && claim.state !== 'drawn')
    return t('wp.claims.lotteryNext', { to: formatTime(claim.claimEndsAt) });
  return null;
}
