/**
 * The account pages' limits through HTTP: wrong passwords and mail count, successes do not, so
 * a hall behind one address gets in and a stranger's guesses keep no owner out.
 */
import { expect, it } from 'vitest';
import { linkFromMail, type TestClient, uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  clientAt,
  expectRefused,
  freshIp,
  wrongSignIn,
} from '../../../../test/fixtures/sign-in.js';
import { type RateLimitCharge, takeRateLimitAttempt } from '../../../platform/http/rate-limit.js';
import { createConfirmedPerson } from '../index.js';
import { RATE_LIMITS } from './rate-limits.js';

describeEachEngine('sign-in, sign-up and mail limits', (engine) => {
  const concord = useConcord(engine);

  const PASSWORD = 'the owner’s own passphrase';
  async function owner() {
    const email = uniqueEmail('owner');
    await createConfirmedPerson(concord().accounts, { name: 'Owner', email, password: PASSWORD });
    return email;
  }
  const rightSignIn = (client: TestClient, email: string) =>
    client.post('/sign-in', { email, password: PASSWORD });
  /** Failures counted earlier in this window, as if `count` wrong passwords had been typed. */
  async function failedBefore(charge: RateLimitCharge, count: number) {
    const db = concord().deps.db.kysely;
    for (let i = 0; i < count; i++) await takeRateLimitAttempt(db, [charge]);
  }
  const hits = async (charge: RateLimitCharge) => {
    const windowMs = charge.rule.windowSeconds * 1000;
    const key = `${charge.rule.bucket}:${charge.subject}:${Math.floor(Date.now() / windowMs) * windowMs}`;
    const row = await concord()
      .deps.db.kysely.selectFrom('rate_limit_hits')
      .select('hits')
      .where('key', '=', key)
      .executeTakeFirst();
    return Number(row?.hits ?? 0);
  };

  it('refuses the 11th wrong password for an account from one address, not the owner elsewhere', async () => {
    const email = await owner();
    const attacker = await clientAt(concord(), freshIp(), '/sign-in');
    for (let i = 0; i < 10; i++) expect((await wrongSignIn(attacker, email)).status).toBe(422);
    expectRefused(await wrongSignIn(attacker, email));
    // However the address is written.
    expectRefused(await wrongSignIn(attacker, ` ${email.toUpperCase()}`));
    // The attacker's address may still fail on other accounts, below its own limit.
    expect((await wrongSignIn(attacker)).status).toBe(422);
    // The owner, from an address that has not failed, signs in.
    const ownerClient = await clientAt(concord(), freshIp(), '/sign-in');
    expect((await rightSignIn(ownerClient, email)).status).toBe(303);
  });

  it('does not count a successful sign-in', async () => {
    const email = await owner();
    const ip = freshIp();
    for (let i = 0; i < 12; i++) {
      const client = await clientAt(concord(), ip, '/sign-in');
      expect((await rightSignIn(client, email)).status).toBe(303);
    }
    const client = await clientAt(concord(), ip, '/sign-in');
    for (let i = 0; i < 10; i++) expect((await wrongSignIn(client, email)).status).toBe(422);
    expectRefused(await wrongSignIn(client, email));
  });

  it('refuses an address past its failures, with Retry-After; other addresses go on', async () => {
    const ip = freshIp();
    await failedBefore({ rule: RATE_LIMITS.signInFailuresPerAddress, subject: ip }, 99);
    const client = await clientAt(concord(), ip, '/sign-in');
    expect((await wrongSignIn(client)).status).toBe(422);
    expectRefused(await wrongSignIn(client));
    const email = await owner();
    expectRefused(await rightSignIn(client, email));
    const other = await clientAt(concord(), freshIp(), '/sign-in');
    expect((await rightSignIn(other, email)).status).toBe(303);
  });

  it('locks an account guessed at from many addresses until its owner resets the password', async () => {
    const email = await owner();
    await failedBefore({ rule: RATE_LIMITS.signInFailuresPerAccount, subject: email }, 50);
    const ownerClient = await clientAt(concord(), freshIp(), '/sign-in');
    const locked = await rightSignIn(ownerClient, email);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.html).toContain('Too many wrong passwords for this account.');
    expect(locked.html).toContain('Reset your password by email');

    await ownerClient.get('/forgot-password');
    expect((await ownerClient.post('/forgot-password', { email })).status).toBe(200);
    const link = await linkFromMail(concord(), email);
    await ownerClient.get(link);
    const token = new URL(link, 'http://localhost').searchParams.get('token')!;
    const newPassword = 'a passphrase after the lock';
    const reset = await ownerClient.post('/reset-password', { token, password: newPassword });
    expect(reset.status).toBe(303);
    await ownerClient.get('/sign-in');
    expect((await ownerClient.post('/sign-in', { email, password: newPassword })).status).toBe(303);
  });

  it('lets a hall of people behind one address sign up and sign in within the hour', async () => {
    // Three hundred people fit in the configured limits; what only failures and mail
    // count against cannot be used up by people who get in.
    expect(RATE_LIMITS.mailPerAddress.limit).toBeGreaterThanOrEqual(300);
    expect(RATE_LIMITS.signInFailuresPerAddress.limit).toBeGreaterThanOrEqual(100);
    const ip = freshIp();
    // Signing up 300 people through the pages takes a minute of password hashing: the hall's
    // first 290 are counted as they would have been, and the last ten go through the pages.
    await failedBefore({ rule: RATE_LIMITS.mailPerAddress, subject: ip }, 290);
    for (let i = 0; i < 10; i++) {
      const email = uniqueEmail('delegate');
      const client = await clientAt(concord(), ip, '/sign-up');
      const signedUp = await client.post('/sign-up', {
        name: `Delegate ${i}`,
        email,
        password: PASSWORD,
      });
      expect(signedUp.status).toBe(200);
      await client.get(await linkFromMail(concord(), email));
      await client.get('/sign-in');
      expect((await wrongSignIn(client, email)).status).toBe(422); // a typo, as people make
      expect((await rightSignIn(client, email)).status).toBe(303);
    }
    // Only the ten typos count against the address, and its mail is at 300 of the limit.
    expect(await hits({ rule: RATE_LIMITS.signInFailuresPerAddress, subject: ip })).toBe(10);
    expect(await hits({ rule: RATE_LIMITS.mailPerAddress, subject: ip })).toBe(300);
  });

  it('does not let malformed sign-ins from many addresses lock out one another', async () => {
    for (let i = 0; i < 12; i++) {
      const client = await clientAt(concord(), freshIp(), '/sign-in');
      const page = await client.post('/sign-in', { email: 'not-an-email', password: '' });
      expect(page.status).toBe(422);
    }
  });

  it('answers a refused sign-in in the visitor’s language: what happened, and how long to wait', async () => {
    const email = uniqueEmail('russian');
    const client = await clientAt(concord(), freshIp(), '/sign-in');
    for (let i = 0; i < 10; i++) await wrongSignIn(client, email);
    const refusedIn = async (language: string) => {
      const page = await client.request('/sign-in', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'accept-language': language,
        },
        body: new URLSearchParams({
          email,
          password: 'not the password',
          _csrf: /name="_csrf" value="([^"]+)"/.exec((await client.get('/sign-in')).html)![1]!,
        }).toString(),
      });
      expect(page.status).toBe(429);
      return { ...page, minutes: Math.ceil(Number(page.headers.get('retry-after')) / 60) };
    };
    const ru = await refusedIn('ru');
    const word = { one: 'минуту', few: 'минуты', many: 'минут' }[
      new Intl.PluralRules('ru').select(ru.minutes) as 'one' | 'few' | 'many'
    ];
    expect(ru.html).toContain('<h1>Подождите, прежде чем пробовать снова</h1>');
    expect(ru.html).toContain(`Слишком много попыток. Подождите ${ru.minutes} ${word} и`);
    expect(ru.html).not.toContain('Что-то пошло не так');
    const az = await refusedIn('az');
    expect(az.html).toContain('<h1>Yenidən cəhd etməzdən əvvəl bir az gözləyin</h1>');
    expect(az.html).toContain(`Zəhmət olmasa, ${az.minutes} dəqiqə gözləyin`);
    expect(az.html).not.toContain('Xəta baş verdi');
    expect(az.html).toContain('<title>Yenidən cəhd etməzdən əvvəl bir az gözləyin');
  });

  it('counts sign-ups as the mail they send, not the forms that fail', async () => {
    const ip = freshIp();
    const client = await clientAt(concord(), ip, '/sign-up');
    const invalid = { name: '', email: 'not-an-email', password: 'x' };
    for (let i = 0; i < 20; i++) expect((await client.post('/sign-up', invalid)).status).toBe(422);
    await failedBefore(
      { rule: RATE_LIMITS.mailPerAddress, subject: ip },
      RATE_LIMITS.mailPerAddress.limit,
    );
    const valid = { name: 'One Too Many', email: uniqueEmail(), password: PASSWORD };
    expectRefused(await client.post('/sign-up', valid));
  });

  it('refuses the 6th password reset for one address, whatever the addresses', async () => {
    const email = uniqueEmail('reset');
    for (let i = 0; i < 5; i++) {
      const client = await clientAt(concord(), freshIp(), '/forgot-password');
      expect((await client.post('/forgot-password', { email })).status).toBe(200);
    }
    const last = await clientAt(concord(), freshIp(), '/forgot-password');
    expectRefused(await last.post('/forgot-password', { email }));
    const other = await clientAt(concord(), freshIp(), '/forgot-password');
    expect((await other.post('/forgot-password', { email: uniqueEmail() })).status).toBe(200);
  });
});
