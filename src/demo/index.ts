/**
 * Demo data that tells the story of the seed report: the Azerbaijan NGOs Cooperation Forum in
 * Khankendi on 20 October 2025 and the Global South NGO Platform headquartered in Baku. It grows
 * with each module; for now it holds the people who appear in that story.
 */
import type { Concord } from '../boot.js';
import {
  countPeople,
  createAdministrator,
  createConfirmedPerson,
} from '../modules/accounts/index.js';
import type { Locale } from '../platform/i18n/index.js';

const ADMIN = {
  name: 'Global South NGO Platform Secretariat',
  email: 'secretariat@gsngo-platform.example',
};

/** People of the story; their passwords are random and never printed: they are there to be seen. */
const PEOPLE = [
  { name: 'Khatira Valiyeva', email: 'khatira.valiyeva@khankendi-idp.example', locale: 'az' },
  { name: 'Azerbaijan National NGO Forum', email: 'office@ngo-forum.example', locale: 'az' },
  { name: 'Amina Diallo', email: 'amina.diallo@sahel-women.example', locale: 'en' },
  { name: 'Rahul Menon', email: 'rahul.menon@kerala-water.example', locale: 'en' },
  { name: 'Айгерим Сапарова', email: 'aigerim@steppe-ngo.example', locale: 'ru' },
] satisfies { name: string; email: string; locale: Locale }[];

export class DemoNotEmptyError extends Error {}

/** Loads the demo into an empty database and returns the administrator's one-time credentials. */
export async function loadDemoData(concord: Concord) {
  const { accounts } = concord;
  if ((await countPeople(concord.deps.db.kysely)) > 0) {
    throw new DemoNotEmptyError(
      'the database is not empty; demo data goes only into a new database',
    );
  }
  const admin = await createAdministrator(accounts, ADMIN);
  for (const person of PEOPLE) {
    await createConfirmedPerson(accounts, { ...person, password: crypto.randomUUID() });
  }
  return { email: ADMIN.email, password: admin.password! };
}
