/** Row types of the organisations module's tables (see migrations/0004_organizations.ts). */
import type { Selectable } from 'kysely';

declare module '../../platform/db/tables.js' {
  interface Database extends OrganizationTables {}
}

export type MembershipStatus = 'none' | 'applied' | 'member' | 'rejected' | 'suspended';
export type OrganizationRole = 'owner' | 'admin' | 'member';

export interface OrganizationTables {
  organizations: {
    id: string;
    slug: string;
    name: string;
    /** JSON: { "az"?: string, "en"?: string, "ru"?: string } */
    name_translations: string;
    acronym: string | null;
    legal_form: string | null;
    registration_number: string | null;
    registering_authority: string | null;
    country: string;
    city: string | null;
    founded_year: number | null;
    website: string | null;
    email: string | null;
    phone: string | null;
    /** JSON: Markdown per language, { "az"?: string, "en"?: string, "ru"?: string } */
    description: string;
    /** JSON: language codes, e.g. ["az", "en"] */
    working_languages: string;
    /** JSON: absolute URLs */
    social_links: string;
    iati_identifier: string | null;
    iati_type: number | null;
    membership_status: MembershipStatus;
    created_by: string | null;
    created_at: string;
    updated_at: string;
    // The logo (migrations/0007_organization_logo.ts), null without one. Optional here only so
    // that code creating organisations need not name them: a new organisation has no logo.
    /** A generated file name under `${UPLOADS_DIR}/logos/`. */
    logo_file?: string | null;
    logo_width?: number | null;
    logo_height?: number | null;
    logo_updated_at?: string | null;
  };
  organization_members: {
    organization_id: string;
    person_id: string;
    role: OrganizationRole;
    listed: number;
    created_at: string;
    updated_at: string;
  };
  organization_sdgs: { organization_id: string; sdg: number };
  organization_tags: { organization_id: string; tag: string };
  /** See migrations/0005_organization_invitations.ts. */
  organization_invitations: {
    id: string;
    organization_id: string;
    /** Lower-cased. */
    email: string;
    role: OrganizationRole;
    /** SHA-256 (hex) of the token in the mailed link; the token itself is never stored. */
    token_hash: string;
    invited_by: string | null;
    created_at: string;
    expires_at: string;
    accepted_at: string | null;
    accepted_by: string | null;
    revoked_at: string | null;
  };
}

/** An organisation as its capabilities read it (profile, membership, logo, import, …). */
export type OrganizationRow = Selectable<OrganizationTables['organizations']>;
/** A person's place in an organisation, with their role. */
export type MemberRow = Selectable<OrganizationTables['organization_members']>;

/** Network membership and verification (see migrations/0006_organization_membership.ts). */
declare module '../../platform/db/tables.js' {
  interface Database extends MembershipTables {}
}

export type ApplicationStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface MembershipTables {
  membership_applications: {
    id: string;
    organization_id: string;
    motivation: string;
    status: ApplicationStatus;
    submitted_by: string | null;
    submitted_at: string;
    decided_by: string | null;
    decided_at: string | null;
    decision_reason: string | null;
    updated_at: string;
  };
  application_documents: {
    id: string;
    application_id: string;
    original_name: string;
    /** A generated file name under `${UPLOADS_DIR}/applications/`; never the uploaded name. */
    stored_name: string;
    size_bytes: number;
    /** SHA-256 of the bytes, hex. */
    sha256: string;
    created_at: string;
  };
  organization_verifications: {
    id: string;
    organization_id: string;
    verified_by: string | null;
    verified_by_label: string;
    verified_at: string;
    evidence: string;
    /** The last day the verification holds, YYYY-MM-DD. */
    valid_until: string;
    revoked_at: string | null;
    revoked_by: string | null;
    revocation_reason: string | null;
    created_at: string;
    updated_at: string;
  };
}

/** Whom each person acts for (see migrations/0009_acting_organization.ts). */
declare module '../../platform/db/tables.js' {
  interface Database extends ActingTables {}
}

export interface ActingTables {
  acting_organizations: {
    person_id: string;
    /** null: the person chose to act only for themselves. */
    organization_id: string | null;
    created_at: string;
    updated_at: string;
  };
}

/** The directory's revision, grown by triggers (see migrations/0013_directory_revision.ts). */
declare module '../../platform/db/tables.js' {
  interface Database extends DirectoryRevisionTables {}
}

export interface DirectoryRevisionTables {
  /** One row (id 1). */
  directory_revision: { id: number; revision: number };
}
