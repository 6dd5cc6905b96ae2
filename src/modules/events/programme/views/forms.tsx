import { TableScroll } from '../../../../ui/data-table.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  PostButton,
  SelectField,
  Submit,
  TextAreaField,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { SDGS } from '../../../reference/index.js';
import {
  DescriptionFields,
  formReader,
  TimeRangeFields,
  TitleFields,
  TranslationFields,
} from '../../views/event-fields.js';
import type { RoomView } from '../presenters.js';
import { SESSION_KINDS } from '../schema.js';
import { sessionKindKey } from './page.js';

export type FormValues = Record<string, string | string[]>;

/** A room's name and seats, for adding one and for editing one. */
function RoomFields(props: {
  ctx: PageContext;
  form: { values: FormValues; errors: FieldErrors };
}) {
  const { t } = props.ctx;
  const value = (name: string) => String(props.form.values[name] ?? '');
  return (
    <>
      <Field
        name="name"
        label={t('programme.room.name')}
        value={value('name')}
        error={props.form.errors.name}
        required
      />
      <TranslationFields
        ctx={props.ctx}
        text={value}
        errors={props.form.errors}
        name="name"
        legend={t('programme.room.translations')}
        hint={t('programme.field.translations.hint')}
      />
      <Field
        name="capacity"
        type="number"
        label={`${t('programme.room.capacity')} (${t('form.optional')})`}
        hint={t('programme.room.capacity.hint')}
        value={value('capacity')}
        error={props.form.errors.capacity}
      />
    </>
  );
}

/** One room's edit form, on a page of its own (the rooms table stays narrow at 320px). */
export function RoomEditPage(props: {
  ctx: PageContext;
  event: { slug: string; title: string };
  room: { id: string; name: string };
  form: { values: FormValues; errors: FieldErrors };
}) {
  const { ctx, event, room } = props;
  const { t } = ctx;
  const rooms = `/events/${event.slug}/programme/rooms`;
  return (
    <>
      <p>
        <a href={rooms}>{t('programme.rooms.back')}</a>
      </p>
      <h1>{t('programme.room.editTitle', { name: room.name })}</h1>
      <p>{event.title}</p>
      <ErrorSummary ctx={ctx} errors={props.form.errors} />
      <form method="post" action={`${rooms}/${room.id}`} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <RoomFields ctx={ctx} form={props.form} />
        <Submit>{t('form.submit')}</Submit>
      </form>
    </>
  );
}

