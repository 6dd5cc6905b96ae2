/**
 * Prepares a benchmark database in its own process (so the load generator's process stays
 * clean): boots Concord on DATA_DIR / DATABASE_URL as `serve` would (migrations included),
 * creates a confirmed person, signs them in and prints the session cookie as one JSON line:
 * {"cookie":"concord.session_token=…"}.
 *
 * Run with: node --import tsx bench/servers/seed.ts (environment as for `concord serve`).
 */
import { bootConcord } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { createLogger } from '../../src/platform/log.js';

const concord = await bootConcord(loadConfig(), createLogger('warn'));
try {
  const email = 'bench.person@example.org';
  const password = 'correct horse battery staple';
  await createConfirmedPerson(concord.accounts, { name: 'Bench Person', email, password });
  const { headers } = await concord.accounts.auth.api.signInEmail({
    body: { email, password, rememberMe: true },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!.trim())
    .filter((pair) => pair.startsWith('concord.'))
    .join('; ');
  if (!cookie.includes('concord.session_token=')) throw new Error('sign-in gave no session cookie');
  process.stdout.write(`${JSON.stringify({ cookie })}\n`);
} finally {
  await concord.close();
}
