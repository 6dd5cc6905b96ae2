/**
 * The people of an organisation, with role changes and removal for those who manage it, and
 * invitations for those who may send them.
 */
import { DataTable } from '../../../../ui/data-table.js';
import { CsrfField, PostButton } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { type InvitationsPanel, InvitationsSection } from '../../invitations/views/invitations.js';
import type { OrganizationRole } from '../../tables.js';
import type { OrganizationView } from '../presenters.js';

export type MemberView = { personId: string; name: string; email: string; role: OrganizationRole };

const ROLES: OrganizationRole[] = ['owner', 'admin', 'member'];

export function PeoplePage(props: {
  ctx: PageContext;
  organization: OrganizationView;
  members: MemberView[];
  canManage: boolean;
  canManageOwners: boolean;
  invitations?: InvitationsPanel | undefined;
}) {
  const { ctx, organization: o } = props;
  const { t } = ctx;
  const editable = (m: MemberView) =>
    props.canManage && (props.canManageOwners || m.role !== 'owner');
  return (
    <>
      <h1>{t('org.people.title', { name: o.displayName })}</h1>
      <p>
        <a href={`/organizations/${o.slug}`}>{t('org.backToProfile')}</a>
      </p>
      <DataTable
        caption={t('org.people.title', { name: o.displayName })}
        rows={props.members}
        columns={[
          { header: t('field.name'), cell: (m) => m.name },
          { header: t('field.email'), cell: (m) => m.email },
          {
            header: t('org.people.role'),
            cell: (m) =>
              editable(m) ? (
                <RoleForm
                  ctx={ctx}
                  organization={o}
                  member={m}
                  canManageOwners={props.canManageOwners}
                />
              ) : (
                t(`org.role.${m.role}`)
              ),
          },
          props.canManage && {
            header: t('org.people.remove'),
            hideHeader: true,
            cell: (m) =>
              editable(m) && (
                <PostButton
                  ctx={ctx}
                  action={`/organizations/${o.slug}/people/${m.personId}/remove`}
                  label={t('org.people.remove')}
                  accessibleName={t('org.people.removeName', { name: m.name })}
                />
              ),
          },
        ]}
      />
      {props.invitations && (
        <InvitationsSection ctx={ctx} slug={o.slug} panel={props.invitations} />
      )}
    </>
  );
}

/** A member's role as a choice, for those who may change it. */
function RoleForm(props: {
  ctx: PageContext;
  organization: OrganizationView;
  member: MemberView;
  canManageOwners: boolean;
}) {
  const { ctx, organization: o, member: m } = props;
  const { t } = ctx;
  return (
    <form method="post" action={`/organizations/${o.slug}/people/${m.personId}/role`} class="row">
      <CsrfField ctx={ctx} />
      <label class="visually-hidden" for={`role-${m.personId}`}>
        {t('org.people.roleOf', { name: m.name })}
      </label>
      <select id={`role-${m.personId}`} name="role">
        {ROLES.filter((r) => props.canManageOwners || r !== 'owner').map((r) => (
          <option value={r} selected={r === m.role}>
            {t(`org.role.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        class="button secondary"
        aria-label={t('org.people.changeRoleOf', { name: m.name })}
      >
        {t('org.people.changeRole')}
      </button>
    </form>
  );
}

export function MyOrganizationsPage(props: {
  ctx: PageContext;
  organizations: { slug: string; name: string; role: OrganizationRole; countryName: string }[];
}) {
  const { t } = props.ctx;
  return (
    <>
      <h1>{t('org.mine.title')}</h1>
      {props.organizations.length === 0 ? (
        <p>{t('org.mine.none')}</p>
      ) : (
        <ul>
          {props.organizations.map((o) => (
            <li>
              <a href={`/organizations/${o.slug}`}>{o.name}</a> · {o.countryName} ·{' '}
              {t(`org.role.${o.role}`)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button" href="/organizations/new">
          {t('org.create')}
        </a>
      </p>
    </>
  );
}
