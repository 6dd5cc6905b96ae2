/**
 * Demo data that tells the story of the seed report: the Azerbaijan NGOs Cooperation Forum in
 * Khankendi on 20 October 2025 and the Global South NGO Platform headquartered in Baku. It grows
 * with each module: the network's member organisations, each managed by a person of its own; its
 * events and the people who came to them, the past dated as it happened and the next general
 * assembly some weeks after the day the demo loads.
 *
 * The demo loads in one transaction, through the modules' own services (their transactions
 * become savepoints in it): a load that fails half-way (a full disk, a killed process) leaves
 * nothing, and the next start loads it whole. Its first write is the demo's claim
 * (queries.ts), so that of two processes started together on a new database one loads the demo
 * and the other, having waited, finds it loaded.
 */
import { type Concord, type ConcordModules, createModules } from '../boot.js';
import {
  countPeople,
  createAdministrator,
  createConfirmedPerson,
  hashPassword,
} from '../modules/accounts/index.js';
import { updateIdentity } from '../modules/network/index.js';
import {
  admitToNetwork,
  createOrganization,
  verifyMember,
} from '../modules/organizations/index.js';
import { nowIso } from '../platform/db/ids.js';
import { inOneTransaction, isBusy } from '../platform/db/transactions.js';
import type { Actor } from '../platform/http/context.js';
import { loadDiscussions } from './discussions.js';
import { loadEvents } from './events.js';
import {
  type DemoOrganization,
  MEMBER_ORGANIZATIONS,
  STORY_ORGANIZATIONS,
} from './organizations.js';
import { localeOf } from './participants.js';
import { claimDemoLoad } from './queries.js';
import type { DemoOrg } from './quiet.js';

const ADMIN = {
  name: 'Global South NGO Platform Secretariat',
  email: 'secretariat@gsngo-platform.example',
};

/**
 * The network's identity, as the seed report names it ("the Global South NGOs Platform,
 * established with the unanimous opinion of civil societies in the Global South, where 80
 * percent of the world's population resides, has designated Baku as its permanent headquarters").
 */
export const DEMO_IDENTITY = {
  name: 'Global South NGOs Platform',
  shortName: 'Global South NGOs',
  purpose_en:
    'Civil society of the Global South, home to 80% of the world’s people, working together from its permanent headquarters in Baku.',
  purpose_az:
    'Dünya əhalisinin 80 faizinin yaşadığı Qlobal Cənubun vətəndaş cəmiyyəti Bakıdakı daimi qərargahından birgə fəaliyyət göstərir.',
  purpose_ru:
    'Гражданское общество Глобального Юга, где живут 80 % населения мира, работает вместе; постоянная штаб-квартира — в Баку.',
};

export class DemoNotEmptyError extends Error {}
/** Another process, started at the same time on the same new database, loaded the demo. */
export class DemoLoadedElsewhereError extends DemoNotEmptyError {}

/** How long a second process waits for the first one's demo before giving up. */
const WAIT_FOR_OTHER_LOAD_MS = 10 * 60_000;

/**
 * Loads the demo into an empty database and returns the administrator's one-time credentials.
 * Throws DemoLoadedElsewhereError when another process loaded it meanwhile (and printed them).
 */
export async function loadDemoData(concord: Concord) {
  if ((await countPeople(concord.deps.db.kysely)) > 0) throw notEmpty();
  // Nobody signs in as the demo's people, so they share one random password that nobody is
  // told, hashed once (and before the transaction, which holds SQLite's write lock): an
  // argon2id run for each of some 270 people was most of the load time.
  const passwordHash = await hashPassword(concord.accounts, crypto.randomUUID());
  const giveUp = Date.now() + WAIT_FOR_OTHER_LOAD_MS;
  for (;;) {
    try {
      return await inOneTransaction(concord.deps.db, async (db) => {
        if (!(await claimDemoLoad(db.kysely, nowIso()))) {
          throw new DemoLoadedElsewhereError(
            'another Concord process loaded the demo data into this database at the same time',
          );
        }
        if ((await countPeople(db.kysely)) > 0) throw notEmpty();
        return load(createModules({ ...concord.deps, db }), passwordHash);
      });
    } catch (error) {
      // Another process holds the claim (and SQLite's write lock) while it loads: wait for it.
      if (!isBusy(error) || Date.now() > giveUp) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const notEmpty = () =>
  new DemoNotEmptyError('the database is not empty; demo data goes only into a new database');

async function load(concord: ConcordModules, passwordHash: string) {
  const admin = await createAdministrator(concord.accounts, ADMIN, 'demo');
  const secretariat: Actor = {
    id: admin.id,
    name: ADMIN.name,
    email: ADMIN.email,
    isAdmin: true,
    locale: null,
    sessionId: undefined,
  };
  await updateIdentity(concord.network, { actor: secretariat }, DEMO_IDENTITY, undefined);
  const organizations = await loadOrganizations(concord, secretariat, passwordHash);
  const forum = await loadEvents(concord, organizations, passwordHash);
  // The discussions' voices are the people who own the story's organisations.
  const byName = new Map([...organizations.values()].map((org) => [org.owner.name, org.owner]));
  const forumOrg = organizations.get('Azərbaycan Milli QHT Forumu');
  if (!forumOrg) throw new Error('demo organisation missing: Azərbaycan Milli QHT Forumu');
  await loadDiscussions(concord, forum, forumOrg, secretariat, byName);
  return { email: ADMIN.email, password: admin.password! };
}

/**
 * The organisation's owner, a person of its own (their password is the demo's shared random
 * one, never told: they are there to be seen); the secretariat for the network's own.
 */
async function ownerOf(
  concord: ConcordModules,
  org: DemoOrganization,
  secretariat: Actor,
  passwordHash: string,
): Promise<Actor> {
  if (!org.owner) return secretariat;
  const person = {
    name: org.owner.name,
    email: `${org.owner.local}@${org.domain}.example`,
    locale: localeOf(org.country),
  };
  const id = await createConfirmedPerson(concord.accounts, { ...person, passwordHash });
  return { id, ...person, isAdmin: false, sessionId: undefined };
}

/** The story's organisations (verified) and the network's members, all admitted; by name. */
async function loadOrganizations(
  concord: ConcordModules,
  secretariat: Actor,
  passwordHash: string,
) {
  const validUntil = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const all = [...STORY_ORGANIZATIONS, ...MEMBER_ORGANIZATIONS];
  const created = new Map<string, DemoOrg>();
  for (const [index, org] of all.entries()) {
    const owner = await ownerOf(concord, org, secretariat, passwordHash);
    const { owner: _, domain, foundedYear, ...profile } = org;
    const made = await createOrganization(concord.organizations, owner, {
      ...profile,
      foundedYear,
      workingLanguages: ['az', 'en', 'ru'].slice(0, org.country === 'AZ' ? 3 : 1),
      socialLinks: [],
    });
    if (!made.ok)
      throw new Error(`demo organisation ${org.name}: ${JSON.stringify(made.problems)}`);
    created.set(org.name, {
      id: made.id,
      slug: made.slug,
      name: org.name,
      country: org.country,
      domain,
      owner,
    });
    await admitToNetwork(
      concord.organizations,
      { actor: secretariat },
      made.id,
      'founding member (demo data)',
    );
    if (index < STORY_ORGANIZATIONS.length) {
      await verifyMember(concord.organizations, { actor: secretariat }, made.id, {
        evidence:
          'State registration certificate and charter reviewed by the secretariat (demo data).',
        validUntil,
      });
    }
  }
  return created;
}
