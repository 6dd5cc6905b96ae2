/**
 * Applying to the network, for an organisation's owners and admins: the membership page and
 * its form (a motivation and PDF documents, multipart/form-data), withdrawal, and downloads of
 * the documents, which only they and the platform's administrators may fetch.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, refusalError } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { attachmentDisposition } from '../../../platform/uploads/index.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Organizations } from '../context.js';
import type { OrganizationScope } from '../policy.js';
import { authorize, can } from '../policy.js';
import * as service from '../profile/service.js';
import type { OrganizationRow } from '../tables.js';
import { displayNameOf, presentApplication } from './presenters.js';
import { MembershipApplicationSchema } from './schema.js';
import * as membership from './service.js';
import { verificationBadge } from './verification.js';
import { type MembershipForm, MembershipPage } from './views/membership.js';

const NOTICES = ['membership.applied', 'membership.withdrawn'] as const;

/** The application form as sent: its text (to show again), the motivation, the checked files. */
async function readApplication(c: Context<AppEnv>) {
  const values = await readForm(c);
  const body = await c.req.parseBody({ all: true });
  const files = [body.documents].flat().filter((v): v is File => v instanceof File);
  return {
    values,
    input: validate(MembershipApplicationSchema, values),
    documents: await membership.checkDocuments(files),
  };
}

export function membershipRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    return found;
  }

  async function render(
    c: Context<AppEnv>,
    organization: OrganizationRow,
    scope: OrganizationScope,
    form?: MembershipForm,
  ) {
    const t = c.get('t');
    const [applications, badge] = await Promise.all([
      membership.applicationsOf(ctx, organization.id),
      verificationBadge(ctx, organization),
    ]);
    const displayName = displayNameOf(organization, c.get('locale'));
    return renderPage(c, {
      title: t('membership.title', { name: displayName }),
      status: form ? 422 : 200,
      notice: noticeFrom(c, NOTICES),
      body: (
        <MembershipPage
          ctx={pageContext(c)}
          organization={{
            slug: organization.slug,
            displayName,
            status: organization.membership_status,
          }}
          applications={applications.map((a) =>
            presentApplication(a.application, a.documents, organization.slug),
          )}
          badge={badge}
          canApply={
            can(c.get('actor'), 'organization.membership.apply', scope) &&
            membership.mayApply(organization.membership_status)
          }
          timeZone={ctx.deps.config.timeZone}
          form={form}
        />
      ),
    });
  }

  app.get('/:slug/membership', async (c) => {
    const { organization, scope } = await load(c);
    authorize(c.get('actor'), 'organization.membership.apply', scope);
    return render(c, organization, scope);
  });

  app.post('/:slug/membership', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.membership.apply', scope);
    const { values, input, documents } = await readApplication(c);
    const outcome =
      input.ok && documents.ok
        ? await membership.applyForMembership(ctx, { actor, ip: c.get('clientIp') }, organization, {
            ...input.data,
            documents: documents.documents,
          })
        : undefined;
    if (!outcome?.ok) {
      const page = pageContext(c);
      const errors = {
        ...(input.ok ? {} : translateProblems(page, input.problems)),
        ...(documents.ok ? {} : translateProblems(page, documents.problems)),
        ...(outcome ? translateProblems(page, outcome.problems) : {}),
      };
      // The organisation's state may have changed meanwhile (a racing application).
      const now = (await service.loadOrganization(ctx, organization.slug, actor)) ?? {
        organization,
        scope,
      };
      return render(c, now.organization, now.scope, {
        values: { motivation: values.motivation },
        errors,
      });
    }
    return c.redirect(
      `/organizations/${organization.slug}/membership?notice=membership.applied`,
      303,
    );
  });

  app.post('/:slug/membership/withdraw', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.membership.apply', scope);
    const result = await membership.withdrawApplication(
      ctx,
      { actor, ip: c.get('clientIp') },
      organization,
    );
    if (!result.ok) throw refusalError(result);
    return c.redirect(
      `/organizations/${organization.slug}/membership?notice=membership.withdrawn`,
      303,
    );
  });

  app.get('/:slug/membership/documents/:documentId', async (c) => {
    const { organization, scope } = await load(c);
    authorize(c.get('actor'), 'organization.membership.documents.read', scope);
    const found = await membership.readDocument(ctx, c.req.param('documentId'));
    if (!found || found.document.organization_id !== organization.id) throw notFound();
    return c.body(new Uint8Array(found.bytes), 200, {
      'content-type': 'application/pdf',
      'content-disposition': attachmentDisposition(found.document.original_name),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  return app;
}
