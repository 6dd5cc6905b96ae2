/**
 * The rules of network membership. An organisation's owners or admins apply with a motivation
 * and PDF documents; platform administrators approve or reject (a rejection needs a reason),
 * suspend and reinstate members (verification is in verification.ts). Every
 * decision lands in the audit log in the transaction that makes it, and the organisation's
 * owners are mailed, each in their own language, in that same transaction.
 *
 * Documents are checked from their bytes before anything is written; files are saved under
 * generated names before the transaction and removed again when it fails, so a refused or lost
 * application leaves neither rows nor files behind.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { UploadRoute } from '../../../platform/http/body-limits.js';
import type { Actor } from '../../../platform/http/context.js';
import { isLocale, type MessageKey, translator } from '../../../platform/i18n/index.js';
import { type Invalid, invalid, type Refused, refused } from '../../../platform/outcome.js';
import { detectFileType, fileStore, type StoredFile } from '../../../platform/uploads/index.js';
import type { Acting, Organizations } from '../context.js';
import { can, type OrganizationScope } from '../policy.js';
import type { MembershipStatus, OrganizationRow } from '../tables.js';
import * as mq from './queries.js';
import type { MembershipApplicationInput } from './schema.js';
import { verificationBadge } from './verification.js';

export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENTS_MAX = 5;

/**
 * The one route that takes large bodies, and how large: up to five documents of 10 MB each are
 * allowed one by one, but a whole application form is capped at 25 MB. The server applies this
 * limit instead of its global 1 MB one (see server.tsx).
 */
export const MEMBERSHIP_UPLOAD = {
  maxBytes: 25 * 1024 * 1024,
  matches: (path: string) => /^\/organizations\/[^/]+\/membership$/.test(path),
  tooLargeKey: 'membership.documents.tooLargeTotal',
} as const satisfies UploadRoute;

/** An organisation may apply when it is not (or no longer) a member and has nothing pending. */
const MAY_APPLY: readonly MembershipStatus[] = ['none', 'rejected'];

export const mayApply = (status: MembershipStatus) => MAY_APPLY.includes(status);

/** The partial unique index on pending applications refused a second one (either engine). */
const isSecondPending = (error: unknown) =>
  /membership_applications_one_pending|membership_applications\.organization_id/.test(
    (error as Error)?.message ?? '',
  );

const documentStore = (ctx: Organizations) => fileStore(ctx.deps.config.uploadsDir, 'applications');

// ---------------------------------------------------------------------------------------------
// Applying

export type CheckedDocument = { name: string; bytes: Uint8Array; extension: string };

/** The name a browser sent, without any folder part or control characters, at most 200 long. */
function uploadedName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'document.pdf').slice(0, 200);
}

/**
 * Reads and checks uploaded files: one to five, each a PDF by its first bytes (whatever its
 * name or declared type) and at most 10 MB. An empty file input (a browser sends a nameless,
 * empty part) counts as no file.
 */
