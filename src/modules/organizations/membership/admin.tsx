/**
 * The platform administrators' side of network membership, mounted by the server at
 * /admin/membership (the review queue, decisions, suspension and reinstatement) and
 * /admin/verification (verifying members, and those due for re-verification).
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, refusalError } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import { countryName } from '../../reference/index.js';
import type { Organizations } from '../context.js';
import { authorize, type SignedInOrganizationAction } from '../policy.js';
import { presentOrganization } from '../profile/presenters.js';
import * as service from '../profile/service.js';
import type { OrganizationRow } from '../tables.js';
import { presentApplication, presentVerification } from './presenters.js';
import {
  ApplicationApprovalSchema,
  ApplicationRejectionSchema,
  MembershipReinstatementSchema,
  MembershipSuspensionSchema,
  organizationVerificationSchema,
} from './schema.js';
import * as membership from './service.js';
import * as verification from './verification.js';
import {
  ApplicationReviewPage,
  type DecisionForms,
  OrganizationMembershipPage,
  ReviewQueuePage,
} from './views/admin.js';
import { type VerificationForm, VerificationIndexPage, VerifyPage } from './views/verification.js';

const QUEUE_PAGE = 50;
const NOTICES = [
  'membership.admin.approved',
  'membership.admin.rejected',
  'membership.admin.suspended.done',
  'membership.admin.reinstated',
  'verification.admin.done',
] as const;

type AdminContext = Context<AppEnv>;

/** Refuses anyone but a platform administrator (401/403); returns who acts, for the audit log. */
function administrator(c: AdminContext, action: SignedInOrganizationAction) {
  const actor = c.get('actor');
  authorize(actor, action, { role: null, membershipStatus: 'none' });
  return { actor, ip: c.get('clientIp') };
}

const noticeOf = (c: AdminContext) => noticeFrom(c, NOTICES);

const searchOf = (c: AdminContext) => (c.req.query('q') ?? '').trim().slice(0, 100);

const listEntry =
  (c: AdminContext) =>
  (o: Pick<OrganizationRow, 'slug' | 'name' | 'country' | 'membership_status'>) => ({
    slug: o.slug,
    name: o.name,
    countryName: countryName(o.country, c.get('locale')),
    status: o.membership_status,
  });

/** A decision's form: an approval may carry a note, a rejection must give its reason. */
function decisionInput(approve: boolean, values: Record<string, string>) {
  if (approve) {
    const input = validate(ApplicationApprovalSchema, values);
    if (!input.ok) return input;
    return { ok: true as const, data: { approve: true as const, reason: input.data.note } };
  }
  const input = validate(ApplicationRejectionSchema, values);
  if (!input.ok) return input;
  return { ok: true as const, data: { approve: false as const, reason: input.data.reason } };
}

/** A suspension must give its reason; a reinstatement may carry a note. */
function changeInput(suspend: boolean, values: Record<string, string>) {
  if (suspend) {
    const input = validate(MembershipSuspensionSchema, values);
    if (!input.ok) return input;
    return { ok: true as const, data: { suspend: true as const, reason: input.data.reason } };
  }
  const input = validate(MembershipReinstatementSchema, values);
  if (!input.ok) return input;
  return { ok: true as const, data: { suspend: false as const, reason: input.data.note } };
}

/** The organisation named in the path; 404 when there is none. */
async function loadOrganization(ctx: Organizations, c: AdminContext) {
  const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
  if (!found) throw notFound();
  return found.organization;
}

