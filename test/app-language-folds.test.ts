/**
 * Forms with a field per language (issue 12, item 3), through HTTP on both engines: the field in
 * the reader's language comes first and open, the others are folded in "Other languages: …",
 * and a fold opens when a field inside has an error, or when the text is only in the other
 * languages. The organisation form folds its details most people add later the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, type TestClient, useConcord } from './app.js';
import { describeEachEngine } from './engines.js';
import { eventForm, organiserWithOrganization } from './fixtures/events.js';
import { sessionForm } from './fixtures/programme.js';
import { publishedEvent } from './fixtures/registration.js';

type Fold = { open: boolean; summary: string; fields: string[] };

/** The folds of a page, in order: open or not, their summary, the names of the fields inside. */
function folds(html: string): Fold[] {
  return [
    ...html.matchAll(
      /<details class="fold"( open="")?><summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/g,
    ),
  ].map((m) => ({
    open: Boolean(m[1]),
    summary: m[2]!,
    // A checkbox group's boxes share one name.
    fields: [...new Set([...m[3]!.matchAll(/ name="([^"]+)"/g)].map((n) => n[1]!))],
  }));
}

/** The fold holding `field`; fails when the field is not folded. */
function foldOf(html: string, field: string) {
  const fold = folds(html).find((f) => f.fields.includes(field));
  if (!fold) throw new Error(`${field} is not in a fold`);
  return fold;
}

/** The reader's field comes before the fold of the other languages and is not inside one. */
function expectFirstAndOpen(html: string, field: string, others: string[]) {
  const at = html.indexOf(` name="${field}"`);
  expect(at, `${field} is on the page`).toBeGreaterThan(-1);
  expect(
    folds(html).some((f) => f.fields.includes(field)),
    `${field} is folded`,
  ).toBe(false);
  const fold = foldOf(html, others[0]!);
  expect(fold.fields).toEqual(others);
  expect(at).toBeLessThan(html.indexOf(` name="${others[0]}"`));
  return fold;
}

const EN_OTHERS = 'Other languages: Azerbaijani, Russian';

describeEachEngine('fields per language, the reader’s first', (engine) => {
  const concord = useConcord(engine);

  /** A signed-in person reading in `locale`, as the language switch in the footer sets it. */
  async function reader(locale: 'en' | 'az' | 'ru') {
    const { client } = await signedUpClient(concord());
    await client.get('/');
    expect((await client.post('/locale', { locale, next: '/' })).status).toBe(303);
    return client;
  }

  describe('the organisation form', () => {
    it('shows the name and description in English first and folds Azerbaijani and Russian', async () => {
      const page = await (await reader('en')).get('/organizations/new');
      expect(page.status).toBe(200);
      const names = expectFirstAndOpen(page.html, 'nameEn', ['nameAz', 'nameRu']);
      expect(names).toMatchObject({ open: false, summary: EN_OTHERS });
      const descriptions = expectFirstAndOpen(page.html, 'descriptionEn', [
        'descriptionAz',
        'descriptionRu',
      ]);
      expect(descriptions).toMatchObject({ open: false, summary: EN_OTHERS });
      // The field in each language says which it is, for spelling and for screen readers.
      expect(/<input id="field-nameRu"[^>]* lang="ru"/.test(page.html)).toBe(true);
      // What most people add later is folded too, and every fold is closed on a new form.
      expect(folds(page.html).map((f) => [f.summary, f.fields, f.open])).toEqual([
        [EN_OTHERS, ['nameAz', 'nameRu'], false],
        [
          'Registration details',
          ['legalForm', 'registrationNumber', 'registeringAuthority', 'foundedYear'],
          false,
        ],
        ['Website, email and phone', ['website', 'email', 'phone', 'socialLinks'], false],
        [EN_OTHERS, ['descriptionAz', 'descriptionRu'], false],
        ['Goals, themes and languages', ['sdgs', 'tags', 'workingLanguages'], false],
        ['IATI, for funders’ reporting', ['iatiIdentifier', 'iatiType'], false],
      ]);
    });

    it('puts Azerbaijani first for a reader in Azerbaijani, and Russian for one in Russian', async () => {
      const az = await (await reader('az')).get('/organizations/new');
      const inAz = expectFirstAndOpen(az.html, 'nameAz', ['nameEn', 'nameRu']);
      expect(inAz.summary).toBe('Digər dillər: ingilis dili, rus dili');
      expectFirstAndOpen(az.html, 'descriptionAz', ['descriptionEn', 'descriptionRu']);
      const ru = await (await reader('ru')).get('/organizations/new');
      const inRu = expectFirstAndOpen(ru.html, 'nameRu', ['nameEn', 'nameAz']);
      expect(inRu.summary).toBe('Другие языки: английский, азербайджанский');
    });

    it('opens the fold that holds an error, and only that one', async () => {
      const client = await reader('en');
      await client.get('/organizations/new');
      const page = await client.post('/organizations', {
        name: 'Qarabağ Gənclər Birliyi',
        country: 'AZ',
        nameRu: 'Я'.repeat(201),
        foundedYear: 'long ago',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('<a href="#field-nameRu">');
      expect(foldOf(page.html, 'nameRu').open).toBe(true);
      expect(foldOf(page.html, 'foundedYear').open).toBe(true);
      // The value typed in the fold comes back with its error.
      expect(page.html).toContain(`value="${'Я'.repeat(201)}"`);
      expect(foldOf(page.html, 'descriptionRu').open).toBe(false);
      expect(foldOf(page.html, 'website').open).toBe(false);
      expect(foldOf(page.html, 'iatiType').open).toBe(false);
    });

    it('opens the other languages on the edit form when the text is only in them', async () => {
      const client = await reader('en');
      await client.get('/organizations/new');
      const created = await client.post('/organizations', {
        name: 'Şuşa Qadınlar Şurası',
        nameEn: 'Shusha Women’s Council',
        country: 'AZ',
        descriptionAz: 'Şuşada qadınların təşəbbüslərini dəstəkləyir.',
        legalForm: 'İctimai birlik',
      });
      expect(created.status).toBe(303);
      const slug = created.location!.split('?')[0]!;
      const edit = await client.get(`${slug}/edit`);
      expect(edit.status).toBe(200);
      // The description is only in Azerbaijani: an English reader sees it rather than a blank.
      expect(foldOf(edit.html, 'descriptionAz').open).toBe(true);
      // The name is in English too: its other languages stay folded, as do the details.
      expect(foldOf(edit.html, 'nameAz').open).toBe(false);
      expect(foldOf(edit.html, 'legalForm').open).toBe(false);
      expect(edit.html).toContain('value="İctimai birlik"');
    });
  });

  describe('the event, session and room forms', () => {
    let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
    let slug: string;

    beforeAll(async () => {
      organiser = await organiserWithOrganization(concord(), 'Laçın Gənclər Mərkəzi');
      ({ slug } = await publishedEvent(concord(), organiser));
    });

    it('folds the titles and descriptions in other languages, and opens them on an error', async () => {
      const page = await organiser.client.get('/events/new');
      const titles = expectFirstAndOpen(page.html, 'titleEn', ['titleAz', 'titleRu']);
      expect(titles).toMatchObject({ open: false, summary: EN_OTHERS });
      expectFirstAndOpen(page.html, 'descriptionEn', ['descriptionAz', 'descriptionRu']);

      const refused = await organiser.client.post(
        '/events',
        eventForm(organiser.organization.id, { titleRu: 'Ф'.repeat(201) }),
      );
      expect(refused.status).toBe(422);
      expect(foldOf(refused.html, 'titleRu').open).toBe(true);
      expect(foldOf(refused.html, 'descriptionRu').open).toBe(false);

      // Editing an event titled in Azerbaijani and English: its Azerbaijani title stays folded.
      const edit = await organiser.client.get(`/events/${slug}/edit`);
      expect(foldOf(edit.html, 'titleAz').open).toBe(false);
    });

    it('folds the session’s titles, descriptions, track and topics, and opens them on an error', async () => {
      const path = `/events/${slug}/programme/sessions`;
      const page = await organiser.client.get(`${path}/new`);
      expect(page.status).toBe(200);
      for (const name of ['title', 'description', 'track', 'tags']) {
        const fold = expectFirstAndOpen(page.html, `${name}En`, [`${name}Az`, `${name}Ru`]);
        expect(fold).toMatchObject({ open: false, summary: EN_OTHERS });
      }
      const refused = await organiser.client.post(
        path,
        sessionForm({ track: 'Return', trackAz: 'Q'.repeat(81) }),
      );
      expect(refused.status).toBe(422);
      expect(foldOf(refused.html, 'trackAz').open).toBe(true);
      expect(foldOf(refused.html, 'titleAz').open).toBe(false);
      expect(foldOf(refused.html, 'tagsAz').open).toBe(false);
    });

    it('folds a room’s name in other languages, and opens it on an error', async () => {
      const rooms = `/events/${slug}/programme/rooms`;
      const page = await organiser.client.get(rooms);
      expect(expectFirstAndOpen(page.html, 'nameEn', ['nameAz', 'nameRu']).open).toBe(false);
      const refused = await organiser.client.post(rooms, {
        name: 'Hall A',
        nameRu: 'З'.repeat(101),
        capacity: '',
      });
      expect(refused.status).toBe(422);
      expect(foldOf(refused.html, 'nameRu').open).toBe(true);
    });
  });

  describe('the network’s identity', () => {
    let admin: TestClient;
    beforeAll(async () => {
      ({ client: admin } = await adminClient(concord()));
    });

    it('asks the purpose in the reader’s language first and opens the others when one is missing', async () => {
      const page = await admin.get('/admin/network');
      expect(page.status).toBe(200);
      const purposes = expectFirstAndOpen(page.html, 'purpose_en', ['purpose_az', 'purpose_ru']);
      expect(purposes.summary).toBe(EN_OTHERS);

      const form = new FormData();
      form.set('_csrf', /name="_csrf" value="([^"]+)"/.exec(page.html)![1]!);
      for (const [name, value] of Object.entries({
        name: 'Global South NGOs Platform',
        shortName: 'Global South NGOs',
        purpose_en: 'Civil society of the Global South, working together.',
        purpose_az: 'Qlobal Cənubun vətəndaş cəmiyyəti birgə çalışır.',
        purpose_ru: '',
      }))
        form.set(name, value);
      form.set('logo', new File([], '', { type: 'application/octet-stream' }));
      const refused = await admin.request('/admin/network', { method: 'POST', body: form });
      expect(refused.status).toBe(422);
      expect(foldOf(refused.html, 'purpose_ru').open).toBe(true);
    });
  });
});