export async function checkDocuments(
  files: readonly File[],
): Promise<{ ok: true; documents: CheckedDocument[] } | Invalid> {
  const given = files.filter((f) => f.size > 0 || f.name !== '');
  if (given.length === 0) return invalid('documents', 'validation.membership.documents.required');
  if (given.length > DOCUMENTS_MAX) {
    return invalid('documents', 'validation.membership.documents.tooMany', { max: DOCUMENTS_MAX });
  }
  const documents: CheckedDocument[] = [];
  for (const file of given) {
    const name = uploadedName(file.name);
    if (file.size > DOCUMENT_MAX_BYTES) {
      return invalid('documents', 'validation.membership.documents.tooLarge', { name, max: 10 });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectFileType(bytes);
    if (type?.type !== 'pdf') {
      return invalid('documents', 'validation.membership.documents.notPdf', { name });
    }
    documents.push({ name, bytes, extension: type.extension });
  }
  return { ok: true, documents };
}

class NoLongerOpen extends Error {}

/**
 * Files an application: the documents are saved, then the application, its documents and the
 * organisation's new status ('applied') are written in one transaction. The partial unique
 * index on pending applications ends any race between two submissions.
 */
export async function applyForMembership(
  ctx: Organizations,
  by: Acting,
  organization: OrganizationRow,
  input: MembershipApplicationInput & { documents: readonly CheckedDocument[] },
): Promise<{ ok: true } | Invalid> {
  if (!MAY_APPLY.includes(organization.membership_status)) {
    return invalid('_form', closedReason(organization.membership_status));
  }
  const db = ctx.deps.db.kysely;
  const store = documentStore(ctx);
  const saved: { document: CheckedDocument; file: StoredFile }[] = [];
  try {
    for (const document of input.documents) {
      saved.push({ document, file: await store.save(document.bytes, document.extension) });
    }
    const id = newId();
    const now = nowIso();
    await db.transaction().execute(async (tx) => {
      await mq.insertApplication(tx, {
        id,
        organization_id: organization.id,
        motivation: input.motivation,
        status: 'pending',
        submitted_by: by.actor.id,
        submitted_at: now,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        updated_at: now,
      });
      await mq.insertDocuments(
        tx,
        saved.map(({ document, file }) => ({
          id: newId(),
          application_id: id,
          original_name: document.name,
          stored_name: file.storedName,
          size_bytes: file.sizeBytes,
          sha256: file.sha256,
          created_at: now,
        })),
      );
      const moved = await mq.changeMembershipStatus(tx, organization.id, MAY_APPLY, 'applied', now);
      if (moved === 0) throw new NoLongerOpen();
      await recordAudit(tx, {
        action: 'organization.membership.apply',
        actor: auditActor(by.actor),
        subject: { type: 'organization', id: organization.id },
        ip: by.ip,
        details: {
          application: id,
          documents: saved.map(({ document, file }) => ({
            name: document.name,
            sha256: file.sha256,
            size: file.sizeBytes,
          })),
        },
      });
    });
    return { ok: true };
  } catch (error) {
    await store.remove(saved.map((s) => s.file.storedName));
    if (error instanceof NoLongerOpen || isSecondPending(error)) {
      const now = await mq.findOrganization(db, organization.id);
      return invalid('_form', closedReason(now?.membership_status ?? 'applied'));
    }
    throw error;
  }
}

const closedReason = (status: MembershipStatus): MessageKey =>
  status === 'member'
    ? 'membership.apply.member'
    : status === 'suspended'
      ? 'membership.apply.suspended'
      : 'membership.apply.pending';

/** Withdraws the organisation's pending application; it may apply again later. */
export async function withdrawApplication(
  ctx: Organizations,
  by: Acting,
  organization: OrganizationRow,
): Promise<{ ok: true } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const pending = (await mq.listApplicationsOfOrganization(tx, organization.id)).find(
      (a) => a.status === 'pending',
    );
    if (!pending) return refused(409, 'membership.review.alreadyDecided');
    const now = nowIso();
    const withdrawn = await mq.decideApplication(tx, pending.id, {
      status: 'withdrawn',
      decided_by: by.actor.id,
      decided_at: now,
      decision_reason: null,
    });
    if (withdrawn === 0) return refused(409, 'membership.review.alreadyDecided');
    await mq.changeMembershipStatus(tx, organization.id, ['applied'], 'none', now);
    await recordAudit(tx, {
      action: 'organization.membership.withdraw',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organization.id },
      ip: by.ip,
      details: { application: pending.id },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Decisions by the platform's administrators

type MailKind = 'approved' | 'rejected' | 'suspended' | 'reinstated';

const MAILS: Record<MailKind, { subject: MessageKey; body: MessageKey }> = {
  approved: { subject: 'membership.mail.approved.subject', body: 'membership.mail.approved.body' },
  rejected: { subject: 'membership.mail.rejected.subject', body: 'membership.mail.rejected.body' },
  suspended: {
    subject: 'membership.mail.suspended.subject',
    body: 'membership.mail.suspended.body',
  },
  reinstated: {
    subject: 'membership.mail.reinstated.subject',
    body: 'membership.mail.reinstated.body',
  },
};

/** Tells each owner of the organisation, in their own language, in the caller's transaction. */
async function mailOwners(
  ctx: Organizations,
  tx: Kysely<Database>,
  organization: OrganizationRow,
  kind: MailKind,
  reason: string | undefined,
) {
  const { config, mailer } = ctx.deps;
  const url = `${config.baseUrl}/organizations/${organization.slug}/membership`;
  for (const owner of await mq.listOwnerRecipients(tx, organization.id)) {
    const locale = isLocale(owner.locale) ? owner.locale : config.defaultLocale;
    const t = translator(locale);
    const { name: site } = await ctx.deps.site(locale, tx);
    const note = reason ? t('membership.mail.reason', { reason }) : '';
    await mailer.queue(tx, {
      to: owner.email,
      subject: t(MAILS[kind].subject, { organization: organization.name, site }),
      text: t(MAILS[kind].body, {
        name: owner.name,
        organization: organization.name,
        site,
        note,
        url,
      }).replace(/\n{3,}/g, '\n\n'),
    });
  }
}

/** Approves or rejects a pending application (a rejection carries its reason). */
export async function decideApplication(
  ctx: Organizations,
  by: Acting,
  applicationId: string,
  decision: { approve: true; reason?: string | undefined } | { approve: false; reason: string },
): Promise<{ ok: true; slug: string } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const application = await mq.findApplication(tx, applicationId);
    if (!application) return refused(404, 'error.404');
    const organization = await mq.findOrganization(tx, application.organization_id);
    if (!organization) return refused(404, 'error.404');
    const now = nowIso();
    const decided = await mq.decideApplication(tx, application.id, {
      status: decision.approve ? 'approved' : 'rejected',
      decided_by: by.actor.id,
      decided_at: now,
      decision_reason: decision.reason ?? null,
    });
    if (decided === 0) return refused(409, 'membership.review.alreadyDecided');
    if (decision.approve) {
      await mq.changeMembershipStatus(
        tx,
        organization.id,
        ['none', 'applied', 'rejected'],
        'member',
        now,
      );
    } else {
      await mq.changeMembershipStatus(tx, organization.id, ['applied'], 'rejected', now);
    }
    await mailOwners(
      ctx,
      tx,
      organization,
      decision.approve ? 'approved' : 'rejected',
      decision.reason,
    );
    await recordAudit(tx, {
      action: decision.approve
        ? 'organization.membership.approve'
        : 'organization.membership.reject',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organization.id },
      ip: by.ip,
      details: { application: application.id, reason: decision.reason ?? null },
    });
    return { ok: true, slug: organization.slug };
  });
}

