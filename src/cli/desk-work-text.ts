/** The line `dunwell demo` and `dunwell start` print about the demo floor's weeks of desk work. */
import { DESK_WORK_DAYS } from '../demo/demo-desk-work.js';
import type { LoadDemoSummary } from '../demo/load-demo.js';
import { groupThousands as n } from './group-thousands.js';

export function deskWorkLine(desk: LoadDemoSummary['desk']): string {
  return (
    `desk work in the ${DESK_WORK_DAYS} days before: ${n(desk.activities)} calls logged, ${n(desk.promises)} promises, ` +
    `${n(desk.arrangements)} arrangements, ${n(desk.payments)} payments; ` +
    `${n(desk.messagesSent)} automatic messages delivered${desk.messagesFolder ? ` to ${desk.messagesFolder}` : ''}`
  );
}
