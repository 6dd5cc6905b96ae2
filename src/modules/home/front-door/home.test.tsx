/**
 * The home page as the network's front door, through HTTP on both engines: the network's name
 * and purpose with the reader's next step, the next events, the latest forum with its figures
 * and the network's figures, in that order; sections with nothing to show leave no heading; a
 * section a later module offers through homeWeb's parameter takes its slot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import {
  insertTestRegistration,
  testOrganization,
  testPerson,
} from '../../../../test/fixtures/figures.js';
import { publishedEvent } from '../../../../test/fixtures/registration.js';
import { createApp } from '../../../server.js';
import { admitToNetwork } from '../../organizations/index.js';
import type { HomePageSection } from '../index.js';

const HEADINGS = {
  upcoming: '<h2 id="home-upcoming">Coming up</h2>',
  forum: '<h2 id="home-forum">The latest forum</h2>',
  network: '<h2 id="home-network-figures">The network in figures</h2>',
};

/** The position of each of `parts` in `html`, which must all be there. */
function positions(html: string, parts: string[]) {
  return parts.map((part) => {
    const at = html.indexOf(part);
    expect(at, part).toBeGreaterThan(-1);
    return at;
  });
}

describeEachEngine('home page', (engine) => {
  describe('of a network with nothing yet', () => {
    const concord = useConcord(engine);

    it('names the network and offers to join, and shows no empty section', async () => {
      const home = await concord().client().get('/');
      expect(home.status).toBe(200);
      expect(home.html).toContain('<h1 id="home-title">NGO network</h1>');
      expect(home.html).toContain('<p class="lead">The meeting place of a network of NGOs</p>');
      expect(home.html).toContain('href="/sign-up"');
      expect(home.html).toContain('href="/sign-in">Sign in</a>');
      for (const heading of Object.values(HEADINGS)) expect(home.html).not.toContain(heading);
      expect(home.html).not.toContain('<h2');
    });
  });

  describe('of a network with events and members', () => {
    const concord = useConcord(engine);
    let upcoming = '';
    let forum = '';

    beforeAll(async () => {
      const c = concord();
      const organiser = await organiserWithOrganization(c, 'Xankəndi Köçkünlərə Dəstək Birliyi');
      upcoming = (
        await publishedEvent(c, organiser, {
          kind: 'conference',
          titleEn: 'Urban Futures Conference',
          titleAz: 'Şəhər Gələcəyi Konfransı',
          startsAt: '2027-05-17T10:00',
          endsAt: '2027-05-17T18:00',
        })
      ).slug;
      const past = await publishedEvent(c, organiser, {
        startsAt: '2025-10-20T10:00',
        endsAt: '2025-10-20T18:00',
      });
      forum = past.slug;
      // A participant from a second member, in Kenya: two organisations, two countries.
      const partner = await testOrganization(c, organiser.actor, 'Nairobi Water Women', 'KE', 24);
      await admitToNetwork(c.organizations, { actor: organiser.actor }, partner, 'test');
      for (const organizationId of [organiser.organization.id, partner]) {
        await insertTestRegistration(c, {
          eventId: past.id,
          personId: await testPerson(c),
          organizationId,
          status: 'confirmed',
        });
      }
    });

    it('shows the network, its next events, its latest forum and its figures, in order', async () => {
      const { html } = await concord().client().get('/');
      const order = positions(html, [
        '<h1 id="home-title">NGO network</h1>',
        HEADINGS.upcoming,
        `<a href="/events/${upcoming}" lang="en"><strong>Urban Futures Conference</strong></a>`,
        HEADINGS.forum,
        `<a href="/events/${forum}" lang="en"><strong>Azerbaijan NGOs Cooperation Forum</strong></a>`,
        '2 participants from 2 organisations in 2 countries',
        `<a href="/events/${forum}/programme">`,
        `<a href="/events/${forum}/figures">`,
        HEADINGS.network,
        '<a href="/network/figures">See the network in figures',
      ]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(html).toContain('Xankəndi, Azerbaijan');
      // The past forum is not among the upcoming events, nor the upcoming one the forum.
      expect(html.match(new RegExp(`href="/events/${forum}"`, 'g'))).toHaveLength(1);
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toContain('href="/sign-up"');
      expect(html).not.toContain('href="/organizations/mine"');
    });

    it('leads a signed-in person to their organisations and the directory', async () => {
      const { client } = await signedUpClient(concord());
      const { html } = await client.get('/');
      expect(html).toMatch(
        /<a class="button" href="\/organizations\/mine">Your organisations<\/a>/,
      );
      expect(html).toContain('<a href="/organizations">The directory of member organisations</a>');
      expect(html).not.toContain('href="/sign-up"');
    });

    it('speaks Azerbaijani and Russian', async () => {
      const az = await concord()
        .client()
        .request('/', { headers: { 'accept-language': 'az' } });
      expect(az.html).toContain('Qarşıdakı tədbirlər');
      expect(az.html).toContain('Şəhər Gələcəyi Konfransı');
      expect(az.html).toContain('Son forum');
      expect(az.html).toContain('Rəqəmlərlə şəbəkə');
      const ru = await concord()
        .client()
        .request('/', { headers: { 'accept-language': 'ru' } });
      expect(ru.html).toContain('Ближайшие мероприятия');
      expect(ru.html).toContain('Последний форум');
      expect(ru.html).toContain('2 участника из 2 организаций в 2 странах');
      expect(ru.html).toContain('Сеть в цифрах');
    });

    it('shows a section a later module offers, in its slot', async () => {
      const c = concord();
      const statements: HomePageSection = {
        slot: 'statements',
        render: (_c, page) => (
          <section>
            <h2>{page.locale === 'en' ? 'Latest statements' : '?'}</h2>
          </section>
        ),
      };
      const nothing: HomePageSection = { slot: 'discussions', render: () => null };
      const app = createApp(c.deps, c, { homeSections: [nothing, statements] });
      const html = await (await app.request('/')).text();
      const [network, offered] = positions(html, [HEADINGS.network, '<h2>Latest statements</h2>']);
      expect(offered).toBeGreaterThan(network!);
    });
  });
});