/** Suspends a member (with a reason) or reinstates a suspended one. */
export async function changeMembership(
  ctx: Organizations,
  by: Acting,
  organizationId: string,
  change: { suspend: true; reason: string } | { suspend: false; reason?: string | undefined },
): Promise<{ ok: true } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const organization = await mq.findOrganization(tx, organizationId);
    if (!organization) return refused(404, 'error.404');
    const [from, to]: [MembershipStatus, MembershipStatus] = change.suspend
      ? ['member', 'suspended']
      : ['suspended', 'member'];
    const moved = await mq.changeMembershipStatus(tx, organization.id, [from], to, nowIso());
    if (moved === 0) {
      return refused(
        409,
        change.suspend ? 'membership.suspend.notMember' : 'membership.reinstate.notSuspended',
      );
    }
    await mailOwners(
      ctx,
      tx,
      organization,
      change.suspend ? 'suspended' : 'reinstated',
      change.reason,
    );
    await recordAudit(tx, {
      action: change.suspend
        ? 'organization.membership.suspend'
        : 'organization.membership.reinstate',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organization.id },
      ip: by.ip,
      details: { reason: change.reason ?? null },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** An organisation's applications (newest first), each with its documents. */
/**
 * Admits an organisation without an application: the network's founding members, and
 * organisations an administrator brings in from an existing membership list.
 */
export async function admitToNetwork(
  ctx: Organizations,
  by: Acting,
  organizationId: string,
  note: string,
) {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const moved = await mq.changeMembershipStatus(
      tx,
      organizationId,
      ['none', 'rejected'],
      'member',
      nowIso(),
    );
    if (moved === 0) return false;
    await recordAudit(tx, {
      action: 'organization.membership.admit',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organizationId },
      ip: by.ip,
      details: { note },
    });
    return true;
  });
}

export async function applicationsOf(ctx: Organizations, organizationId: string) {
  const db = ctx.deps.db.kysely;
  const applications = await mq.listApplicationsOfOrganization(db, organizationId);
  const documents = await mq.listDocuments(
    db,
    applications.map((a) => a.id),
  );
  return applications.map((application) => ({
    application,
    documents: documents.filter((d) => d.application_id === application.id),
  }));
}

export const reviewQueue = (ctx: Organizations, limit: number, offset: number) =>
  mq.listPendingApplications(ctx.deps.db.kysely, limit, offset);

/** One application with its documents and organisation, for review; undefined when unknown. */
export async function applicationForReview(ctx: Organizations, applicationId: string) {
  const db = ctx.deps.db.kysely;
  const application = await mq.findApplication(db, applicationId);
  if (!application) return undefined;
  const [organization, documents] = await Promise.all([
    mq.findOrganization(db, application.organization_id),
    mq.listDocuments(db, [application.id]),
  ]);
  return organization && { application, organization, documents };
}

export const searchOrganizations = (
  ctx: Organizations,
  search: string,
  statuses?: readonly MembershipStatus[],
) => mq.searchOrganizations(ctx.deps.db.kysely, { search, statuses, limit: 50 });

export const suspendedOrganizations = (ctx: Organizations) =>
  mq.listOrganizationsWithStatus(ctx.deps.db.kysely, 'suspended', 100);

/** A document's record and bytes, with the organisation it belongs to; undefined when unknown. */
export async function readDocument(ctx: Organizations, documentId: string) {
  const document = await mq.findDocument(ctx.deps.db.kysely, documentId);
  if (!document) return undefined;
  try {
    return { document, bytes: await documentStore(ctx).read(document.stored_name) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    ctx.deps.log.error({ document: document.id }, 'application document missing from disk');
    return undefined;
  }
}

/**
 * What a profile page shows of membership: the badge, links for those who act on it, and
 * whether applying is the next step (a new organisation's, say) for the one who may.
 */
export async function profileMembership(
  ctx: Organizations,
  organization: OrganizationRow,
  actor: Actor | null,
  scope: OrganizationScope,
) {
  const manages = can(actor, 'organization.membership.apply', scope);
  return {
    badge: await verificationBadge(ctx, organization),
    manageHref: manages ? `/organizations/${organization.slug}/membership` : undefined,
    mayApply: manages && mayApply(organization.membership_status),
    adminHref: can(actor, 'organization.membership.review', scope)
      ? `/admin/membership/organizations/${organization.slug}`
      : undefined,
  };
}
export type ProfileMembership = Awaited<ReturnType<typeof profileMembership>>;
