/** Fixtures for the events tests: organisers with organisations, and a filled-in event form. */
import { signedUpClient, type TestConcord } from '../../../test/app.js';
import type { Actor } from '../../platform/http/context.js';
import { admitToNetwork, createOrganization } from '../organizations/index.js';
import { utcToLocal } from './times.js';

/**
 * A signed-in person who owns a new organisation, a network member unless `member: false`
 * (only members' events may be published by their organisers).
 */
export async function organiserWithOrganization(
  concord: TestConcord,
  orgName: string,
  options: { member?: boolean } = {},
) {
  const { client, email } = await signedUpClient(concord, { name: `Organiser of ${orgName}` });
  const person = await concord.deps.db.kysely
    .selectFrom('people')
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
  const created = await createOrganization(concord.organizations, actor, {
    name: orgName,
    country: 'AZ',
    sdgs: [],
    tags: [],
    workingLanguages: [],
    socialLinks: [],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  if (options.member ?? true) {
    await admitToNetwork(concord.organizations, { actor }, created.id, 'test organiser');
  }
  return { client, actor, organization: { id: created.id, slug: created.slug } };
}

/** The event form as a browser sends it; `changes` replace fields ('' leaves one empty). */
export function eventForm(organizationId: string, changes: Record<string, string | string[]> = {}) {
  const fields: Record<string, string | string[]> = {
    kind: 'forum',
    organizers: [organizationId],
    titleAz: 'Azərbaycan QHT-lərinin Əməkdaşlıq Forumu',
    titleEn: 'Azerbaijan NGOs Cooperation Forum',
    titleRu: '',
    descriptionAz: '',
    descriptionEn: 'Hundreds of NGO representatives on **one** platform.',
    descriptionRu: '',
    timeZone: 'Asia/Baku',
    startsAt: '2027-10-20T10:00',
    endsAt: '2027-10-20T18:00',
    venueName: 'Xankəndi Konqres Mərkəzi',
    venueAddress: 'Azadlıq küçəsi 1',
    venueCity: 'Xankəndi',
    venueCountry: 'AZ',
    onlineUrl: '',
    sdgs: ['16', '17'],
    parent: '',
    series: '',
    capacity: '500',
    registrationMode: 'open',
    registrationDeadline: '',
    ...changes,
  };
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body;
}

/** The time `hours` from now on a clock in Baku, as the event form takes it ("2027-10-20T10:00"). */
export const bakuTimeIn = (hours: number) =>
  utcToLocal(new Date(Date.now() + hours * 3_600_000).toISOString(), 'Asia/Baku');

/** The slug in a redirect to an event page. */
export const slugFrom = (location: string | null) => {
  const match = /^\/events\/([^/?]+)/.exec(location ?? '');
  if (!match) throw new Error(`not an event page: ${location}`);
  return match[1]!;
};
