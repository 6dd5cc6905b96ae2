/**
 * The rules of organisations: creating and editing profiles, and the people who act for them
 * (owners, admins, members). An organisation always keeps at least one owner: the database
 * refuses to remove the last one (migration 0016), and every change here that could runs in a
 * transaction that locks the owners first, to say why before the database has to.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { allocateSlug } from '../../../platform/db/slugs.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import { type Invalid, invalid, type Refused, refused } from '../../../platform/outcome.js';
import type { Organizations } from '../context.js';
import type { OrganizationScope } from '../policy.js';
import type {
  MembershipStatus,
  OrganizationRole,
  OrganizationRow,
  OrganizationTables,
} from '../tables.js';
import * as q from './queries.js';
import type { OrganizationProfileInput } from './schema.js';
import { ORGANIZATIONS_COLLECTION, searchFields } from './search.js';

/** The row values a profile form sets (everything but identity, status and timestamps). */
export function profileValues(input: OrganizationProfileInput) {
  const translations = (az?: string, en?: string, ru?: string) =>
    JSON.stringify(Object.fromEntries(Object.entries({ az, en, ru }).filter(([, v]) => v)));
  return {
    name: input.name,
    name_translations: translations(input.nameAz, input.nameEn, input.nameRu),
    acronym: input.acronym ?? null,
    legal_form: input.legalForm ?? null,
    registration_number: input.registrationNumber ?? null,
    registering_authority: input.registeringAuthority ?? null,
    country: input.country,
    city: input.city ?? null,
    founded_year: input.foundedYear ?? null,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    description: translations(input.descriptionAz, input.descriptionEn, input.descriptionRu),
    working_languages: JSON.stringify(input.workingLanguages),
    social_links: JSON.stringify(input.socialLinks),
    iati_identifier: input.iatiIdentifier ?? null,
    iati_type: input.iatiType ?? null,
  };
}

/** Words that are pages under /organizations/, so no organisation may take them as its slug. */
const RESERVED_SLUGS = new Set(['new', 'mine', 'acting', 'export']);

/**
 * Inserts a new organisation's row under a free, readable slug (the acronym and country, or the
 * name, in Latin letters; numbered when taken) and returns the slug.
 */
export function insertOrganizationWithSlug(
  tx: Kysely<Database>,
  input: OrganizationProfileInput,
  row: Omit<OrganizationTables['organizations'], 'slug'>,
) {
  return allocateSlug(tx, {
    text:
      input.acronym && input.acronym.length >= 2 ? `${input.acronym} ${input.country}` : input.name,
    maxLength: 60,
    fallback: 'organisation',
    reserved: RESERVED_SLUGS,
    taken: (slug) => q.slugTaken(tx, slug),
    insert: (slug) => q.insertOrganization(tx, { ...row, slug }),
  });
}

async function iatiIdentifierTaken(
  db: Kysely<Database>,
  identifier: string | undefined,
  exceptId?: string,
) {
  if (!identifier) return false;
  const found = await q.findOrganizationByIatiIdentifier(db, identifier);
  return found !== undefined && found.id !== exceptId;
}

/** Another organisation in the same country holds this registration number. */
async function registrationNumberTaken(
  db: Kysely<Database>,
  input: OrganizationProfileInput,
  exceptId?: string,
) {
  if (!input.registrationNumber) return false;
  const found = await q.findOrganizationByRegistrationNumber(
    db,
    input.country,
    input.registrationNumber,
  );
  return found !== undefined && found.id !== exceptId;
}

const IATI_IDENTIFIER_TAKEN = invalid('iatiIdentifier', 'validation.org.iatiIdentifier.taken');
const REGISTRATION_NUMBER_TAKEN = invalid(
  'registrationNumber',
  'validation.org.registrationNumber.taken',
);

/**
 * Sets an organisation's SDGs and tags and refreshes its search entry from a profile, in the
 * caller's transaction: what every write of a profile does after its row (an import's too).
 */
export async function writeClassification(
  ctx: Organizations,
  tx: Kysely<Database>,
  organizationId: string,
  input: OrganizationProfileInput,
) {
  await q.replaceSdgs(tx, organizationId, input.sdgs);
  await q.replaceTags(tx, organizationId, input.tags);
  await ctx.search.index(tx, ORGANIZATIONS_COLLECTION, organizationId, searchFields(input));
}

