/** Placeholder until strategies lands. */

import { AppError } from '../../domain/errors.js';
import type { RunCommand } from '../command.js';

const notYet: RunCommand = async () => {
  throw new AppError('INTERNAL', 'not built yet');
};
export const runValidate = notYet;
export const runSubmit = notYet;
export const runApprove = notYet;
export const runReject = notYet;
export const runRollback = notYet;
export const runHistory = notYet;
export const runShow = notYet;
