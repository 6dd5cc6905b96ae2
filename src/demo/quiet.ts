/** What the demo's parts share: its organisations with their owners, and a module that mails nobody. */
import type { Events } from '../modules/events/index.js';
import type { Actor } from '../platform/http/context.js';

export type DemoOrg = {
  id: string;
  slug: string;
  name: string;
  country: string;
  /** Its people's addresses are at `<domain>.example`. */
  domain: string;
  owner: Actor;
};

/**
 * The demo's people have addresses at .example domains, where nothing can be delivered: their
 * registrations queue no mail (an operator with SMTP configured would otherwise send hundreds
 * of bounces on the first start), and their mails' QR codes are not even drawn.
 */
export const quiet = <M extends Pick<Events, 'deps'>>(module: M): M => ({
  ...module,
  deps: {
    ...module.deps,
    mailer: { ...module.deps.mailer, discards: true, queue: async () => {} },
  },
});
