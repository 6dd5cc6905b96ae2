/**
 * Invitation pages. `organizationInvitationRoutes` sends and revokes invitations under
 * /organizations/:slug (mounted by routes.tsx); `invitationLinkRoutes` serves the mailed link,
 * /invitations/:token, and its accept button (mounted by the server at /invitations).
 */

import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../platform/http/errors.js';
import { noticeKey } from '../../../platform/http/notices.js';
import { enforceRateLimit, type RateLimitRule } from '../../../platform/http/rate-limit.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { formatDateTime, type MessageKey } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { Refused } from '../../../platform/outcome.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Organizations } from '../context.js';
import { authorize, can, type OrganizationScope } from '../policy.js';
import * as service from '../profile/service.js';
import type { OrganizationRole } from '../tables.js';
import {
  acceptInvitation,
  closedInvitation,
  describeInvitation,
  inviteToOrganization,
  listOpenInvitations,
  OrganizationInvitationSchema,
  revokeInvitation,
} from './service.js';
import {
  InvitationMessagePage,
  InvitationPage,
  type InvitationsPanel,
  InvitePage,
} from './views/invitations.js';

/** Invitations send mail: at most 30 an hour from one person. */
const INVITE_RATE_LIMIT: RateLimitRule = {
  bucket: 'organization-invite',
  limit: 30,
  windowSeconds: 3600,
};

const NOTICES: MessageKey[] = ['org.invitations.sent', 'org.invitations.revoked'];

const rolesFor = (owner: boolean): OrganizationRole[] =>
  owner ? ['member', 'admin', 'owner'] : ['member', 'admin'];

const when = (c: Context<AppEnv>, iso: string, timeZone: string) =>
  formatDateTime(iso, c.get('locale'), timeZone);

/**
 * The people page's invitations panel, for those who may invite; spread into its props.
 * @example <PeoplePage … {...await invitationsPanel(ctx, c, organization.id, scope)} />
 */
export async function invitationsPanel(
  ctx: Organizations,
  c: Context<AppEnv>,
  organizationId: string,
  scope: OrganizationScope,
): Promise<{ invitations?: InvitationsPanel }> {
  const actor = c.get('actor');
  if (!can(actor, 'organization.invitations.manage', scope)) return {};
  const owner = can(actor, 'organization.owners.manage', scope);
  const rows = await listOpenInvitations(ctx, organizationId);
  return {
    invitations: {
      open: rows.map((r) => ({
        id: r.id,
        email: r.email,
        role: r.role,
        inviterName: r.inviter_name,
        expires: when(c, r.expires_at, ctx.deps.config.timeZone),
        canRevoke: owner || r.role !== 'owner',
      })),
      roles: rolesFor(owner),
      notice: noticeKey(c, NOTICES),
    },
  };
}

export function organizationInvitationRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    return found;
  }

  app.post('/:slug/invitations', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.invitations.manage', scope);
    await enforceRateLimit(c, ctx.deps.db.kysely, INVITE_RATE_LIMIT, [actor.id]);
    const values = await readForm(c);
    const input = validate(OrganizationInvitationSchema, values);
    if (input.ok && input.data.role === 'owner') {
      authorize(actor, 'organization.owners.manage', scope);
    }
    const outcome = input.ok
      ? await inviteToOrganization(ctx, actor, organization, input.data, c.get('locale'))
      : input;
    const people = `/organizations/${organization.slug}/people`;
    if (outcome.ok) return c.redirect(`${people}?notice=org.invitations.sent`, 303);
    if (outcome.status !== 422) throw refusalError(outcome);
    const name = readTranslation(
      organization.name_translations,
      c.get('locale'),
      organization.name,
    );
    return renderPage(c, {
      title: c.get('t')('org.invitations.invite.title', { name }),
      status: 422,
      body: (
        <InvitePage
          ctx={pageContext(c)}
          slug={organization.slug}
          organizationName={name}
          roles={rolesFor(can(actor, 'organization.owners.manage', scope))}
          form={{ values, problems: outcome.problems }}
        />
      ),
    });
  });

  app.post('/:slug/invitations/:id/revoke', async (c) => {
    const { organization, scope } = await load(c);
    const actor = c.get('actor');
    authorize(actor, 'organization.invitations.manage', scope);
    const result = await revokeInvitation(ctx, actor, organization.id, c.req.param('id'));
    if (!result.ok) throw refusalError(result);
    return c.redirect(
      `/organizations/${organization.slug}/people?notice=org.invitations.revoked`,
      303,
    );
  });

  return app;
}

/** A page saying why a link does not work, with its status (404, 403 or 410). */
function refusalPage(c: Context<AppEnv>, refusal: Refused) {
  const t = c.get('t');
  return renderPage(c, {
    title: t('org.invitation.heading'),
    status: refusal.status,
    body: (
      <InvitationMessagePage
        title={t('org.invitation.heading')}
        message={t(refusal.problem.key, refusal.problem.values)}
        link={{ href: '/', label: t('error.back') }}
      />
    ),
  });
}

export function invitationLinkRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = await describeInvitation(ctx, token, c.get('locale'));
    if (!invitation) return refusalPage(c, closedInvitation());
    if (invitation.state !== 'open') return refusalPage(c, closedInvitation(invitation.state));
    const organizationName = invitation.organization.displayName;
    return renderPage(c, {
      title: c.get('t')('org.invitation.title', { organization: organizationName }),
      body: (
        <InvitationPage
          ctx={pageContext(c)}
          token={token}
          invitation={{
            email: invitation.email,
            role: invitation.role,
            inviterName: invitation.inviterName,
            organizationName,
            expires: when(c, invitation.expiresAt, ctx.deps.config.timeZone),
          }}
        />
      ),
    });
  });

  app.post('/:token/accept', async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new PageError(401, 'error.401');
    const outcome = await acceptInvitation(ctx, actor, c.req.param('token'));
    if (!outcome.ok) return refusalPage(c, outcome);
    if (!outcome.alreadyMember) return c.redirect(`/organizations/${outcome.slug}`, 303);
    const t = c.get('t');
    return renderPage(c, {
      title: t('org.invitation.heading'),
      body: (
        <InvitationMessagePage
          title={t('org.invitation.heading')}
          message={t('org.invitation.alreadyMember')}
          link={{
            href: `/organizations/${outcome.slug}`,
            label: t('org.invitation.toOrganization'),
          }}
        />
      ),
    });
  });

  return app;
}
