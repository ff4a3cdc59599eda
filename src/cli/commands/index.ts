import type { Command } from '../command.js';
import { initCommand } from './init.js';

/** Every sub-command, in the order `dunwell help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand];