export function RoomsPage(props: {
  ctx: PageContext;
  event: { slug: string; title: string };
  venue: string | null;
  rooms: RoomView[];
  form: { values: FormValues; errors: FieldErrors };
}) {
  const { ctx, event } = props;
  const { t } = ctx;
  return (
    <>
      <p>
        <a href={`/events/${event.slug}/programme`}>{t('programme.back')}</a>
      </p>
      <h1>{t('programme.rooms.heading', { title: event.title })}</h1>
      {!props.venue && <p>{t('programme.rooms.noVenue')}</p>}
      {props.venue && (
        <>
          <p>{t('programme.rooms.venue', { venue: props.venue })}</p>
          {props.rooms.length === 0 ? (
            <p>{t('programme.rooms.none')}</p>
          ) : (
            <TableScroll label={t('programme.rooms.caption')}>
              <table>
                <caption>{t('programme.rooms.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('programme.room.name')}</th>
                    <th scope="col">{t('programme.room.capacity')}</th>
                    <th scope="col">{t('programme.rooms.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.rooms.map((room) => (
                    <tr>
                      <th scope="row">{room.name}</th>
                      <td>{room.capacity ?? '—'}</td>
                      <td>
                        <a
                          href={`/events/${event.slug}/programme/rooms/${room.id}/edit`}
                          aria-label={t('programme.room.editNamed', { name: room.name })}
                        >
                          {t('programme.room.edit')}
                        </a>{' '}
                        <PostButton
                          ctx={ctx}
                          action={`/events/${event.slug}/programme/rooms/${room.id}/delete`}
                          label={t('programme.room.delete')}
                          accessibleName={t('programme.room.deleteNamed', { name: room.name })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <h2>{t('programme.room.add')}</h2>
          <ErrorSummary ctx={ctx} errors={props.form.errors} />
          <form method="post" action={`/events/${event.slug}/programme/rooms`} class="stack">
            <CsrfField ctx={ctx} />
            <RoomFields ctx={ctx} form={props.form} />
            <Submit>{t('programme.room.add')}</Submit>
          </form>
        </>
      )}
    </>
  );
}

export function SessionForm(props: {
  ctx: PageContext;
  action: string;
  rooms: RoomView[];
  values: FormValues;
  errors: FieldErrors;
  /** The speakers' other commitments at that time, when the organiser has yet to confirm. */
  warnings: string[];
  submit: string;
}) {
  const { ctx, values, errors } = props;
  const { t, locale } = ctx;
  const { text, list, optional } = formReader(values, ctx);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={props.action} class="stack wide" novalidate>
        <CsrfField ctx={ctx} />
        {props.warnings.length > 0 && (
          <div class="notice warning" role="alert" aria-labelledby="speaker-warning">
            <h2 id="speaker-warning">{t('programme.warning.title')}</h2>
            <ul>
              {props.warnings.map((w) => (
                <li>{w}</li>
              ))}
            </ul>
            <label class="checkbox">
              <input type="checkbox" id="field-confirmOverlap" name="confirmOverlap" value="1" />{' '}
              {t('programme.warning.confirm')}
            </label>
          </div>
        )}
        <SelectField
          name="kind"
          label={t('programme.field.kind')}
          value={text('kind') || 'panel'}
          error={errors.kind}
          options={SESSION_KINDS.map((k) => ({ value: k, label: t(sessionKindKey(k)) }))}
        />
        <TitleFields ctx={ctx} text={text} errors={errors} />
        <DescriptionFields ctx={ctx} text={text} errors={errors} rows={3} />
        <TimeRangeFields ctx={ctx} text={text} errors={errors} />
        <SelectField
          name="room"
          label={optional(t('programme.field.room'))}
          value={text('room')}
          error={errors.room}
          options={[
            { value: '', label: t('programme.field.room.none') },
            ...props.rooms.map((r) => ({
              value: r.id,
              label: r.capacity
                ? t('programme.field.room.option', { name: r.name, seats: r.capacity })
                : r.name,
            })),
          ]}
        />
        <Field
          name="track"
          label={optional(t('programme.field.track'))}
          value={text('track')}
          error={errors.track}
        />
        <TranslationFields
          ctx={ctx}
          text={text}
          errors={errors}
          name="track"
          legend={t('programme.field.track.translations')}
          hint={t('programme.field.translations.hint')}
        />
        <Field
          name="tags"
          label={optional(t('programme.field.tags'))}
          hint={t('programme.field.tags.hint')}
          value={text('tags')}
          error={errors.tags}
        />
        <TranslationFields
          ctx={ctx}
          text={text}
          errors={errors}
          name="tags"
          legend={t('programme.field.tags.translations')}
          hint={t('programme.field.tags.translations.hint')}
        />
        <TextAreaField
          name="moderator"
          label={optional(t('programme.field.moderator'))}
          hint={t('programme.field.speakers.hint')}
          value={text('moderator')}
          error={errors.moderator}
          rows={1}
        />
        <TextAreaField
          name="speakers"
          label={optional(t('programme.field.speakers'))}
          hint={t('programme.field.speakers.hint')}
          value={text('speakers')}
          error={errors.speakers}
          rows={4}
        />
        <Field
          name="capacity"
          type="number"
          label={optional(t('programme.field.capacity'))}
          hint={t('programme.field.capacity.hint')}
          value={text('capacity')}
          error={errors.capacity}
        />
        <CheckboxGroup
          name="sdgs"
          legend={optional(t('event.field.sdgs'))}
          checked={list('sdgs')}
          error={errors.sdgs}
          options={Object.entries(SDGS).map(([n, names]) => ({
            value: n,
            label: `${n}. ${names[locale]}`,
          }))}
        />
        <Submit>{props.submit}</Submit>
      </form>
    </>
  );
}
