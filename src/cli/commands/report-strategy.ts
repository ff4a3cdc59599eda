/** Placeholder until report lands. */

import { AppError } from '../../domain/errors.js';
import type { RunCommand } from '../command.js';

const notYet: RunCommand = async () => {
  throw new AppError('INTERNAL', 'not built yet');
};
export const run = notYet;
