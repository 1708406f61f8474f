import { quotedName } from '../../shared/text.ts';
import type { MessageKind, Notice } from '../messages/index.ts';
import { formatYuan } from './programs.errors.ts';

/**
 * The messages a worker gets about their applications, in both languages. Written by the decisions in
 * review.service.ts, payments.service.ts and claims.*.ts, in the decision's transaction.
 */

const appLink = (applicationId: number) => `/m/applications/${applicationId}`;

interface About {
  applicationId: number;
  programName: string;
}

const base = (kind: MessageKind, a: About) => ({
  kind,
  link: appLink(a.applicationId),
  entity: 'application',
  entityId: a.applicationId,
});

/** Passed one review step; the next union reviews it now. */
export function approvedStepNotice(a: About & { unionName: string; nextUnionName: string | null }): Notice {
  const nextZh = a.nextUnionName ? `，现由${a.nextUnionName}审核` : '，进入下一级审核';
  const nextEn = a.nextUnionName
    ? `; ${a.nextUnionName} reviews it next`
    : '; it moves on to the next review';
  return {
    ...base('application.approved_step', a),
    title: { zh: `${a.unionName}已审核通过`, en: `Approved by ${a.unionName}` },
    body: {
      zh: `您申请的${quotedName(a.programName)}已通过${a.unionName}审核${nextZh}。`,
      en: `Your application for "${a.programName}" was approved by ${a.unionName}${nextEn}.`,
    },
  };
}

/** The final approval: approved in full, with the amount granted. */
export function approvedNotice(a: About & { unionName: string; amountFen: number }): Notice {
  const amountZh = a.amountFen > 0 ? `，核定金额 ${formatYuan(a.amountFen)} 元，将随发放批次支付` : '';
  const amountEn =
    a.amountFen > 0 ? `. Amount granted: ¥${formatYuan(a.amountFen)}, paid with the next payment batch` : '';
  return {
    ...base('application.approved', a),
    title: { zh: '申请已全部审核通过', en: 'Application approved in full' },
    body: {
      zh: `您申请的${quotedName(a.programName)}已由${a.unionName}终审通过${amountZh}。`,
      en: `Your application for "${a.programName}" received its final approval from ${a.unionName}${amountEn}.`,
    },
  };
}

export function returnedNotice(a: About & { unionName: string; reason: string }): Notice {
  return {
    ...base('application.returned', a),
    title: { zh: '申请被退回修改', en: 'Application returned for correction' },
    body: {
      zh: `您申请的${quotedName(a.programName)}被${a.unionName}退回修改。理由：${a.reason}。请修改后重新提交。`,
      en: `Your application for "${a.programName}" was returned by ${a.unionName} for correction. Reason: ${a.reason}. Please correct it and resubmit.`,
    },
  };
}

export function rejectedNotice(a: About & { unionName: string; reason: string }): Notice {
  return {
    ...base('application.rejected', a),
    title: { zh: '申请未获批准', en: 'Application rejected' },
    body: {
      zh: `您申请的${quotedName(a.programName)}未通过${a.unionName}审核。理由：${a.reason}。`,
      en: `Your application for "${a.programName}" was rejected by ${a.unionName}. Reason: ${a.reason}.`,
    },
  };
}

/** Money paid out in a batch; `paidOn` is the China date 'YYYY-MM-DD'. */
export function paidNotice(a: About & { amountFen: number; paidOn: string; batchId: number }): Notice {
  return {
    kind: 'payment.paid',
    link: '/m/payments',
    entity: 'application',
    entityId: a.applicationId,
    title: { zh: `已发放 ${formatYuan(a.amountFen)} 元`, en: `¥${formatYuan(a.amountFen)} paid` },
    body: {
      zh: `${quotedName(a.programName)}的 ${formatYuan(a.amountFen)} 元已于 ${a.paidOn} 发放（发放批次 ${a.batchId}），请留意银行卡或京卡到账。`,
      en: `¥${formatYuan(a.amountFen)} for "${a.programName}" was paid on ${a.paidOn} (payment batch ${a.batchId}); watch your bank card or Jingka account.`,
    },
  };
}

/**
 * Won a flash claim or a lottery draw: how to collect. In-kind stock is collected with the pickup code on the
 * claims page, at the place and time the program states (or as the owning union announces). The application
 * id is filled in by the statement that grants (see claims.repository.ts), so link and entityId are left out.
 */
export function claimWonNotice(p: {
  programName: string;
  ownerOrgName: string;
  amountFen: number;
  lottery: boolean;
  pickupPlace?: string | null;
  pickupTime?: string | null;
}): Omit<Notice, 'link' | 'entityId'> {
  const where = {
    zh: p.pickupPlace ? `地点：${p.pickupPlace}。` : '',
    en: p.pickupPlace ? ` Place: ${p.pickupPlace}.` : '',
  };
  const when = {
    zh: p.pickupTime ? `时间：${p.pickupTime}。` : '',
    en: p.pickupTime ? ` Time: ${p.pickupTime}.` : '',
  };
  const stated = p.pickupPlace && p.pickupTime;
  const title = p.lottery
    ? { zh: `中签：${p.programName}`, en: `You won the draw: ${p.programName}` }
    : { zh: `抢领成功：${p.programName}`, en: `Claimed: ${p.programName}` };
  const body =
    p.amountFen > 0
      ? {
          zh: `恭喜！${quotedName(p.programName)}的 ${formatYuan(p.amountFen)} 元将由${p.ownerOrgName}随发放批次支付，无需另行领取。`,
          en: `Congratulations! ¥${formatYuan(p.amountFen)} from "${p.programName}" will be paid by ${p.ownerOrgName} with the next payment batch; nothing to collect.`,
        }
      : {
          zh: `恭喜！请凭领取码（在"抢购"页查看）到${p.ownerOrgName}领取${quotedName(p.programName)}。${where.zh}${when.zh}${stated ? '' : '未注明的以工会通知为准。'}`,
          en: `Congratulations! Collect "${p.programName}" at ${p.ownerOrgName} with your pickup code (on the claims page).${where.en}${when.en}${stated ? '' : ' The union will announce what is not stated here.'}`,
        };
  return { kind: p.lottery ? 'claim.won' : 'claim.granted', entity: 'application', title, body };
}
