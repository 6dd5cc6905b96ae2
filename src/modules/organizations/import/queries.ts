/** The SQL of organisation imports: the jobs, and finding the organisations a file names. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { ImportStatus, ImportTables } from './tables.js';
import './tables.js';

type Db = Kysely<Database>;
export type ImportRow = ImportTables['organization_imports'];

export const insertImport = (db: Db, row: ImportRow) =>
  db.insertInto('organization_imports').values(row).execute();

export const findImport = (db: Db, id: string) =>
  db.selectFrom('organization_imports').selectAll().where('id', '=', id).executeTakeFirst();

/** Changes a job, only while it is in one of `from`; returns how many rows changed (0 or 1). */
export const updateImport = async (
  db: Db,
  id: string,
  from: readonly ImportStatus[],
  values: Partial<ImportRow>,
) =>
  Number(
    (
      await db
        .updateTable('organization_imports')
        .set(values)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** The newest jobs, without their files. */
export const listRecentImports = (db: Db, limit: number) =>
  db
    .selectFrom('organization_imports')
    .select([
      'id',
      'file_name',
      'status',
      'mode',
      'total_rows',
      'error_rows',
      'created_count',
      'updated_count',
      'unchanged_count',
      'created_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** The file of each import with these ids, for the audit log; unknown ids are left out. */
export const findImportFiles = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('organization_imports')
        .select(['id', 'file_name'])
        .where('id', 'in', [...ids])
        .execute();

/** Whether any person holds the organisation (as owner, admin or member): 1 or true if so. */
const held = (eb: ExpressionBuilder<Database, 'organizations'>) =>
  eb
    .exists(
      eb
        .selectFrom('organization_members')
        .select('organization_members.person_id')
        .whereRef('organization_members.organization_id', '=', 'organizations.id'),
    )
    .as('held');

/** Organisations holding any of these IATI identifiers or registration numbers (any country). */
export const findOrganizationsByKeys = (
  db: Db,
  keys: { iatiIdentifiers: string[]; registrationNumbers: string[] },
) =>
  db
    .selectFrom('organizations')
    .select([
      'id',
      'slug',
      'name',
      'membership_status',
      'iati_identifier',
      'country',
      'registration_number',
      held,
    ])
    .where((eb) =>
      eb.or([
        eb('iati_identifier', 'in', keys.iatiIdentifiers.length ? keys.iatiIdentifiers : ['']),
        eb(
          'registration_number',
          'in',
          keys.registrationNumbers.length ? keys.registrationNumbers : [''],
        ),
      ]),
    )
    .orderBy('id')
    .execute();

/** The organisations one row names: by IATI identifier, or by registration number in a country. */
export const findImportMatches = (
  db: Db,
  key: {
    iatiIdentifier?: string | undefined;
    country: string;
    registrationNumber?: string | undefined;
  },
) =>
  db
    .selectFrom('organizations')
    .selectAll()
    .select(held)
    .where((eb) =>
      eb.or([
        ...(key.iatiIdentifier ? [eb('iati_identifier', '=', key.iatiIdentifier)] : []),
        ...(key.registrationNumber
          ? [
              eb.and([
                eb('country', '=', key.country),
                eb('registration_number', '=', key.registrationNumber),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy('id')
    .limit(2)
    .execute();
