import type { Command } from '../command.js';
import { accountHoldCommand, accountReleaseCommand } from './account-hold.js';
import { accountShowCommand } from './account-show.js';
import { cycleCommand } from './cycle.js';
import { initCommand } from './init.js';
import { reportAgingCommand } from './report-aging.js';

/** Every sub-command, in the order `dunwell help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  cycleCommand,
  accountShowCommand,
  accountHoldCommand,
  accountReleaseCommand,
  reportAgingCommand,
];