export function membershipAdminRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();
  const { timeZone } = ctx.deps.config;

  async function organizationView(c: AdminContext, organization: OrganizationRow) {
    const details = await service.organizationDetails(ctx, organization.id);
    return presentOrganization(organization, c.get('locale'), details);
  }

  app.get('/', async (c) => {
    administrator(c, 'organization.membership.review');
    const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0);
    const search = searchOf(c);
    const [queue, found, suspended] = await Promise.all([
      membership.reviewQueue(ctx, QUEUE_PAGE + 1, offset),
      search ? membership.searchOrganizations(ctx, search) : undefined,
      membership.suspendedOrganizations(ctx),
    ]);
    const t = c.get('t');
    return renderPage(c, {
      title: t('membership.admin.title'),
      body: (
        <ReviewQueuePage
          ctx={pageContext(c)}
          queue={queue.slice(0, QUEUE_PAGE).map((entry) => ({
            id: entry.id,
            submittedAt: entry.submitted_at,
            slug: entry.slug,
            name: entry.name,
            countryName: countryName(entry.country, c.get('locale')),
            documents: Number(entry.documents ?? 0),
          }))}
          search={search}
          found={found?.map(listEntry(c))}
          suspended={suspended.map(listEntry(c))}
          timeZone={timeZone}
          nextOffset={queue.length > QUEUE_PAGE ? offset + QUEUE_PAGE : undefined}
        />
      ),
    });
  });

  async function renderApplication(c: AdminContext, applicationId: string, form?: DecisionForms) {
    const found = await membership.applicationForReview(ctx, applicationId);
    if (!found) throw notFound();
    const organization = await organizationView(c, found.organization);
    return renderPage(c, {
      title: c.get('t')('membership.admin.application', { name: organization.displayName }),
      status: form ? 422 : 200,
      body: (
        <ApplicationReviewPage
          ctx={pageContext(c)}
          application={presentApplication(found.application, found.documents, organization.slug)}
          organization={organization}
          timeZone={timeZone}
          form={form}
        />
      ),
    });
  }

  app.get('/applications/:id', (c) => {
    administrator(c, 'organization.membership.review');
    return renderApplication(c, c.req.param('id'));
  });

  app.post('/applications/:id/:decision{approve|reject}', async (c) => {
    const by = administrator(c, 'organization.membership.review');
    const approve = c.req.param('decision') === 'approve';
    const values = await readForm(c);
    const input = decisionInput(approve, values);
    if (!input.ok) {
      return renderApplication(c, c.req.param('id'), {
        values,
        errors: translateProblems(pageContext(c), input.problems),
      });
    }
    const result = await membership.decideApplication(ctx, by, c.req.param('id'), input.data);
    if (!result.ok) throw refusalError(result);
    const notice = approve ? 'membership.admin.approved' : 'membership.admin.rejected';
    return c.redirect(`/admin/membership/organizations/${result.slug}?notice=${notice}`, 303);
  });

  async function renderOrganization(
    c: AdminContext,
    organization: OrganizationRow,
    form?: DecisionForms,
  ) {
    const [view, applications, verifications] = await Promise.all([
      organizationView(c, organization),
      membership.applicationsOf(ctx, organization.id),
      verification.verificationsOf(ctx, organization.id),
    ]);
    const today = verification.today(ctx);
    return renderPage(c, {
      title: c.get('t')('membership.admin.organizationTitle', { name: view.displayName }),
      status: form ? 422 : 200,
      notice: noticeOf(c),
      body: (
        <OrganizationMembershipPage
          ctx={pageContext(c)}
          organization={view}
          applications={applications.map((a) =>
            presentApplication(a.application, a.documents, organization.slug),
          )}
          verifications={verifications.map((v) => presentVerification(v, today))}
          timeZone={timeZone}
          form={form}
        />
      ),
    });
  }

  app.get('/organizations/:slug', async (c) => {
    administrator(c, 'organization.membership.review');
    return renderOrganization(c, await loadOrganization(ctx, c));
  });

  app.post('/organizations/:slug/:change{suspend|reinstate}', async (c) => {
    const by = administrator(c, 'organization.membership.review');
    const organization = await loadOrganization(ctx, c);
    const suspend = c.req.param('change') === 'suspend';
    const values = await readForm(c);
    const input = changeInput(suspend, values);
    if (!input.ok) {
      return renderOrganization(c, organization, {
        values,
        errors: translateProblems(pageContext(c), input.problems),
      });
    }
    const result = await membership.changeMembership(ctx, by, organization.id, input.data);
    if (!result.ok) throw refusalError(result);
    const notice = suspend ? 'membership.admin.suspended.done' : 'membership.admin.reinstated';
    return c.redirect(`/admin/membership/organizations/${organization.slug}?notice=${notice}`, 303);
  });

  return app;
}

export function verificationAdminRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();
  const { timeZone } = ctx.deps.config;

  app.get('/', async (c) => {
    administrator(c, 'organization.verify');
    const search = searchOf(c);
    const [due, found] = await Promise.all([
      verification.dueForReverification(ctx),
      search ? membership.searchOrganizations(ctx, search, ['member']) : undefined,
    ]);
    const today = verification.today(ctx);
    return renderPage(c, {
      title: c.get('t')('verification.admin.title'),
      notice: noticeOf(c),
      body: (
        <VerificationIndexPage
          ctx={pageContext(c)}
          due={due.map((d) => ({
            slug: d.slug,
            name: d.name,
            countryName: countryName(d.country, c.get('locale')),
            validUntil: d.valid_until,
            expired: d.valid_until < today,
          }))}
          withinDays={verification.REVERIFY_WITHIN_DAYS}
          search={search}
          found={found?.map(listEntry(c))}
        />
      ),
    });
  });

  async function renderVerify(
    c: AdminContext,
    organization: OrganizationRow,
    form?: VerificationForm,
  ) {
    const details = await service.organizationDetails(ctx, organization.id);
    const view = presentOrganization(organization, c.get('locale'), details);
    const period = verification.verificationPeriod(ctx);
    const verifications = await verification.verificationsOf(ctx, organization.id);
    return renderPage(c, {
      title: c.get('t')('verification.admin.verifyOne', { name: view.displayName }),
      status: form ? 422 : 200,
      body: (
        <VerifyPage
          ctx={pageContext(c)}
          organization={view}
          verifications={verifications.map((v) => presentVerification(v, period.today))}
          period={period}
          timeZone={timeZone}
          form={form}
        />
      ),
    });
  }

  app.get('/organizations/:slug', async (c) => {
    administrator(c, 'organization.verify');
    return renderVerify(c, await loadOrganization(ctx, c));
  });

  app.post('/organizations/:slug', async (c) => {
    const by = administrator(c, 'organization.verify');
    const organization = await loadOrganization(ctx, c);
    const period = verification.verificationPeriod(ctx);
    const values = await readForm(c);
    const input = validate(organizationVerificationSchema(period.today, period.latest), values);
    if (!input.ok) {
      return renderVerify(c, organization, {
        values,
        errors: translateProblems(pageContext(c), input.problems),
      });
    }
    const result = await verification.verifyMember(ctx, by, organization.id, input.data);
    if (!result.ok) throw refusalError(result);
    return c.redirect('/admin/verification?notice=verification.admin.done', 303);
  });

  return app;
}
