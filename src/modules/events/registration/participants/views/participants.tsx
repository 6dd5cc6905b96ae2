/**
 * The organisers' list of participants: one table per status, with the actions each status
 * allows (approve or reject a request, confirm someone from the waiting list, cancel), and the
 * CSV export.
 */
import type { MessageKey } from '../../../../../platform/i18n/index.js';
import { TableScroll } from '../../../../../ui/data-table.js';
import { PostButton } from '../../../../../ui/forms.js';
import type { PageContext } from '../../../../../ui/page.js';
import type { RegistrationStatus } from '../../../tables.js';
import { registrationStatusKey } from '../../views/registration.js';
import type { ParticipantView } from '../presenters.js';

type Action = { path: string; label: MessageKey };

const ACTIONS: Record<RegistrationStatus, Action[]> = {
  confirmed: [{ path: 'cancel', label: 'participants.action.cancel' }],
  waitlisted: [
    { path: 'confirm', label: 'participants.action.confirm' },
    { path: 'cancel', label: 'participants.action.cancel' },
  ],
  pending: [
    { path: 'approve', label: 'participants.action.approve' },
    { path: 'reject', label: 'participants.action.reject' },
  ],
  cancelled: [],
  rejected: [],
};

function Group(props: {
  ctx: PageContext;
  slug: string;
  status: RegistrationStatus;
  people: ParticipantView[];
  canManage: boolean;
  canMove: boolean;
}) {
  const { ctx, slug, status, people } = props;
  const { t } = ctx;
  const actions = props.canManage ? ACTIONS[status] : [];
  // Session places are held with a seat at the event, so only the confirmed have any to move.
  const moves = props.canMove && status === 'confirmed';
  return (
    <section aria-labelledby={`participants-${status}`}>
      <h2 id={`participants-${status}`}>
        {t(registrationStatusKey(status))} ({people.length})
      </h2>
      {people.length > 0 && (
        <TableScroll labelledBy={`participants-${status}`}>
          <table>
            <caption class="visually-hidden">{t(registrationStatusKey(status))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.column.name')}</th>
                <th scope="col">{t('participants.column.organization')}</th>
                <th scope="col">{t('participants.column.code')}</th>
                <th scope="col">{t('participants.column.registered')}</th>
                {status === 'confirmed' && <th scope="col">{t('participants.column.attended')}</th>}
                {(actions.length > 0 || moves) && (
                  <th scope="col">{t('participants.column.actions')}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <th scope="row">{p.name}</th>
                  <td>{p.organization ?? '—'}</td>
                  <td>{p.code}</td>
                  <td>{p.queuedAtText}</td>
                  {status === 'confirmed' && <td>{p.attendedAtText ?? '—'}</td>}
                  {(actions.length > 0 || moves) && (
                    <td>
                      {moves && (
                        <a
                          href={`/events/${slug}/participants/${p.id}`}
                          aria-label={`${t('participants.action.sessions')}: ${p.name}`}
                        >
                          {t('participants.action.sessions')}
                        </a>
                      )}{' '}
                      {actions.map((a) => (
                        <PostButton
                          ctx={ctx}
                          action={`/events/${slug}/participants/${a.path}`}
                          label={t(a.label)}
                          accessibleName={`${t(a.label)}: ${p.name}`}
                          fields={{ registration: p.id }}
                        />
                      ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

export function ParticipantsPage(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  groups: { status: RegistrationStatus; people: ParticipantView[] }[];
  canManage: boolean;
  canExport: boolean;
  /** The event has sessions with seats and the actor may move people between them. */
  canMove: boolean;
  message?: MessageKey | undefined;
}) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <>
      <p>
        <a href={`/events/${slug}`}>{props.title}</a>
      </p>
      <h1>{t('participants.title')}</h1>
      {props.message && (
        <p class="notice" role="status">
          {t(props.message)}
        </p>
      )}
      {props.canExport && (
        <p>
          <a href={`/events/${slug}/participants.csv`}>{t('participants.export')}</a>
        </p>
      )}
      {props.groups.map((g) => (
        <Group
          ctx={ctx}
          slug={slug}
          status={g.status}
          people={g.people}
          canManage={props.canManage}
          canMove={props.canMove}
        />
      ))}
    </>
  );
}
