import { AppError, type Bilingual, fixedError } from '../../shared/errors.ts';

/** The errors of donations and funds; the HTTP layer maps each kind to its status. */
export const donationErrors = {
  donorNotFound: (field?: string) =>
    new AppError(
      'not_found',
      'DONOR_NOT_FOUND',
      { zh: '爱心单位不存在', en: 'Donor not found' },
      field ? { field } : undefined,
    ),
  donorDuplicate: (name: string) =>
    new AppError(
      'conflict',
      'DONOR_DUPLICATE',
      { zh: `本工会已登记爱心单位“${name}”`, en: `The union already has a donor named “${name}”` },
      { field: 'name' },
    ),
  fundNotFound: (field?: string) =>
    new AppError(
      'not_found',
      'FUND_NOT_FOUND',
      { zh: '专项基金不存在', en: 'Fund not found' },
      field ? { field } : undefined,
    ),
  fundDuplicate: (name: string) =>
    new AppError(
      'conflict',
      'FUND_DUPLICATE',
      { zh: `本工会已设立“${name}”`, en: `The union already runs a fund named “${name}”` },
      { field: 'name' },
    ),
  donationNotFound: fixedError('not_found', 'DONATION_NOT_FOUND', {
    zh: '捐赠记录不存在',
    en: 'Donation not found',
  }),
  unionNotFound: fixedError('not_found', 'DONATION_UNION_NOT_FOUND', {
    zh: '受赠工会不存在',
    en: 'The receiving union does not exist',
    field: 'orgId',
  }),
  invalid: (field: string, messages: Bilingual) =>
    new AppError('invalid', 'DONATION_INVALID', messages, { field }),
  fundProgram: (messages: Bilingual) =>
    new AppError('invalid', 'FUND_PROGRAM_INVALID', messages, { field: 'programId' }),
  fundYearExists: (year: number) =>
    new AppError(
      'conflict',
      'FUND_YEAR_EXISTS',
      { zh: `${year}年的基金年报已录入`, en: `The fund's figures for ${year} are already entered` },
      { field: 'year' },
    ),
};
