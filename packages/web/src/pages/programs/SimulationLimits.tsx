import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/money.ts';
import type { Simulation } from './programs-api.ts';
import type { AmountRule } from './rule-vocabulary.ts';
import { type LimitNote, simulationLimits } from './simulation-limits.ts';

/** The program's quota and budget against a simulation: a warning naming each limit the applications would reach. */
export function SimulationLimits({ result, amount }: { result: Simulation; amount: AmountRule }) {
  const { t } = useTranslation();
  const limits = simulationLimits(result, amount);
  if (limits.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('prog.sim.limits')}
      description={
        <ul className="sim-warnings">
          {limits.map((n) => (
            <li key={n.key}>{limitText(t, n)}</li>
          ))}
        </ul>
      }
      data-testid="sim-limits"
    />
  );
}

/** A limit note in words, its money as ¥. */
function limitText(t: TFunction, n: LimitNote): string {
  switch (n.key) {
    case 'overQuota':
      return t('prog.sim.overQuota', { qualifying: n.qualifying, quota: n.quota });
    case 'overBudget':
      return t('prog.sim.overBudget', { cost: formatFen(n.costFen), budget: formatFen(n.budgetFen) });
    case 'quotaOverBudget':
      return t('prog.sim.quotaOverBudget', {
        quota: n.quota,
        amount: formatFen(n.amountFen),
        total: formatFen(n.quota * n.amountFen),
        budget: formatFen(n.budgetFen),
        fits: n.fits,
      });
  }
}
