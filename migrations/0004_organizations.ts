/**
 * Organisations: profiles, the people who act for them, their focus areas (SDGs) and tags.
 * Translatable text is a JSON object per field, { "az": …, "en": …, "ru": … } (decision 004).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('acronym', 'text')
    .addColumn('legal_form', 'text')
    .addColumn('registration_number', 'text')
    .addColumn('registering_authority', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('founded_year', 'integer')
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('working_languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('social_links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('iati_identifier', 'text', (c) => c.unique())
    .addColumn('iati_type', 'integer')
    .addColumn('membership_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`membership_status in ('none', 'applied', 'member', 'rejected', 'suspended')`),
    )
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'organizations_founded_year',
      sql`founded_year is null or founded_year between 1800 and 2100`,
    )
    .execute();
  await db.schema
    .createIndex('organizations_country')
    .on('organizations')
    .column('country')
    .execute();
  await db.schema
    .createIndex('organizations_membership_status')
    .on('organizations')
    .columns(['membership_status', 'name'])
    .execute();

  await db.schema
    .createTable('organization_members')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'admin', 'member')`))
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organization_members_pk', ['organization_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('organization_members_person')
    .on('organization_members')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('organization_sdgs')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('sdg', 'integer', (c) => c.notNull().check(sql`sdg between 1 and 17`))
    .addPrimaryKeyConstraint('organization_sdgs_pk', ['organization_id', 'sdg'])
    .execute();
  await db.schema
    .createIndex('organization_sdgs_sdg')
    .on('organization_sdgs')
    .columns(['sdg', 'organization_id'])
    .execute();

  await db.schema
    .createTable('organization_tags')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organization_tags_pk', ['organization_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('organization_tags_tag')
    .on('organization_tags')
    .columns(['tag', 'organization_id'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  for (const table of [
    'organization_tags',
    'organization_sdgs',
    'organization_members',
    'organizations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
