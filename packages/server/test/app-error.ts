import { expect } from 'vitest';
import { AppError } from '../src/shared/errors.ts';

/** Runs fn and returns the AppError it throws (fails the test when it does not throw one). */
export async function appError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  expect.fail('expected an AppError');
}
