/**
 * The directory finds places and names whatever script they were written and typed in:
 * Azerbaijani Latin, Russian Cyrillic or English (platform/search/scripts.ts). And after an
 * upgrade that folds words anew, organisations indexed before are indexed again and found.
 */
import { beforeAll, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { createOrganization, reindexOrganizations } from '../index.js';

const ORGS = [
  {
    name: 'Qarabağ Dirçəliş Birliyi',
    city: 'Bakı',
    descriptionAz: 'Məcburi köçkünlərin Şuşaya qayıdışına dəstək.',
  },
  { name: 'Шушинский культурный центр', city: 'Шуша', descriptionRu: 'Музыка и ремёсла.' },
  { name: 'Ganja Youth Hub', city: 'Ganja', descriptionEn: 'Youth clubs in Ganja.' },
  { name: 'Sahel Water Alliance', city: 'Bamako', descriptionEn: 'Water and sanitation.' },
];

describeEachEngine('directory search across scripts', (engine) => {
  const concord = useConcord(engine);
  const found = async (q: string) =>
    [
      ...(
        await concord()
          .client()
          .get(`/organizations?q=${encodeURIComponent(q)}`)
      ).html.matchAll(/<a href="\/organizations\/[^"]+"><strong>([^<]+)<\/strong>/g),
    ]
      .map((m) => m[1])
      .sort();

  beforeAll(async () => {
    const { email } = await signedUpClient(concord());
    const person = await concord()
      .deps.db.kysely.selectFrom('people')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      id: person.id,
      name: person.name,
      email,
      isAdmin: false,
      locale: null,
      sessionId: 's',
    };
    for (const org of ORGS) {
      const result = await createOrganization(concord().organizations, actor, {
        ...org,
        country: org.city === 'Bamako' ? 'ML' : 'AZ',
        sdgs: [],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
    }
    await concord()
      .deps.db.kysely.updateTable('organizations')
      .set({ membership_status: 'member' })
      .execute();
  });

  it('finds Qarabağ by Karabakh and Карабах, and Bakı by Baku and Баку', async () => {
    for (const q of ['Qarabağ', 'qarabag', 'Karabakh', 'Карабах', 'Кара', 'karab'])
      expect(await found(q), q).toEqual(['Qarabağ Dirçəliş Birliyi']);
    for (const q of ['Bakı', 'Baku', 'Баку', 'БАКУ'])
      expect(await found(q), q).toEqual(['Qarabağ Dirçəliş Birliyi']);
  });

  it('finds every spelling of a place by any other, and people’s words in English letters', async () => {
    const shusha = ['Qarabağ Dirçəliş Birliyi', 'Шушинский культурный центр'];
    for (const q of ['Şuşa', 'Shusha', 'Шуша', 'susa']) expect(await found(q), q).toEqual(shusha);
    for (const q of ['Gəncə', 'Ganja', 'Гянджа', 'gence'])
      expect(await found(q), q).toEqual(['Ganja Youth Hub']);
    // Words that name no place, in English letters: Dirçəliş is dirchalish, Шушинский shushinskiy.
    expect(await found('dirchalish')).toEqual(['Qarabağ Dirçəliş Birliyi']);
    expect(await found('shushinsk')).toEqual(['Шушинский культурный центр']);
    expect(await found('Бамако')).toEqual(['Sahel Water Alliance']);
  });

  it('indexes organisations again once when folding has changed, as after an upgrade', async () => {
    const db = concord().deps.db.kysely;
    // As an upgrade from before migration 0020 leaves it: documents folded the old way, no version.
    await db.deleteFrom('search_collections').execute();
    const ids = await db.selectFrom('organizations').select('id').execute();
    for (const { id } of ids)
      await concord().organizations.search.index(db, 'organizations', id, {
        title: ['old'],
        keywords: [],
        body: [],
      });
    expect(await found('Карабах')).toEqual([]);

    expect(await reindexOrganizations(concord().organizations)).toBe(ORGS.length);
    expect(await found('Карабах')).toEqual(['Qarabağ Dirçəliş Birliyi']);
    expect(await found('Bamako')).toEqual(['Sahel Water Alliance']);
    // Recorded: the next start indexes nothing.
    expect(await reindexOrganizations(concord().organizations)).toBe(0);
  });
});