/**
 * Writes a profile over an organisation's row, its SDGs, tags and search entry, in the caller's
 * transaction; `row` sets what a profile does not (the time, and for an import the status).
 */
export async function rewriteProfile(
  ctx: Organizations,
  tx: Kysely<Database>,
  organizationId: string,
  input: OrganizationProfileInput,
  row: { membership_status?: MembershipStatus; updated_at: string },
) {
  await q.updateOrganization(tx, organizationId, { ...profileValues(input), ...row });
  await writeClassification(ctx, tx, organizationId, input);
}

/** An organisation's SDGs and tags, read in the caller's transaction. */
export async function classificationOf(tx: Kysely<Database>, organizationId: string) {
  const [sdgs, tags] = await Promise.all([
    q.listSdgs(tx, organizationId),
    q.listTags(tx, organizationId),
  ]);
  return { sdgs, tags };
}

/** A person's membership of an organisation (their role), read in the caller's transaction. */
export const membershipOf = (tx: Kysely<Database>, organizationId: string, personId: string) =>
  q.findMembership(tx, organizationId, personId);

/** The field a racing writer took between the check and the insert, named by its constraint. */
function takenField(error: unknown, input: OrganizationProfileInput): Invalid | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const message = (error as Error).message;
  if (/organizations_registration|organizations\.registration_number/.test(message)) {
    return REGISTRATION_NUMBER_TAKEN;
  }
  if (input.iatiIdentifier) return IATI_IDENTIFIER_TAKEN;
  return undefined;
}

/** Creates an organisation; its creator becomes its first owner. */
export async function createOrganization(
  ctx: Organizations,
  actor: Actor,
  input: OrganizationProfileInput,
): Promise<{ ok: true; id: string; slug: string } | Invalid> {
  const db = ctx.deps.db.kysely;
  if (await iatiIdentifierTaken(db, input.iatiIdentifier)) return IATI_IDENTIFIER_TAKEN;
  if (await registrationNumberTaken(db, input)) return REGISTRATION_NUMBER_TAKEN;
  const id = newId();
  const now = nowIso();
  try {
    const slug = await db.transaction().execute(async (tx) => {
      const slug = await insertOrganizationWithSlug(tx, input, {
        id,
        ...profileValues(input),
        membership_status: 'none',
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      });
      await q.insertMember(tx, {
        organization_id: id,
        person_id: actor.id,
        role: 'owner',
        listed: 1,
        created_at: now,
        updated_at: now,
      });
      await writeClassification(ctx, tx, id, input);
      await recordAudit(tx, {
        action: 'organization.create',
        actor: auditActor(actor),
        subject: { type: 'organization', id },
      });
      return slug;
    });
    return { ok: true, id, slug };
  } catch (error) {
    // A racing writer took a key between the check and the insert.
    const taken = takenField(error, input);
    if (taken) return taken;
    throw error;
  }
}

export async function updateOrganizationProfile(
  ctx: Organizations,
  actor: Actor,
  organization: OrganizationRow,
  input: OrganizationProfileInput,
): Promise<{ ok: true } | Invalid> {
  const db = ctx.deps.db.kysely;
  if (await iatiIdentifierTaken(db, input.iatiIdentifier, organization.id)) {
    return IATI_IDENTIFIER_TAKEN;
  }
  if (await registrationNumberTaken(db, input, organization.id)) return REGISTRATION_NUMBER_TAKEN;
  try {
    await db.transaction().execute(async (tx) => {
      await rewriteProfile(ctx, tx, organization.id, input, { updated_at: nowIso() });
      await recordAudit(tx, {
        action: 'organization.update',
        actor: auditActor(actor),
        subject: { type: 'organization', id: organization.id },
      });
    });
    return { ok: true };
  } catch (error) {
    const taken = takenField(error, input);
    if (taken) return taken;
    throw error;
  }
}

/** The organisation behind a slug and the actor's relation to it, or undefined. */
export async function loadOrganization(ctx: Organizations, slug: string, actor: Actor | null) {
  const db = ctx.deps.db.kysely;
  const organization = await q.findOrganizationBySlug(db, slug);
  if (!organization) return undefined;
  const membership = actor ? await q.findMembership(db, organization.id, actor.id) : undefined;
  const scope: OrganizationScope = {
    role: membership?.role ?? null,
    membershipStatus: organization.membership_status,
  };
  return { organization, scope };
}

