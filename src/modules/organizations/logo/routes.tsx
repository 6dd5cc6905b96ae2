/**
 * An organisation's logo: served to whoever may see the profile, uploaded (multipart/form-data,
 * its CSRF token in the form like every other) and removed by those who may edit it.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { ErrorSummary, translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Organizations } from '../context.js';
import { authorize, can } from '../policy.js';
import { logoVersion, presentOrganization, profileFormValues } from '../profile/presenters.js';
import * as service from '../profile/service.js';
import { ProfileForm } from '../profile/views/profile-form.js';
import type { OrganizationRow } from '../tables.js';
import { prepareLogo, readLogo, removeLogo, replaceLogo } from './service.js';
import { LogoSection } from './views/logo-form.js';

const YEAR = 365 * 24 * 60 * 60;

export function logoRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    return found;
  }

  /** The edit page again, with the refused upload's message at the file field. */
  async function refused(c: Context<AppEnv>, organization: OrganizationRow, error?: string) {
    const t = c.get('t');
    const page = pageContext(c);
    const details = await service.organizationDetails(ctx, organization.id);
    const view = presentOrganization(organization, c.get('locale'), details);
    return renderPage(c, {
      title: t('org.edit'),
      status: 422,
      body: (
        <>
          <h1>{t('org.edit.title', { name: view.displayName })}</h1>
          <ErrorSummary ctx={page} errors={{ logo: error }} />
          <ProfileForm
            ctx={page}
            action={`/organizations/${view.slug}`}
            submit={t('form.submit')}
            form={{ values: profileFormValues(view) }}
          />
          <LogoSection ctx={page} organization={view} error={error} />
        </>
      ),
    });
  }

  app.get('/:slug/logo', async (c) => {
    const { organization, scope } = await load(c);
    // A profile hidden from this viewer hides its logo too, with the same 404.
    authorize(c.get('actor'), 'organization.view', scope);
    const logo = await readLogo(ctx, organization);
    if (!logo || !organization.logo_file) throw notFound();
    const version = logoVersion(organization.logo_file);
    const etag = `"${version}"`;
    // Shared caches may keep only what every visitor may see.
    const seenByVisitors = can(null, 'organization.view', { ...scope, role: null });
    const audience = seenByVisitors ? 'public' : 'private';
    const headers = {
      'content-type': logo.type,
      'x-content-type-options': 'nosniff',
      etag,
      // The versioned URL (what pages link to) never changes content; any other is revalidated.
      'cache-control':
        c.req.query('v') === version
          ? `${audience}, max-age=${YEAR}, immutable`
          : `${audience}, no-cache`,
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(new Uint8Array(logo.bytes), 200, headers);
  });

  app.post('/:slug/logo', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.edit', scope);
    const body = await c.req.parseBody();
    const prepared = await prepareLogo(body.logo instanceof File ? body.logo : undefined);
    if (!prepared.ok) {
      return refused(c, organization, translateProblems(pageContext(c), prepared.problems).logo);
    }
    await replaceLogo(ctx, { actor, ip: c.get('clientIp') }, organization, prepared.logo);
    return c.redirect(`/organizations/${organization.slug}?notice=org.saved`, 303);
  });

  app.post('/:slug/logo/remove', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.edit', scope);
    await removeLogo(ctx, { actor, ip: c.get('clientIp') }, organization);
    return c.redirect(`/organizations/${organization.slug}?notice=org.saved`, 303);
  });

  return app;
}
