import { defineVocabulary, READ_ROLES } from '../../vocabulary.ts';

/** What card adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** Check a member card's code (at an activity's door, a pickup desk, a visit). */
    'cards.verify': {
      zh: '核验会员卡',
      en: 'Check member cards',
      roles: READ_ROLES,
    },
  },
  auditActions: {
    'card.photo': { zh: '上传会员卡照片', en: 'Set a card photo' },
    'card.pickups': { zh: '凭会员卡查询待领取物品', en: "Looked up a card holder's pickups" },
    'card.print': { zh: '打印会员卡', en: 'Printed a member card' },
    'card.verify': { zh: '核验会员卡', en: 'Checked a member card' },
  },
});
