/**
 * The organisers' list of a large event through HTTP, on both engines: the overview shows each
 * status's count and first rows, and a long status has its own pages, so that no page of a
 * forum of hundreds grows past issue 12's weight budget.
 */
import { beforeAll, expect, it } from 'vitest';
import { uniqueEmail, useConcord } from '../../../../../test/app.js';
import { describeEachEngine } from '../../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../../test/fixtures/events.js';
import { insertTestRegistration } from '../../../../../test/fixtures/figures.js';
import { publishedEvent } from '../../../../../test/fixtures/registration.js';
import { createConfirmedPerson, hashPassword } from '../../../accounts/index.js';
import { OVERVIEW_ROWS, STATUS_PAGE_ROWS } from './service.js';

const CONFIRMED = 130;
const rowsOf = (html: string) =>
  [...html.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
const hrefOf = (html: string, text: string) =>
  new RegExp(`<a href="([^"]+)">${text.replace(/[()]/g, '\\$&')}</a>`)
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&');

describeEachEngine('the participants of a large event', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let slug = '';

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Xankəndi Forum Təşkilatçıları');
    const event = await publishedEvent(concord(), organiser);
    slug = event.slug;
    // One hash for everyone: an argon2 run per person would be most of the test's time.
    const passwordHash = await hashPassword(concord().accounts, 'participant passphrase');
    const register = async (name: string, status: 'confirmed' | 'waitlisted') => {
      const personId = await createConfirmedPerson(concord().accounts, {
        name,
        email: uniqueEmail('participant'),
        passwordHash,
      });
      await insertTestRegistration(concord(), {
        eventId: event.id,
        personId,
        organizationId: null,
        status,
      });
    };
    for (let i = 1; i <= CONFIRMED; i++)
      await register(`Participant ${String(i).padStart(3, '0')}`, 'confirmed');
    for (const name of ['Waiting One', 'Waiting Two']) await register(name, 'waitlisted');
  }, 120_000);

  it('shows every status with its count and its first rows, and links a long one to its pages', async () => {
    const page = await organiser.client.get(`/events/${slug}/participants`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`Confirmed (${CONFIRMED})`);
    expect(page.html).toContain('On the waiting list (2)');
    const rows = rowsOf(page.html);
    expect(rows).toHaveLength(OVERVIEW_ROWS + 2);
    expect(rows.slice(0, 2)).toEqual(['Participant 001', 'Participant 002']);
    expect(rows.slice(-2)).toEqual(['Waiting One', 'Waiting Two']);
    expect(hrefOf(page.html, `All registrations with this status (${CONFIRMED})`)).toBe(
      `/events/${slug}/participants?status=confirmed`,
    );
    // The waiting list is whole on the overview: no link to its pages.
    expect(page.html.match(/All registrations with this status/g)).toHaveLength(1);
  });

  it('pages through one status in queue order, and leads back to the overview', async () => {
    const first = await organiser.client.get(`/events/${slug}/participants?status=confirmed`);
    expect(first.status).toBe(200);
    expect(first.html).not.toContain('On the waiting list');
    expect(hrefOf(first.html, 'Back to the participants')).toBe(`/events/${slug}/participants`);
    const firstRows = rowsOf(first.html);
    expect(firstRows).toHaveLength(STATUS_PAGE_ROWS);
    expect(firstRows.at(-1)).toBe(`Participant ${STATUS_PAGE_ROWS}`);

    const next = hrefOf(first.html, 'Next page');
    expect(next).toMatch(new RegExp(`^/events/${slug}/participants\\?status=confirmed&after=`));
    const second = await organiser.client.get(next!);
    const secondRows = rowsOf(second.html);
    expect(secondRows).toHaveLength(CONFIRMED - STATUS_PAGE_ROWS);
    expect(secondRows[0]).toBe(`Participant ${STATUS_PAGE_ROWS + 1}`);
    expect(hrefOf(second.html, 'Next page')).toBeUndefined();
  });

  it('reads a cursor or a status that is not its own as the first page or the overview', async () => {
    const edited = await organiser.client.get(
      `/events/${slug}/participants?status=confirmed&after=not-a-cursor`,
    );
    expect(rowsOf(edited.html)[0]).toBe('Participant 001');
    const unknown = await organiser.client.get(`/events/${slug}/participants?status=everyone`);
    expect(unknown.status).toBe(200);
    expect(rowsOf(unknown.html)).toHaveLength(OVERVIEW_ROWS + 2);
  });
});
