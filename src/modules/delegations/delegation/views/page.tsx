/**
 * One delegation, for the people of its organisations: who leads it with which partners (and
 * which organisations are invited), its members with role and travel status, and its
 * preparation checklist. Its managers also get the forms that change these; an invited
 * organisation's owners and admins see only the invitation, to accept or decline it. Every form
 * works without script.
 */

import { TableScroll } from '../../../../ui/data-table.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  PostButton,
  SelectField,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationSummary } from '../../../organizations/index.js';
import type { DelegationView } from '../presenters.js';
import { DELEGATE_ROLES, TRAVEL_STATUSES } from '../schema.js';
import { roleKey, travelKey } from './list.js';

type PageProps = {
  ctx: PageContext;
  delegation: DelegationView;
  canManage: boolean;
  /** Invited organisations whose owner or admin the reader is: theirs to accept or decline. */
  answerFor: OrganizationSummary[];
  /** Partner organisations whose owner or admin the reader is: theirs to take out. */
  canLeave: string[];
  forms?: DelegationForms;
};

export type DelegationForms = {
  /** Which form the errors and values belong to. */
  form?: 'partner' | 'member' | 'task';
  values?: Record<string, string>;
  errors?: FieldErrors;
};

function Members(props: { ctx: PageContext; delegation: DelegationView; canManage: boolean }) {
  const { ctx, delegation: d } = props;
  const { t } = ctx;
  const base = `/delegations/${d.id}`;
  return (
    <TableScroll label={t('delegations.members')}>
      <table>
        <caption>{t('delegations.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('delegations.member.name')}</th>
            <th scope="col">{t('delegations.member.organization')}</th>
            <th scope="col">{t('delegations.member.role')}</th>
            <th scope="col">{t('delegations.member.travel')}</th>
            {props.canManage && <th scope="col">{t('delegations.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {d.members.length === 0 && (
            <tr>
              <td colspan={props.canManage ? 5 : 4}>{t('delegations.members.none')}</td>
            </tr>
          )}
          {d.members.map((m) => {
            const name = m.name ?? t('delegations.member.former');
            return (
              <tr>
                <th scope="row">
                  {name}
                  {m.guest && <span class="hint"> ({t('delegations.member.guest')})</span>}
                </th>
                <td>{m.organization ?? '—'}</td>
                {props.canManage ? (
                  <td colspan={2}>
                    <form method="post" action={`${base}/members/${m.id}`} class="inline">
                      <CsrfField ctx={ctx} />
                      <label for={`role-${m.id}`} class="visually-hidden">
                        {t('delegations.member.roleOf', { name })}
                      </label>
                      <select id={`role-${m.id}`} name="role">
                        {DELEGATE_ROLES.map((r) => (
                          <option value={r} selected={r === m.role}>
                            {t(roleKey(r))}
                          </option>
                        ))}
                      </select>{' '}
                      <label for={`travel-${m.id}`} class="visually-hidden">
                        {t('delegations.member.travelOf', { name })}
                      </label>
                      <select id={`travel-${m.id}`} name="travelStatus">
                        {TRAVEL_STATUSES.map((s) => (
                          <option value={s} selected={s === m.travelStatus}>
                            {t(travelKey(s))}
                          </option>
                        ))}
                      </select>{' '}
                      <button
                        type="submit"
                        class="linklike"
                        aria-label={t('delegations.member.saveOf', { name })}
                      >
                        {t('form.submit')}
                      </button>
                    </form>
                  </td>
                ) : (
                  <>
                    <td>{t(roleKey(m.role))}</td>
                    <td>{t(travelKey(m.travelStatus))}</td>
                  </>
                )}
                {props.canManage && (
                  <td>
                    <PostButton
                      ctx={ctx}
                      action={`${base}/members/${m.id}/remove`}
                      label={t('delegations.remove')}
                      accessibleName={t('delegations.removeOf', { name })}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Tasks(props: { ctx: PageContext; delegation: DelegationView; canManage: boolean }) {
  const { ctx, delegation: d } = props;
  const { t } = ctx;
  const base = `/delegations/${d.id}`;
  return (
    <TableScroll label={t('delegations.tasks')}>
      <table>
        <caption>{t('delegations.tasks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('delegations.task.title')}</th>
            <th scope="col">{t('delegations.task.owner')}</th>
            <th scope="col">{t('delegations.task.due')}</th>
            <th scope="col">{t('delegations.task.status')}</th>
          </tr>
        </thead>
        <tbody>
          {d.tasks.length === 0 && (
            <tr>
              <td colspan={4}>{t('delegations.tasks.none')}</td>
            </tr>
          )}
          {d.tasks.map((task) => (
            <tr>
              <th scope="row">{task.title}</th>
              <td>{task.owner ?? '—'}</td>
              <td>
                <time datetime={task.dueOn}>{task.due}</time>
              </td>
              <td>
                {task.done ? t('delegations.task.done') : t('delegations.task.open')}
                {props.canManage && (
                  <>
                    {' '}
                    <PostButton
                      ctx={ctx}
                      action={`${base}/tasks/${task.id}/${task.done ? 'undone' : 'done'}`}
                      label={
                        task.done
                          ? t('delegations.task.markUndone')
                          : t('delegations.task.markDone')
                      }
                      accessibleName={`${task.done ? t('delegations.task.markUndone') : t('delegations.task.markDone')}: ${task.title}`}
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ManageForms(props: {
  ctx: PageContext;
  delegation: DelegationView;
  forms: DelegationForms;
}) {
  const { ctx, delegation: d, forms } = props;
  const { t } = ctx;
  const base = `/delegations/${d.id}`;
  const of = (form: DelegationForms['form']) =>
    forms.form === form
      ? { values: forms.values ?? {}, errors: forms.errors ?? {} }
      : { values: {} as Record<string, string>, errors: {} as FieldErrors };
  const member = of('member');
  const task = of('task');
  const partner = of('partner');
  return (
    <>
      <section aria-labelledby="delegation-add-member">
        <h2 id="delegation-add-member">{t('delegations.member.add')}</h2>
        <form method="post" action={`${base}/members`} class="stack">
          <ErrorSummary ctx={ctx} errors={member.errors} />
          <CsrfField ctx={ctx} />
          <SelectField
            name="person"
            label={t('delegations.member.person')}
            value={member.values.person}
            error={member.errors.person}
            options={[{ value: '', label: t('delegations.member.person.guest') }, ...d.candidates]}
          />
          <Field
            name="guestName"
            label={t('delegations.member.guestName')}
            hint={t('delegations.member.guestName.hint')}
            value={member.values.guestName}
            error={member.errors.guestName}
          />
          <SelectField
            name="guestOrganization"
            label={t('delegations.member.guestOrganization')}
            value={member.values.guestOrganization}
            error={member.errors.guestOrganization}
            options={[
              { value: '', label: '—' },
              ...d.organizations.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <SelectField
            name="role"
            label={t('delegations.member.role')}
            value={member.values.role ?? 'member'}
            error={member.errors.role}
            options={DELEGATE_ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
          />
          <Submit>{t('delegations.member.add')}</Submit>
        </form>
      </section>
      <section aria-labelledby="delegation-add-task">
        <h2 id="delegation-add-task">{t('delegations.task.add')}</h2>
        <form method="post" action={`${base}/tasks`} class="stack">
          <ErrorSummary ctx={ctx} errors={task.errors} />
          <CsrfField ctx={ctx} />
          <Field
            name="title"
            label={t('delegations.task.title')}
            value={task.values.title}
            error={task.errors.title}
            required
          />
          <SelectField
            name="owner"
            label={t('delegations.task.owner')}
            value={task.values.owner}
            error={task.errors.owner}
            options={[{ value: '', label: '—' }, ...d.owners]}
          />
          <Field
            name="dueOn"
            type="date"
            label={t('delegations.task.due')}
            hint={t('delegations.task.due.hint')}
            value={task.values.dueOn}
            error={task.errors.dueOn}
            required
          />
          <Submit>{t('delegations.task.add')}</Submit>
        </form>
      </section>
      <section aria-labelledby="delegation-add-partner">
        <h2 id="delegation-add-partner">{t('delegations.partner.add')}</h2>
        <p class="hint">{t('delegations.partner.consent')}</p>
        <form method="post" action={`${base}/partners`} class="stack">
          <ErrorSummary ctx={ctx} errors={partner.errors} />
          <CsrfField ctx={ctx} />
          <Field
            name="partner"
            label={t('delegations.partner.field')}
            hint={t('delegations.partner.field.hint')}
            value={partner.values.partner}
            error={partner.errors.partner}
            required
          />
          <Submit>{t('delegations.partner.add')}</Submit>
        </form>
      </section>
    </>
  );
}

/** The delegation's event and lead: all that an invitation tells before it is accepted. */
function Facts(props: { ctx: PageContext; delegation: DelegationView }) {
  const { ctx, delegation: d } = props;
  const { t } = ctx;
  return (
    <>
      <dt>{t('delegations.field.externalEvent')}</dt>
      <dd>
        {d.event.name}
        <br />
        {[d.event.when, d.event.place].filter(Boolean).join(' · ')}
      </dd>
      <dt>{t('delegations.field.lead')}</dt>
      <dd>{d.lead ? <a href={`/organizations/${d.lead.slug}`}>{d.lead.name}</a> : '—'}</dd>
    </>
  );
}

/** The invitations the reader answers for their organisations: accept or decline each. */
function Invitations(props: PageProps) {
  const { ctx, delegation: d } = props;
  const { t } = ctx;
  if (props.answerFor.length === 0) return null;
  return (
    <section aria-labelledby="delegation-invitations">
      <h2 id="delegation-invitations">{t('delegations.invitation')}</h2>
      <p class="hint">{t('delegations.invitation.consent')}</p>
      <ul>
        {props.answerFor.map((o) => (
          <li>
            {t('delegations.invitation.text', {
              lead: d.lead?.name ?? '—',
              organization: o.name,
            })}{' '}
            <PostButton
              ctx={ctx}
              action={`/delegations/${d.id}/invitations/${o.id}/accept`}
              label={t('delegations.invitation.accept')}
              accessibleName={t('delegations.invitation.acceptFor', { organization: o.name })}
            />{' '}
            <PostButton
              ctx={ctx}
              action={`/delegations/${d.id}/invitations/${o.id}/decline`}
              label={t('delegations.invitation.decline')}
              accessibleName={t('delegations.invitation.declineFor', { organization: o.name })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an invited organisation's owner or admin sees of a delegation they do not belong to. */
export function DelegationInvitationPage(props: PageProps) {
  const { ctx, delegation: d } = props;
  const { t } = ctx;
  return (
    <article>
      <p>
        <a href="/delegations">{t('delegations.title')}</a>
      </p>
      <h1>{d.title}</h1>
      <dl class="facts">
        <Facts ctx={ctx} delegation={d} />
      </dl>
      <Invitations {...props} />
    </article>
  );
}

export function DelegationPage(props: PageProps) {
  const { ctx, delegation: d, canManage } = props;
  const { t } = ctx;
  return (
    <article>
      <p>
        <a href="/delegations">{t('delegations.title')}</a>
      </p>
      <h1>{d.title}</h1>
      <Invitations {...props} />
      <dl class="facts">
        <Facts ctx={ctx} delegation={d} />
        <dt>{t('delegations.partners')}</dt>
        <dd>
          {d.partners.length === 0 ? (
            t('delegations.partners.none')
          ) : (
            <ul class="tags">
              {d.partners.map((p) => (
                <li>
                  <a href={`/organizations/${p.slug}`}>{p.name}</a>
                  {canManage && (
                    <>
                      {' '}
                      <PostButton
                        ctx={ctx}
                        action={`/delegations/${d.id}/partners/${p.id}/remove`}
                        label={t('delegations.remove')}
                        accessibleName={t('delegations.removeOf', { name: p.name })}
                      />
                    </>
                  )}
                  {props.canLeave.includes(p.id) && (
                    <>
                      {' '}
                      <PostButton
                        ctx={ctx}
                        action={`/delegations/${d.id}/partners/${p.id}/leave`}
                        label={t('delegations.partner.leave')}
                        accessibleName={t('delegations.partner.leaveFor', { organization: p.name })}
                      />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {d.invited.length > 0 && (
          <>
            <dt>{t('delegations.invited')}</dt>
            <dd>
              <ul class="tags">
                {d.invited.map((o) => (
                  <li>
                    {o.name}
                    {canManage && (
                      <>
                        {' '}
                        <PostButton
                          ctx={ctx}
                          action={`/delegations/${d.id}/partners/${o.id}/remove`}
                          label={t('delegations.invitation.withdraw')}
                          accessibleName={t('delegations.invitation.withdrawFor', {
                            organization: o.name,
                          })}
                        />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('delegations.members')}</h2>
      <Members ctx={ctx} delegation={d} canManage={canManage} />
      <h2>{t('delegations.tasks')}</h2>
      <p class="hint">{t('delegations.tasks.reminders')}</p>
      <Tasks ctx={ctx} delegation={d} canManage={canManage} />
      {canManage && <ManageForms ctx={ctx} delegation={d} forms={props.forms ?? {}} />}
    </article>
  );
}
