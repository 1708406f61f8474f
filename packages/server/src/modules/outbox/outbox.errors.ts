import { AppError, invalid, notFound } from '../../shared/errors.ts';

export const smsErrors = {
  deliveryNotFound: (id: number) => notFound({ zh: '短信', en: 'SMS' }, { id }),
  unknownPurpose: (purpose: string) => notFound({ zh: '短信用途', en: 'SMS purpose' }, { purpose }),
  unknownKind: (kind: string) =>
    invalid(
      'SMS_KIND_UNKNOWN',
      { zh: '该消息类型不能通过短信接收', en: 'This kind of message cannot come by SMS' },
      { kind },
    ),
  templateFromEnv: (purpose: string) =>
    new AppError(
      'conflict',
      'SMS_TEMPLATE_FROM_ENV',
      {
        zh: '该用途的模板由部署配置 GONGHUI_SMS_TEMPLATES 指定，页面上不能修改',
        en: 'This purpose’s template is set by GONGHUI_SMS_TEMPLATES in the deployment and cannot be changed here',
      },
      { purpose },
    ),
};
