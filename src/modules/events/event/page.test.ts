/**
 * The event page read on a phone (issue 12): the description and the programme come before the
 * organisations taking part, and that list folds past a dozen behind a disclosure that needs no
 * script.
 */
import { beforeAll, expect, it } from 'vitest';
import { type TestConcord, uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { addSession } from '../../../../test/fixtures/programme.js';
import { publishedEvent } from '../../../../test/fixtures/registration.js';
import { createConfirmedPerson } from '../../accounts/index.js';
import { admitToNetwork, createOrganization } from '../../organizations/index.js';
import { registerForEvent } from '../registration/service.js';
import { findEventBySlug } from './queries.js';

/**
 * `count` people, each registering on behalf of their own member organisation and choosing to
 * be listed. Made through the services: what is tested here is the page, not the forms.
 */
async function listedParticipants(concord: TestConcord, slug: string, count: number) {
  const event = (await findEventBySlug(concord.deps.db.kysely, slug))!;
  for (let n = 1; n <= count; n++) {
    const name = `Participant ${String(n).padStart(2, '0')}`;
    const email = uniqueEmail('listed');
    const id = await createConfirmedPerson(concord.accounts, {
      name,
      email,
      passwordHash: 'not a password: nobody signs in',
    });
    const actor = { id, name, email, isAdmin: false, locale: null, sessionId: 's' };
    const organization = await createOrganization(concord.organizations, actor, {
      name: `Union ${String(n).padStart(2, '0')}`,
      country: 'AZ',
      sdgs: [],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    if (!organization.ok) throw new Error(JSON.stringify(organization.problems));
    await admitToNetwork(concord.organizations, { actor }, organization.id, 'test participant');
    const registered = await registerForEvent(concord.events, actor, event, {
      onBehalfOf: organization.id,
      listed: true,
    });
    if (!registered.ok) throw new Error(JSON.stringify(registered));
  }
}

/** The names in each `<ul class="tags">` of a piece of the page, list by list. */
const tagLists = (html: string) =>
  [...html.matchAll(/<ul class="tags">([\s\S]*?)<\/ul>/g)].map((list) =>
    [...list[1]!.matchAll(/<a href="\/organizations\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]),
  );

/** The page's 'Organisations taking part' section. */
const participationSection = (html: string) =>
  /<section aria-labelledby="event-participation">[\s\S]*?<\/section>/.exec(html)?.[0];

describeEachEngine('the event page on a phone', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Xankəndi Forum Katibliyi');
  });

  it('puts the dates, the place, the description and the programme before the organisations taking part', async () => {
    const event = await publishedEvent(concord(), organiser, {
      descriptionEn: 'Hundreds of NGO representatives on one platform.',
    });
    await addSession(concord(), organiser.client, event.slug, { titleEn: 'Opening plenary' });
    await listedParticipants(concord(), event.slug, 2);

    const { html, status } = await concord().client().get(`/events/${event.slug}`);
    expect(status).toBe(200);
    const at = (text: string) => {
      const index = html.indexOf(text);
      expect(index, text).toBeGreaterThan(-1);
      return index;
    };
    const order = [
      at('<dt>When</dt>'),
      at('<dt>Where</dt>'),
      at('<p>Hundreds of NGO representatives on one platform.</p>'),
      at(`href="/events/${event.slug}/programme"`),
      at('<h2 id="event-participation">Organisations taking part</h2>'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The registration section keeps the counts; the organisations are no longer in it.
    const registration = /<section aria-labelledby="event-registration">[\s\S]*?<\/section>/.exec(
      html,
    )?.[0];
    expect(registration).toContain('2 participants registered');
    expect(registration).not.toContain('Union 01');
    expect(tagLists(participationSection(html)!)).toEqual([['Union 01', 'Union 02']]);
    expect(html).not.toContain('class="tags-more"');
  });

  it('shows the first twelve organisations and folds the rest behind "Show all"', async () => {
    const event = await publishedEvent(concord(), organiser, { titleEn: 'Assembly of thirteen' });
    await listedParticipants(concord(), event.slug, 13);

    const section = participationSection(
      (await concord().client().get(`/events/${event.slug}`)).html,
    );
    const names = Array.from({ length: 13 }, (_, n) => `Union ${String(n + 1).padStart(2, '0')}`);
    expect(tagLists(section!)).toEqual([names.slice(0, 12), names.slice(12)]);
    // The last one is inside the disclosure, after its summary.
    expect(section).toMatch(
      /<details class="tags-more"><summary>Show all 13 organisations<\/summary><ul class="tags"><li><a href="\/organizations\/[^"]+">Union 13<\/a>/,
    );

    // In the reader's language too.
    const az = await concord()
      .client()
      .request(`/events/${event.slug}`, { headers: { 'accept-language': 'az' } });
    expect(participationSection(az.html)).toContain(
      '<summary>Bütün təşkilatları göstər (13)</summary>',
    );
  });

  it('leaves out the section when nobody chose to be listed', async () => {
    const event = await publishedEvent(concord(), organiser, { titleEn: 'Quiet seminar' });
    const { html } = await concord().client().get(`/events/${event.slug}`);
    expect(participationSection(html)).toBeUndefined();
  });
});
