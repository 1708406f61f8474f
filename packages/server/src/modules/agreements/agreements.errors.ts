import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** The errors of collective agreements; the HTTP layer maps each kind to its status. */
export const agreementErrors = {
  notFound: fixedError('not_found', 'AGREEMENT_NOT_FOUND', {
    zh: '集体合同不存在',
    en: 'Agreement not found',
  }),
  unionNotFound: fixedError('not_found', 'AGREEMENT_UNION_NOT_FOUND', {
    zh: '签约工会不存在',
    en: 'The union party to the agreement does not exist',
    field: 'orgId',
  }),
  dates: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'AGREEMENT_DATES', messages, { field }),
  /** A measure's cost or reach (agreements.measures.ts), the field named in the messages and in `details`. */
  measure: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'AGREEMENT_MEASURE_INVALID', { zh: messages.zh, en: messages.en }, { field }),
  enterprise: (index: number, messages: Bilingual) =>
    new AppError(
      'invalid',
      'AGREEMENT_ENTERPRISE_INVALID',
      { zh: `第${index + 1}家企业：${messages.zh}`, en: `Enterprise ${index + 1}: ${messages.en}` },
      { field: `enterprises.${index}` },
    ),
  noEnterprise: fixedError('invalid', 'AGREEMENT_NO_ENTERPRISE', {
    zh: '企业集体合同须列明所覆盖的企业（签约工会未登记所在企业的统一社会信用代码）',
    en: "An enterprise agreement must list the enterprise it covers (the union has no employer's credit code on record)",
    field: 'enterprises',
  }),
  ended: (endedOn: string) =>
    new AppError(
      'conflict',
      'AGREEMENT_ENDED',
      { zh: `该合同已于 ${endedOn} 终止`, en: `This agreement already ended on ${endedOn}` },
      { endedOn },
    ),
  coverageFixed: fixedError('conflict', 'AGREEMENT_COVERAGE_FIXED', {
    zh: '合同已生效，覆盖企业名单不能再修改；职工人数可通过导入覆盖企业更新',
    en: 'The agreement is in force: its list of enterprises can no longer be edited (import the covered enterprises to update their workers)',
    field: 'enterprises',
  }),
  textFile: (messages: Bilingual) =>
    new AppError('invalid', 'AGREEMENT_TEXT_INVALID', messages, { field: 'file' }),
  noText: fixedError('not_found', 'AGREEMENT_TEXT_NOT_FOUND', {
    zh: '该合同尚未上传文本',
    en: 'No text has been uploaded for this agreement',
  }),
};
