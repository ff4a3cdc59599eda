/**
 * Where the demo delivers its automatic messages: the file adapter, into an `outbox` folder beside the
 * embedded database (`./data/outbox` for the default `./data/dunwell.db`), or `./data/outbox` when the demo
 * runs on PostgreSQL. A real deployment configures SMTP and HTTP channels instead (README: "Templates and
 * the outbox").
 */
import { dirname, join, resolve } from 'node:path';
import { type ChannelsSetup, localChannels } from '../outbox/channels-config.js';
import type { Store } from '../store/open-database.js';

export function demoOutboxFolder(store: Pick<Store, 'engine' | 'location'>): string {
  return store.engine === 'sqlite' ? join(dirname(resolve(store.location)), 'outbox') : resolve('data', 'outbox');
}

export function demoChannels(store: Pick<Store, 'engine' | 'location'>): ChannelsSetup {
  return localChannels(demoOutboxFolder(store));
}
