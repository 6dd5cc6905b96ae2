/** The second step of making someone an administrator: who, and what the role allows. */
import { ConfirmPage } from '../../../../ui/confirm.js';
import type { PageContext } from '../../../../ui/page.js';
import type { PersonView } from '../../people/presenters.js';

export function GrantAdminPage(props: {
  ctx: PageContext;
  person: PersonView;
  unconfirmed?: boolean;
}) {
  const { ctx, person } = props;
  const { t } = ctx;
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('admin.people.grant.confirm.title')}
      action={`/admin/people/${person.id}/admin`}
      fields={{ admin: 'grant' }}
      submit={t('admin.people.grant.confirm.submit')}
      back={{ href: '/admin/people', label: t('admin.people.grant.confirm.back') }}
      unconfirmed={props.unconfirmed}
    >
      <dl>
        <dt>{t('field.name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t('field.email')}</dt>
        <dd>{person.email}</dd>
      </dl>
      <p>{t('admin.people.grant.confirm.body')}</p>
    </ConfirmPage>
  );
}
