/**
 * The SQL behind the network's figures: counts of the public members (the organisations the
 * directory shows a visitor) by country, SDG and organisation type, and how many hold a current
 * verification. Places are counted by country here; regions and the Global South are groupings
 * of countries that the service adds up, as the directory does.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

const members = (db: Db) =>
  db.selectFrom('organizations as o').where('o.membership_status', '=', 'member');

export const countMembersByCountry = (db: Db) =>
  members(db)
    .select(['o.country', (eb) => eb.fn.countAll().as('n')])
    .groupBy('o.country')
    .execute();

/** An organisation counts once for each SDG it works on. */
export const countMembersBySdg = (db: Db) =>
  members(db)
    .innerJoin('organization_sdgs as s', 's.organization_id', 'o.id')
    .select(['s.sdg', (eb) => eb.fn.countAll().as('n')])
    .groupBy('s.sdg')
    .execute();

/** By IATI organisation type; members that gave none are counted under null. */
export const countMembersByIatiType = (db: Db) =>
  members(db)
    .select(['o.iati_type', (eb) => eb.fn.countAll().as('n')])
    .groupBy('o.iati_type')
    .execute();

/**
 * Members whose current verification (the newest one not revoked) holds through `today`
 * (YYYY-MM-DD, the instance's calendar day), as the profile badge judges it: its last day is
 * kept on the organisation's row by triggers (migrations/0010_directory_indexes.ts).
 */
export const countVerifiedMembers = async (db: Db, today: string) =>
  Number(
    (
      await db
        .withTables<{ organizations: { verified_until: string | null } }>()
        .selectFrom('organizations as o')
        .where('o.membership_status', '=', 'member')
        .where('o.verified_until', '>=', today)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
