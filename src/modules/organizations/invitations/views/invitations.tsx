/**
 * Invitations: the invite form and the open invitations on the people page, and the page an
 * invitation link opens.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import type { Problems } from '../../../../platform/outcome.js';
import { DataTable } from '../../../../ui/data-table.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  PostButton,
  SelectField,
  Submit,
  translateProblems,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationRole } from '../../tables.js';
import { INVITATION_DAYS } from '../service.js';

export type InvitationView = {
  id: string;
  email: string;
  role: OrganizationRole;
  inviterName: string | null;
  /** Already formatted for the page's language and the instance's time zone. */
  expires: string;
  canRevoke: boolean;
};

/** What the people page shows of invitations to those who may send them. */
export type InvitationsPanel = {
  open: InvitationView[];
  /** The roles the viewer may invite with: owners all three, admins admin and member. */
  roles: OrganizationRole[];
  notice?: MessageKey | undefined;
};

type FormState = { values: Record<string, string>; problems?: Problems };

export function InviteForm(props: {
  ctx: PageContext;
  slug: string;
  roles: OrganizationRole[];
  form?: FormState | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = translateProblems(ctx, props.form?.problems);
  const values = props.form?.values ?? {};
  return (
    <form
      method="post"
      action={`/organizations/${props.slug}/invitations`}
      class="stack"
      novalidate
    >
      <CsrfField ctx={ctx} />
      <Field
        name="email"
        type="email"
        label={t('field.email')}
        hint={t('org.invitations.invite.hint', { days: INVITATION_DAYS })}
        value={values.email}
        error={errors.email}
        autocomplete="off"
        required
      />
      <SelectField
        name="role"
        label={t('org.people.role')}
        options={props.roles.map((r) => ({ value: r, label: t(`org.role.${r}`) }))}
        value={values.role ?? 'member'}
        error={errors.role}
      />
      <Submit>{t('org.invitations.send')}</Submit>
    </form>
  );
}

/** The invitations part of the people page, below the table of members. */
export function InvitationsSection(props: {
  ctx: PageContext;
  slug: string;
  panel: InvitationsPanel;
}) {
  const { ctx, slug, panel } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('org.invitations.title')}</h2>
      {panel.notice && (
        <p class="notice" role="status">
          {t(panel.notice)}
        </p>
      )}
      <DataTable
        empty={t('org.invitations.none')}
        caption={t('org.invitations.title')}
        rows={panel.open}
        columns={[
          { header: t('field.email'), cell: (i) => i.email },
          { header: t('org.people.role'), cell: (i) => t(`org.role.${i.role}`) },
          { header: t('org.invitations.invitedBy'), cell: (i) => i.inviterName ?? '—' },
          { header: t('org.invitations.expires'), cell: (i) => i.expires },
          {
            header: t('org.invitations.revoke'),
            hideHeader: true,
            cell: (i) =>
              i.canRevoke && (
                <PostButton
                  ctx={ctx}
                  action={`/organizations/${slug}/invitations/${i.id}/revoke`}
                  label={t('org.invitations.revoke')}
                  accessibleName={t('org.invitations.revokeFor', { email: i.email })}
                />
              ),
          },
        ]}
      />
      <h3>{t('org.invitations.invite')}</h3>
      <InviteForm ctx={ctx} slug={slug} roles={panel.roles} />
    </section>
  );
}

/** The invite form again, with what was wrong at each field. */
export function InvitePage(props: {
  ctx: PageContext;
  slug: string;
  organizationName: string;
  roles: OrganizationRole[];
  form: FormState;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('org.invitations.invite.title', { name: props.organizationName })}</h1>
      <p>
        <a href={`/organizations/${props.slug}/people`}>{t('org.people')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={translateProblems(ctx, props.form.problems)} />
      <InviteForm ctx={ctx} slug={props.slug} roles={props.roles} form={props.form} />
    </>
  );
}

/** What an open invitation link shows: who invites whom, and the way to accept. */
export function InvitationPage(props: {
  ctx: PageContext;
  token: string;
  invitation: {
    email: string;
    role: OrganizationRole;
    inviterName: string | null;
    organizationName: string;
    expires: string;
  };
}) {
  const { ctx, invitation: i } = props;
  const { t, actor } = ctx;
  const here = `/invitations/${props.token}`;
  return (
    <>
      <h1>{t('org.invitation.title', { organization: i.organizationName })}</h1>
      <p>
        {i.inviterName
          ? t('org.invitation.lead', {
              inviter: i.inviterName,
              organization: i.organizationName,
              role: i.role,
            })
          : t('org.invitation.leadAnonymous', { organization: i.organizationName, role: i.role })}
      </p>
      <p>{t('org.invitation.expiresAt', { date: i.expires })}</p>
      {actor === null ? (
        <>
          <p>
            <a class="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('org.invitation.signIn', { email: i.email })}
            </a>
          </p>
          <p>
            {t('org.invitation.noAccount', { email: i.email })}{' '}
            <a href="/sign-up">{t('layout.account.signUp')}</a>
          </p>
        </>
      ) : actor.email.toLowerCase() === i.email ? (
        <form method="post" action={`${here}/accept`}>
          <CsrfField ctx={ctx} />
          <Submit>{t('org.invitation.accept')}</Submit>
        </form>
      ) : (
        <p>{t('org.invitation.otherAddress', { email: i.email })}</p>
      )}
    </>
  );
}

/** A link that does not (or no longer) work, or one that found the person already a member. */
export const InvitationMessagePage = (props: {
  title: string;
  message: string;
  link?: { href: string; label: string } | undefined;
}) => (
  <>
    <h1>{props.title}</h1>
    <p>{props.message}</p>
    {props.link && (
      <p>
        <a href={props.link.href}>{props.link.label}</a>
      </p>
    )}
  </>
);