export async function organizationDetails(ctx: Organizations, organizationId: string) {
  const db = ctx.deps.db.kysely;
  const [sdgs, tags, members] = await Promise.all([
    q.listSdgs(db, organizationId),
    q.listTags(db, organizationId),
    q.listMembers(db, organizationId),
  ]);
  return { sdgs, tags, members };
}

export const listOrganizationsOfPerson = (ctx: Organizations, personId: string) =>
  q.listOrganizationsOfPerson(ctx.deps.db.kysely, personId);

type MemberChange = { ok: true } | Refused;

/**
 * Whether the database refused to remove or demote an organisation's last owner: when an
 * account was deleted, or another owner left, after the rule was checked here.
 */
export const isLastOwnerViolation = (error: unknown) =>
  /\borganization_last_owner\b/.test(String((error as { message?: unknown })?.message ?? ''));

const LAST_OWNER = refused(409, 'org.members.lastOwner');

/** Runs a change to an organisation's people; the database's last-owner refusal says so. */
const memberChange = async (run: () => Promise<MemberChange>): Promise<MemberChange> => {
  try {
    return await run();
  } catch (error) {
    if (isLastOwnerViolation(error)) return LAST_OWNER;
    throw error;
  }
};

/**
 * Changes a person's role. Admins manage admins and members; only owners make or unmake
 * owners; the last owner cannot be demoted.
 */
export async function changeMemberRole(
  ctx: Organizations,
  actor: Actor,
  organizationId: string,
  personId: string,
  role: OrganizationRole,
): Promise<MemberChange> {
  const { db } = ctx.deps;
  return memberChange(() =>
    db.kysely.transaction().execute(async (tx) => {
      const owners = await q.lockOwnerIds(tx, organizationId, db.engine);
      const [self, target] = await Promise.all([
        q.findMembership(tx, organizationId, actor.id),
        q.findMembership(tx, organizationId, personId),
      ]);
      if (!target) return refused(404, 'error.404');
      const touchesOwner = role === 'owner' || target.role === 'owner';
      if (!self || self.role === 'member' || (touchesOwner && self.role !== 'owner')) {
        return refused(403, 'error.403');
      }
      if (target.role === 'owner' && role !== 'owner' && owners.length <= 1) {
        return LAST_OWNER;
      }
      if (target.role === role) return { ok: true };
      await q.updateMemberRole(tx, organizationId, personId, role, nowIso());
      await recordAudit(tx, {
        action: 'organization.member.role',
        actor: auditActor(actor),
        subject: { type: 'organization', id: organizationId },
        details: { person: personId, from: target.role, to: role },
      });
      return { ok: true };
    }),
  );
}

/** Removes a person (or, when they are the actor, lets them leave); never the last owner. */
export async function removeMember(
  ctx: Organizations,
  actor: Actor,
  organizationId: string,
  personId: string,
): Promise<MemberChange> {
  const { db } = ctx.deps;
  return memberChange(() =>
    db.kysely.transaction().execute(async (tx) => {
      const owners = await q.lockOwnerIds(tx, organizationId, db.engine);
      const [self, target] = await Promise.all([
        q.findMembership(tx, organizationId, actor.id),
        q.findMembership(tx, organizationId, personId),
      ]);
      if (!target) return refused(404, 'error.404');
      const leaving = actor.id === personId;
      if (
        !leaving &&
        (!self || self.role === 'member' || (target.role === 'owner' && self.role !== 'owner'))
      ) {
        return refused(403, 'error.403');
      }
      if (target.role === 'owner' && owners.length <= 1) {
        return LAST_OWNER;
      }
      await q.deleteMember(tx, organizationId, personId);
      await recordAudit(tx, {
        action: leaving ? 'organization.member.leave' : 'organization.member.remove',
        actor: auditActor(actor),
        subject: { type: 'organization', id: organizationId },
        details: { person: personId, role: target.role },
      });
      return { ok: true };
    }),
  );
}

/** Adds a person with a role; used by invitations and by the demo. */
export async function addMember(
  ctx: Organizations,
  organizationId: string,
  personId: string,
  role: OrganizationRole,
) {
  const now = nowIso();
  await q.insertMember(ctx.deps.db.kysely, {
    organization_id: organizationId,
    person_id: personId,
    role,
    listed: 1,
    created_at: now,
    updated_at: now,
  });
}
