/** Payments to people before the platform, brought in from their register (ADR 74). */
export {
  createPastPaymentsRegister,
  PAST_PAYMENTS_REGISTER,
  type PastPaymentCounts,
} from './past-payments.register.ts';
export { PastPaymentsImportResult, pastPaymentsRoutes } from './past-payments.routes.ts';
