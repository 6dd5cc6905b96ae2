/**
 * The organisers' list of participants: one table per status, with the actions each status
 * allows (approve or reject a request, confirm someone from the waiting list, cancel), and the
 * CSV export. A long status shows its first rows and links to its own pages.
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

export type ParticipantGroup = {
  status: RegistrationStatus;
  /** All registrations of this status, of which `people` are the ones on this page. */
  count: number;
  people: ParticipantView[];
  /** Where this status's next page starts, if there is one. */
  next: string | undefined;
};

function Group(
  props: ParticipantGroup & {
    ctx: PageContext;
    slug: string;
    canManage: boolean;
    canMove: boolean;
    /** The page shows only this status, a page at a time. */
    oneStatus: boolean;
  },
) {
  const { ctx, slug, status, people } = props;
  const { t } = ctx;
  const actions = props.canManage ? ACTIONS[status] : [];
  // Session places are held with a seat at the event, so only the confirmed have any to move.
  const moves = props.canMove && status === 'confirmed';
  return (
    <section aria-labelledby={`participants-${status}`}>
      <h2 id={`participants-${status}`}>
        {t(registrationStatusKey(status))} ({props.count})
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
      {props.next && (
        <p>
          <a
            href={
              props.oneStatus
                ? `/events/${slug}/participants?status=${status}&after=${props.next}`
                : `/events/${slug}/participants?status=${status}`
            }
          >
            {props.oneStatus
              ? t('events.next')
              : t('participants.group.all', { count: props.count })}
          </a>
        </p>
      )}
    </section>
  );
}

export function ParticipantsPage(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  groups: ParticipantGroup[];
  /** One status's page rather than the overview of all. */
  oneStatus: boolean;
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
      {props.oneStatus && (
        <p>
          <a href={`/events/${slug}/participants`}>{t('participants.back')}</a>
        </p>
      )}
      {props.groups.map((g) => (
        <Group
          {...g}
          ctx={ctx}
          slug={slug}
          canManage={props.canManage}
          canMove={props.canMove}
          oneStatus={props.oneStatus}
        />
      ))}
    </>
  );
}
