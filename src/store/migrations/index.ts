import { foundation } from './001-foundation.js';
import { hardenedLedger } from './002-hardened-ledger.js';
import { ledgerPartitions } from './003-ledger-partitions.js';
import { accountLookupIndex } from './004-account-lookup-index.js';
import { roomForUpdates } from './005-room-for-updates.js';
import { collectionEngine } from './006-collection-engine.js';
import { workingAnAccount } from './007-working-an-account.js';
import { lawfulByConstruction } from './008-lawful-by-construction.js';
import type { Migration } from './migration.js';

/** Every migration, in order. Append new ones; never edit or reorder a released one. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  hardenedLedger,
  ledgerPartitions,
  accountLookupIndex,
  roomForUpdates,
  collectionEngine,
  workingAnAccount,
  lawfulByConstruction,
];
