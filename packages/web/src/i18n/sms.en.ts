import type { smsZh } from './sms.zh.ts';

/** SMS: the delivery page, the template page, a worker's SMS choices. */
export const smsEn: typeof smsZh = {
  sms: {
    nav: { deliveries: 'SMS delivery', templates: 'SMS templates' },
    provider: {
      outbox: 'No SMS provider connected (recorded in the outbox only)',
      tencent: 'Tencent Cloud SMS',
      aliyun: 'Alibaba Cloud SMS',
    },
    state: { queued: 'Queued', sent: 'Sent', delivered: 'Delivered', failed: 'Not delivered' },
    count: {
      sent: 'Sent',
      delivered: 'Delivered',
      failed: 'Not delivered',
      retried: 'Retried',
      queued: 'Queued',
      cost: 'Cost',
    },
    deliveries: {
      title: 'SMS delivery',
      month: 'Month {{month}}',
      reason: 'Reason not delivered',
      count: 'Messages',
      state: 'State',
      phone: 'Filter by phone',
      empty: 'No SMS yet',
      createdAt: 'Time',
      to: 'Phone',
      purpose: 'Purpose',
      union: 'Union',
      text: 'Text',
      attempts: 'Tries',
    },
    templates: {
      title: 'SMS templates',
      intro:
        'Each purpose’s template parameters in the order the provider expects (Tencent Cloud {1}, {2} …; Alibaba Cloud by name, e.g. code), to submit for approval; once approved, enter the template id here. An id set in the deployment’s configuration wins.',
      purpose: 'Purpose',
      params: 'Parameters (in order)',
      templateId: 'Template id',
      fromEnv: 'Deployment setting',
      none: 'Not set',
      save: 'Save',
      saved: 'Saved',
      secret: 'One-time code: not shown once sent',
    },
    choices: {
      link: 'SMS settings',
      title: 'SMS settings',
      intro: 'Choose which messages also come to you by SMS, besides the app. Codes always come by SMS.',
    },
    mine: {
      recorded: 'SMS: recorded',
      queued: 'SMS: queued',
      sent: 'SMS: sent',
      delivered: 'SMS: delivered',
      failed: 'SMS: not delivered',
    },
  },
};
