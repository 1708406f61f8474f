import { noteColumn, unionColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';

/**
 * The columns of the donations register (捐赠台账): one row per gift of money or goods. Read and written by
 * donations.import.ts.
 */
export type DonationRegisterKey =
  | 'donor'
  | 'donorKind'
  | 'receivedOn'
  | 'union'
  | 'kind'
  | 'amount'
  | 'item'
  | 'quantity'
  | 'unit'
  | 'fund'
  | 'note';

/** The headers row errors name. */
export const H = {
  donor: '爱心单位',
  receivedOn: '捐赠日期',
  union: '受赠工会',
  amount: '金额（元）',
  item: '物品名称',
  quantity: '数量',
  unit: '单位',
  fund: '专项基金',
} as const;

export const DONATION_REGISTER: RegisterSpec<DonationRegisterKey> = {
  title: { zh: '捐赠台账', en: 'donations register' },
  maxRows: 50_000,
  notes: [
    '每行一笔捐赠：捐款填金额；捐物填物品名称、数量和单位，金额填折合价值（不详可不填）。',
    '捐赠按捐赠日期计入当年的捐赠统计（捐款、捐物价值、专项基金收入），往年的统计即可查到。',
    '爱心单位按名称在受赠工会及其上级工会（本工会管辖范围内）已登记的爱心单位中查找；找不到的新登记在本工会名下，同名只登记一次。',
    '捐入专项基金的只能是捐款，受赠工会为基金所属工会（可不填）；基金已按年报录入往年数据的年份，不再逐笔导入该年的捐款。',
    '往年捐赠的物品只记入捐赠台账和统计，不进入送温暖活动的当前库存（这些物品早已发放）；尚待发放的物品请在「登记捐赠」中逐笔登记并选择送温暖活动。',
    '已登记的捐赠（爱心单位、日期、受赠工会、专项基金、金额、物品都相同）再次导入时跳过（已在册）；其数量、单位或备注与已登记的不同时报错，不覆盖已登记的捐赠。',
    '导入不生成捐赠证书，也不向任何人发送消息；需要时可在捐赠记录中逐笔打印证书。',
  ],
  notesEn: [
    'One donation per row: for money, the amount; for goods, the item, quantity and unit, with their value in money as the amount (may be left empty if not known).',
    "Donations count in the figures of the year of the day received (money, value of goods, special fund income), so past years' figures can be looked up.",
    "A donor is looked up by name among the donors registered at the receiving union and the unions above it (within your union's scope); one not found is registered under your union, once per name.",
    "Only money can be given to a special fund, and the receiving union is the fund's union (may be left empty); for a year whose figures the fund already holds from its annual report, that year's money donations are not imported one by one.",
    'Goods given in past years go only into the donations register and figures, not into the present stock of a care campaign (they were given out long ago); goods still to be given out are recorded one by one with "Record a donation", choosing the care campaign.',
    'A donation already registered (same donor, day, receiving union, special fund, amount and goods) is skipped when imported again (on record); one whose quantity, unit or note differ from the record is an error, and the record is never overwritten.',
    'The import makes no donation certificates and sends no messages to anyone; a certificate can be printed for each donation from its record when needed.',
  ],
  columns: [
    {
      key: 'donor',
      header: H.donor,
      en: 'donor',
      aliases: ['爱心单位名称', '捐赠单位', '捐赠方', '捐赠人', '捐赠单位或个人'],
      required: true,
      kind: 'text',
      max: 200,
      note: '捐赠的单位或个人的名称',
      noteEn: 'The name of the organisation or person who gave',
      example: '北京爱心科技有限公司',
    },
    {
      key: 'donorKind',
      header: '捐赠方类型',
      en: 'donor kind',
      aliases: ['爱心单位类型'],
      kind: 'choice',
      choices: [
        { value: 'enterprise', zh: '单位', en: 'organisation', aliases: ['企业', '企业单位', 'enterprise'] },
        { value: 'person', zh: '个人', en: 'person' },
      ],
      note: '新登记爱心单位时使用；不填为单位',
      noteEn: 'Used when a new donor is registered; if left empty, an organisation',
      example: '单位',
    },
    {
      key: 'receivedOn',
      header: H.receivedOn,
      en: 'received on',
      aliases: ['受赠日期', '接收日期', '日期'],
      required: true,
      kind: 'date',
      note: '收到捐赠的日期，计入当年统计',
      noteEn: "The day the donation was received; counted in that year's figures",
      example: '2021-01-20',
    },
    unionColumn({
      header: H.union,
      en: 'receiving union',
      aliases: ['接收工会', '工会', '工会名称'],
      note: {
        zh: '全称、简称或统一社会信用代码，须在本工会管辖范围内；捐入专项基金的可不填',
        en: 'Full name, short name or unified social credit code; it must be your union or a union under it; may be left empty for a donation to a special fund',
      },
      example: '昌平区总工会',
      optional: true,
    }),
    {
      key: 'kind',
      header: '捐赠类型',
      en: 'kind',
      aliases: ['捐赠方式', '类型'],
      kind: 'choice',
      choices: [
        { value: 'money', zh: '捐款', en: 'money', aliases: ['资金', '现金', '款'] },
        { value: 'goods', zh: '捐物', en: 'goods', aliases: ['物资', '实物', '物品'] },
      ],
      note: '不填时：填了物品名称的为捐物，否则为捐款',
      noteEn: 'If left empty: goods when an item is given, otherwise money',
      example: '捐款',
    },
    {
      key: 'amount',
      header: H.amount,
      en: 'amount (yuan)',
      aliases: [
        '金额',
        '金额或价值',
        '捐款金额',
        '捐赠金额',
        '价值',
        '物资价值',
        '折合金额',
        '折合价值',
        'amount',
      ],
      kind: 'money',
      note: '捐款必填且大于0；捐物为折合价值，可不填',
      noteEn: 'Required for money, more than 0; for goods, their value in money, may be left empty',
      example: '50000',
    },
    {
      key: 'item',
      header: H.item,
      en: 'item',
      aliases: ['物品', '物资名称', '捐赠物品'],
      kind: 'text',
      max: 200,
      note: '捐物必填',
      noteEn: 'Required for goods',
      example: '',
    },
    {
      key: 'quantity',
      header: H.quantity,
      en: 'quantity',
      aliases: ['物品数量'],
      kind: 'int',
      note: '捐物必填，大于0的整数',
      noteEn: 'Required for goods; a whole number more than 0',
      example: '',
    },
    {
      key: 'unit',
      header: H.unit,
      en: 'unit',
      aliases: ['计量单位', '物品单位'],
      kind: 'text',
      max: 20,
      note: '捐物必填，如 箱、件、袋',
      noteEn: 'Required for goods, e.g. boxes, pieces, bags',
      example: '',
    },
    {
      key: 'fund',
      header: H.fund,
      en: 'fund',
      aliases: ['专项基金名称', '基金', '捐入基金'],
      kind: 'text',
      max: 200,
      note: '捐入的专项基金名称（须已设立），可不填',
      noteEn: 'The name of the special fund given to (already set up); may be left empty',
      example: '',
    },
    noteColumn(1000),
  ],
};
