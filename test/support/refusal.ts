/**
 * What a use case refused with: the AppError's typed code and message, for tests that assert the refusal
 * itself. Anything else thrown is rethrown, and a promise that resolves fails the test.
 */
import { isAppError } from '../../src/domain/errors.js';

export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}
