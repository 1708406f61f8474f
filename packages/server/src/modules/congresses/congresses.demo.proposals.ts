import type { Actor } from '../../access/access.ts';
import type { CongressDemo } from './congresses.demo.context.ts';

/**
 * This year's proposals of 北京邮政's session in every state: filed in the window, co-signed (the last one waiting
 * for a second co-signer), accepted, merged or declined, assigned, answered, rated, and the 深夜食堂 proposal made
 * this year's 办实事 project. `d(i)` is the i-th delegate seated.
 */
export async function seedPostProposals(
  c: CongressDemo,
  staff: Actor,
  sessionId: number,
  delegates: number,
  d: (i: number) => Actor,
): Promise<void> {
  const { svc, at, year } = c;
  at(-92);
  const file = async (i: number, title: string, body: string) =>
    (await svc.fileProposal(d(i), { sessionId, title, body })).id;
  const canteen = await file(
    0,
    '“双十一”期间为一线投递员开设深夜食堂',
    '“双十一”业务高峰期间投递员加班到深夜，建议在各投递部开设深夜食堂，免费提供热食。',
  );
  const homes = await file(
    1,
    '升级改造城区投递员之家',
    '部分投递员之家设施陈旧，建议统一配备微波炉、饮水机、休息座椅和充电设备。',
  );
  const homes2 = await file(2, '投递员之家增设电动车充电设施', '投递员之家缺少电动车充电桩，建议增设。');
  const safety = await file(
    4,
    '雨雪天气投递安全防护用品配发',
    '建议在雨雪季节前为外勤职工配发防滑鞋、雨衣和反光背心。',
  );
  const training = await file(
    5,
    '开展投递员技能提升培训',
    '建议联合培训机构开展投递员职业技能等级认定培训。',
  );
  const parking = await file(6, '职工停车难问题', '建议协调周边停车位，解决职工上下班停车难问题。');
  const checkup = await file(7, '增加女职工专项体检项目', '建议在年度体检中增加女职工专项检查项目。');
  const uniform = await file(8, '调整工装发放周期', '建议将冬季工装由三年一发调整为两年一发。');
  at(-88);
  // two co-signers each (from delegates who filed none), the last proposal only one: it waits for a second
  for (const [k, p] of [canteen, homes, homes2, safety, training, parking, checkup].entries())
    for (const j of [0, 1]) await svc.cosign(d(10 + ((2 * k + j) % (delegates - 10))), p);
  await svc.cosign(d(10), uniform);

  at(-66);
  for (const p of [canteen, homes, safety, training, checkup])
    await svc.examine(staff, p, { decision: 'accept' });
  await svc.examine(staff, homes2, {
    decision: 'merge',
    mergeInto: homes,
    reason: '与“升级改造城区投递员之家”内容相近，并案办理',
  });
  await svc.examine(staff, parking, {
    decision: 'reject',
    reason: '属于属地交通管理事项，已转公司行政协调，不作为提案立案',
  });
  at(-65);
  for (const [p, dept] of [
    [canteen, '工会办公室'],
    [homes, '综合办公室'],
    [safety, '安全质量部'],
    [checkup, '人力资源部'],
  ] as const)
    await svc.assign(staff, p, { department: dept });
  at(-50);
  await svc.answer(staff, canteen, {
    answer: '已列入今年办实事项目，“双十一”期间各投递部开设深夜食堂，专项资金90余万元。',
  });
  await svc.answer(staff, homes, {
    answer: '今年分两批升级城区165个投递员之家，统一配备微波炉、饮水机、休息座椅和充电设备。',
  });
  at(-40);
  await svc.answer(staff, safety, { answer: '已在雨雪季节前为外勤职工配发防滑鞋、雨衣和反光背心。' });
  at(-35);
  await svc.rate(d(0), canteen, 'satisfied');
  await svc.rate(d(1), homes, 'basic');
  at(-30);
  await svc.makePledge(staff, canteen, {
    year,
    category: 'welfare',
    budgetFen: 90_000_000,
    department: '工会办公室',
  });
}
