/** Organisation pages: create, profile, edit, people and their roles. */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../platform/http/errors.js';
import { enforceRateLimit } from '../../../platform/http/rate-limit.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import { countryName } from '../../reference/index.js';
import { actingRoutes } from '../acting/routes.js';
import type { Organizations } from '../context.js';
import { DirectoryQuerySchema, listDirectory } from '../directory/service.js';
import { DirectoryPage } from '../directory/views/directory.js';
import { invitationsPanel, organizationInvitationRoutes } from '../invitations/routes.js';
import { logoRoutes } from '../logo/routes.js';
import { membershipRoutes } from '../membership/routes.js';
import { profileMembership } from '../membership/service.js';
import { authorize, can } from '../policy.js';
import { presentLogo, presentOrganization, profileFormValues } from './presenters.js';
import { ORGANIZATION_WRITE_LIMITS } from './rate-limits.js';
import { MemberRoleChangeSchema, OrganizationProfileSchema } from './schema.js';
import * as service from './service.js';
import { MyOrganizationsPage, PeoplePage } from './views/people.js';
import { ProfileHead, ProfilePage } from './views/profile.js';
import { CreateOrganizationPage, EditOrganizationPage } from './views/profile-form.js';

const LISTS = ['sdgs'] as const;

export function organizationRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();
  const db = ctx.deps.db.kysely;

  /** The organisation named in the path and the actor's relation to it; 404 when there is none. */
  async function load(c: Context<AppEnv>) {
    const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    return found;
  }
  const present = async (
    c: Context<AppEnv>,
    organization: Parameters<typeof presentOrganization>[0],
  ) => {
    const details = await service.organizationDetails(ctx, organization.id);
    return {
      view: presentOrganization(organization, c.get('locale'), details),
      members: details.members,
    };
  };

  app.route('/', actingRoutes(ctx));
  app.route('/', organizationInvitationRoutes(ctx));
  app.route('/', membershipRoutes(ctx));
  app.route('/', logoRoutes(ctx));

  app.get('/', async (c) => {
    const query = DirectoryQuerySchema.parse(c.req.query());
    const actor = c.get('actor');
    const directory = await listDirectory(ctx, query, c.get('locale'), Boolean(actor?.isAdmin));
    return renderPage(c, {
      title: c.get('t')('directory.title'),
      body: <DirectoryPage ctx={pageContext(c)} query={query} directory={directory} />,
    });
  });

  app.get('/new', (c) => {
    authorize(c.get('actor'), 'organization.create', { role: null, membershipStatus: 'none' });
    const t = c.get('t');
    return renderPage(c, {
      title: t('org.create'),
      body: <CreateOrganizationPage ctx={pageContext(c)} />,
    });
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'organization.create', { role: null, membershipStatus: 'none' });
    await enforceRateLimit(c, db, ORGANIZATION_WRITE_LIMITS.create, [actor.id]);
    const values = await readForm(c, LISTS);
    const input = validate(OrganizationProfileSchema, values);
    const outcome = input.ok ? await service.createOrganization(ctx, actor, input.data) : input;
    if (!outcome.ok) {
      const t = c.get('t');
      return renderPage(c, {
        title: t('org.create'),
        status: 422,
        body: (
          <CreateOrganizationPage
            ctx={pageContext(c)}
            form={{ values, problems: outcome.problems }}
          />
        ),
      });
    }
    return c.redirect(`/organizations/${outcome.slug}?notice=org.created`, 303);
  });

  app.get('/mine', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'organization.create', { role: null, membershipStatus: 'none' });
    const rows = await service.listOrganizationsOfPerson(ctx, actor.id);
    const locale = c.get('locale');
    return renderPage(c, {
      title: c.get('t')('org.mine.title'),
      body: (
        <MyOrganizationsPage
          ctx={pageContext(c)}
          organizations={rows.map((r) => ({ ...r, countryName: countryName(r.country, locale) }))}
        />
      ),
    });
  });

  app.get('/:slug', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.view', scope);
    const { view, members } = await present(c, organization);
    const notice = c.req.query('notice');
    const t = c.get('t');
    return renderPage(c, {
      title: view.displayName,
      notice: notice === 'org.created' || notice === 'org.saved' ? t(notice) : undefined,
      head: (
        <ProfileHead
          organization={view}
          url={`${ctx.deps.config.baseUrl}/organizations/${view.slug}`}
        />
      ),
      ownPreview: true,
      body: (
        <ProfilePage
          ctx={pageContext(c)}
          organization={view}
          members={members
            .filter((m) => m.listed === 1)
            .map((m) => ({ name: m.name, role: m.role }))}
          canEdit={can(actor, 'organization.edit', scope)}
          canSeeMembers={can(actor, 'organization.members.view', scope)}
          isMember={scope.role !== null}
          membership={await profileMembership(ctx, organization, actor, scope)}
        />
      ),
    });
  });

  app.get('/:slug/edit', async (c) => {
    const { organization, scope } = await load(c);
    authorize(c.get('actor'), 'organization.edit', scope);
    const { view } = await present(c, organization);
    const t = c.get('t');
    return renderPage(c, {
      title: t('org.edit'),
      body: (
        <EditOrganizationPage
          ctx={pageContext(c)}
          organization={view}
          form={{ values: profileFormValues(view) }}
        />
      ),
    });
  });

  app.post('/:slug', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.edit', scope);
    await enforceRateLimit(c, db, ORGANIZATION_WRITE_LIMITS.update, [actor.id]);
    const values = await readForm(c, LISTS);
    const input = validate(OrganizationProfileSchema, values);
    const outcome = input.ok
      ? await service.updateOrganizationProfile(ctx, actor, organization, input.data)
      : input;
    if (!outcome.ok) {
      const t = c.get('t');
      return renderPage(c, {
        title: t('org.edit'),
        status: 422,
        body: (
          <EditOrganizationPage
            ctx={pageContext(c)}
            organization={{
              slug: organization.slug,
              displayName: organization.name,
              logo: presentLogo(organization),
            }}
            form={{ values, problems: outcome.problems }}
          />
        ),
      });
    }
    return c.redirect(`/organizations/${organization.slug}?notice=org.saved`, 303);
  });

  app.get('/:slug/people', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.members.view', scope);
    const { view, members } = await present(c, organization);
    return renderPage(c, {
      title: c.get('t')('org.people'),
      notice:
        c.req.query('notice') === 'org.people.saved' ? c.get('t')('org.people.saved') : undefined,
      body: (
        <PeoplePage
          ctx={pageContext(c)}
          organization={view}
          members={members.map((m) => ({
            personId: m.person_id,
            name: m.name,
            email: m.email,
            role: m.role,
          }))}
          canManage={can(actor, 'organization.members.manage', scope)}
          canManageOwners={can(actor, 'organization.owners.manage', scope)}
          {...(await invitationsPanel(ctx, c, organization.id, scope))}
        />
      ),
    });
  });

  app.post('/:slug/people/:personId/role', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.members.manage', scope);
    const input = validate(MemberRoleChangeSchema, await readForm(c));
    if (!input.ok) throw new PageError(400, 'validation.org.role.invalid');
    const result = await service.changeMemberRole(
      ctx,
      actor,
      organization.id,
      c.req.param('personId'),
      input.data.role,
    );
    if (!result.ok) throw refusalError(result);
    return c.redirect(`/organizations/${organization.slug}/people?notice=org.people.saved`, 303);
  });

  app.post('/:slug/people/:personId/remove', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.members.manage', scope);
    const result = await service.removeMember(ctx, actor, organization.id, c.req.param('personId'));
    if (!result.ok) throw refusalError(result);
    return c.redirect(`/organizations/${organization.slug}/people?notice=org.people.saved`, 303);
  });

  app.post('/:slug/leave', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.leave', scope);
    const result = await service.removeMember(ctx, actor, organization.id, actor.id);
    if (!result.ok) throw refusalError(result);
    return c.redirect('/organizations/mine', 303);
  });

  return app;
}
