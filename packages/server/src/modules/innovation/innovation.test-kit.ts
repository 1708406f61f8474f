/**
 * A studio's 2019 project (创新项目) of ¥50,000, approved on 10 June 2019 and paid outside the platform on
 * 1 September: what the studios' grant tests and route cases record.
 */
export const outsideProject2019 = {
  kind: 'project',
  year: 2019,
  amountFen: 5_000_000,
  approvedOn: '2019-06-10',
  outside: true,
  paidOn: '2019-09-01',
} as const;
