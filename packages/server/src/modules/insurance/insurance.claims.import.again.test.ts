/**
 * A register of insurance claims sent again whole, grown by a year (issue 32): the claims on record as the register
 * gives them are skipped and counted (`onRecord`), the new ones imported; one on record that the register gives
 * otherwise (another payout, another state) is refused, naming its row and what differs, and nothing is overwritten.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appWorld } from '../../../test/world-kit.ts';
import { type ClaimSheetRow, claimsRegisterKit, enterYearPolicy, paidClaim } from './insurance.test-kit.ts';

const w = appWorld({
  tree: { district: ['root/district', '理赔台账测试区总工会'], unit: 'district/grassroots' },
  users: { staff: ['staff', 'district'] },
});
const people: { name: string; idNumber: string }[] = [];
const { kit, sheet } = claimsRegisterKit(w, () => w.staff);

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const idNumber = w.t.ctx.newIdNumber();
    const p = await w.t.ctx.newPerson(w.unit, { idNumber, joinedOn: '2010-01-01' });
    people.push({ name: p.name, idNumber });
  }
  for (const year of [2016, 2017]) await enterYearPolicy(w, w.staff, year);
});

const paid = (who: number, year: number, payout?: string) => ({ ...paidClaim(year, payout), ...people[who] });
const rejected = (who: number, year: number): ClaimSheetRow => ({
  policy: `P-${year}`,
  ...people[who],
  kind: '意外伤残',
  incidentOn: `${year}-05-01`,
  filedOn: `${year}-05-03`,
  outcome: '拒赔',
  decidedOn: `${year}-06-01`,
  rejectReason: '非意外事故',
});

describe('a register of insurance claims sent again with a new year', () => {
  it('skips and counts the claims on record as given, and imports the new ones', async () => {
    await kit.imported(sheet([paid(0, 2016), rejected(1, 2016)]), { created: 2, onRecord: 0 });
    const grown = [paid(0, 2016), rejected(1, 2016), paid(1, 2017, '1,000')];
    // the new claim imported, the rest skipped; the same register once more holds nothing new
    await kit.importedGrown(sheet(grown), { created: 1, onRecord: 2, paid: 1, paidFen: 100_000 }, {});
  });

  it('refuses a claim on record that the register gives otherwise, naming the row and what differs', async () => {
    const errors = await kit.rowErrors(
      sheet([
        { ...paid(0, 2016, '8,500'), place: '' },
        { ...rejected(1, 2016), outcome: '未决', decidedOn: '', rejectReason: '' },
      ]),
      [
        [2, '出险地点'],
        [2, '赔付金额（元）'],
        [3, '审核结果'],
      ],
    );
    expect(errors[1].messageZh).toBe(
      '该职工2016-03-02出险、2016-03-10申请的理赔已登记在本保单下，平台上是“8,000.00”，本表是“8,500.00”',
    );
    expect(errors[2].messageEn).toBe(
      "This worker's claim for the accident on 2016-05-01, filed 2016-05-03, is on record on this policy with “rejected”; this sheet gives “with the insurer”",
    );
  });
});
