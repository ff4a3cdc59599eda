import type { Command } from '../command.js';
import { accountHoldCommand, accountReleaseCommand } from './account-hold.js';
import { accountShowCommand } from './account-show.js';
import { cycleCommand } from './cycle.js';
import { demoCommand } from './demo.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { portfolioListCommand, portfolioSetCommand } from './portfolio.js';
import { reportAgingCommand } from './report-aging.js';
import { startCommand } from './start.js';

/** Every sub-command, in the order `dunwell help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  startCommand,
  importCommand,
  cycleCommand,
  demoCommand,
  accountShowCommand,
  accountHoldCommand,
  accountReleaseCommand,
  portfolioListCommand,
  portfolioSetCommand,
  reportAgingCommand,
];
