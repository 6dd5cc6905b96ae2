/** What of a delegation leaves the server for its pages: names, labels and dates, no rows. */
import { formatDateTime, type Locale } from '../../../platform/i18n/index.js';
import { countryName } from '../../reference/index.js';
import type { ExternalEventRow } from './queries.js';
import type { Delegation, DelegationDetails } from './service.js';

const day = (value: string, locale: Locale) =>
  formatDateTime(`${value}T12:00:00Z`, locale, 'UTC', 'date');

export function presentExternalEvent(row: ExternalEventRow, locale: Locale) {
  return {
    id: row.id,
    name: row.name,
    place: [row.city, row.country ? countryName(row.country, locale) : null]
      .filter(Boolean)
      .join(', '),
    when:
      row.starts_on === row.ends_on
        ? day(row.starts_on, locale)
        : `${day(row.starts_on, locale)} – ${day(row.ends_on, locale)}`,
    startsOn: row.starts_on,
    url: row.url,
  };
}
export type ExternalEventView = ReturnType<typeof presentExternalEvent>;

export function presentDelegation(
  delegation: Delegation,
  details: DelegationDetails,
  locale: Locale,
) {
  const orgName = new Map(details.organizations.map((o) => [o.id, o]));
  const personName = new Map(details.people.map((p) => [p.personId, p.name]));
  const lead = orgName.get(delegation.lead_organization_id);
  return {
    id: delegation.id,
    title: delegation.title,
    event: presentExternalEvent(details.event, locale),
    lead: lead ?? null,
    partners: details.organizations.filter((o) => o.id !== delegation.lead_organization_id),
    /** Invited, not yet answered: named to the delegation, no partners until they accept. */
    invited: details.invited,
    organizations: details.organizations,
    members: details.members.map((m) => ({
      id: m.id,
      personId: m.person_id,
      name: m.person_id ? (personName.get(m.person_id) ?? null) : m.guest_name,
      guest: m.person_id === null,
      organization: m.organization_id ? (orgName.get(m.organization_id)?.name ?? null) : null,
      role: m.role,
      travelStatus: m.travel_status,
    })),
    tasks: details.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      owner: t.owner_id ? (personName.get(t.owner_id) ?? null) : null,
      dueOn: t.due_on,
      due: day(t.due_on, locale),
      done: t.done_at !== null,
    })),
    /** People of the delegation's organisations who may be added, "orgId:personId". */
    candidates: details.people
      .filter((p) => !details.members.some((m) => m.person_id === p.personId))
      .map((p) => ({
        value: `${p.organizationId}:${p.personId}`,
        label: `${p.name} — ${orgName.get(p.organizationId)?.name ?? ''}`,
      })),
    /** Members who may own a task: people of the delegation's organisations (a guest gets no mail). */
    owners: details.members
      .filter((m) => m.person_id !== null && personName.has(m.person_id))
      .map((m) => ({ value: m.person_id!, label: personName.get(m.person_id!)! })),
  };
}
export type DelegationView = ReturnType<typeof presentDelegation>;
