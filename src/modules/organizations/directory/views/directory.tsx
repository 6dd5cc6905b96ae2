/**
 * The public directory: a search form, a page of results with the filters in force as chips
 * above it, and facets with counts behind a "Filters" disclosure (a sidebar on wide screens).
 */
import type { Locale, Translate } from '../../../../platform/i18n/index.js';
import type { PageContext } from '../../../../ui/page.js';
import {
  countryName,
  IATI_ORGANISATION_TYPES,
  regionName,
  SDGS,
} from '../../../reference/index.js';
import type { Directory, DirectoryQuery } from '../service.js';
import { DirectoryExportLinks } from './export-links.js';

/** The directory's URL with `changes` applied to the current query (a new filter starts a new first page). */
function href(
  query: DirectoryQuery,
  changes: Partial<Record<keyof DirectoryQuery, string | undefined>>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, after: undefined, ...changes })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/organizations?${text}` : '/organizations';
}

const FILTERS = ['gs', 'verified', 'region', 'country', 'sdg', 'type'] as const;

/** The filters in force, in the facets' order, each with the address of the search without it. */
function activeFilters(query: DirectoryQuery, t: Translate, locale: Locale) {
  const label = (name: (typeof FILTERS)[number], value: string) => {
    switch (name) {
      case 'gs':
        return t('directory.globalSouth');
      case 'verified':
        return t('directory.verified.badge');
      case 'region':
        return regionName(value, locale) ?? value;
      case 'country':
        return countryName(value, locale);
      case 'sdg':
        return `${value}. ${SDGS[Number(value)]?.[locale] ?? ''}`;
      case 'type':
        return IATI_ORGANISATION_TYPES[Number(value)]?.[locale] ?? value;
    }
  };
  return FILTERS.flatMap((name) => {
    const value = query[name];
    if (value === undefined) return [];
    return [{ label: label(name, String(value)), href: href(query, { [name]: undefined }) }];
  });
}

/** The filters in force as chips, each a link that removes it, and one that removes them all. */
function FilterChips(props: {
  ctx: PageContext;
  query: DirectoryQuery;
  active: ReturnType<typeof activeFilters>;
}) {
  const { t } = props.ctx;
  const { active } = props;
  if (active.length === 0) return null;
  const none = Object.fromEntries(FILTERS.map((name) => [name, undefined]));
  return (
    <ul class="chips" aria-label={t('directory.filters.active')}>
      {active.map((filter) => (
        <li>
          <a
            class="chip"
            href={filter.href}
            aria-label={t('directory.filters.remove', { filter: filter.label })}
          >
            {filter.label}
          </a>
        </li>
      ))}
      <li>
        <a href={href(props.query, none)}>{t('directory.filters.clear')}</a>
      </li>
    </ul>
  );
}

function Facet(props: {
  title: string;
  name: keyof DirectoryQuery;
  query: DirectoryQuery;
  items: { value: string; label: string; count: number }[];
  anyLabel: string;
}) {
  if (props.items.length === 0) return null;
  const current = props.query[props.name];
  return (
    <section class="facet" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {current !== undefined && (
          <li>
            <a href={href(props.query, { [props.name]: undefined })}>{props.anyLabel}</a>
          </li>
        )}
        {props.items.slice(0, 12).map((item) => (
          <li>
            <a
              href={href(props.query, { [props.name]: item.value })}
              aria-current={String(current) === item.value ? 'true' : undefined}
            >
              {item.label}
            </a>{' '}
            <span class="count">({item.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DirectoryPage(props: {
  ctx: PageContext;
  query: DirectoryQuery;
  directory: Directory;
}) {
  const { ctx, query, directory } = props;
  const { t, locale } = ctx;
  const any = t('directory.any');
  const active = activeFilters(query, t, locale);
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p>
        <a href="/network/figures">{t('layout.nav.figures')}</a>
      </p>
      <form method="get" action="/organizations" class="row search-form">
        <label for="directory-q">{t('directory.search')}</label>
        <input id="directory-q" type="search" name="q" value={query.q ?? ''} />
        {query.country && <input type="hidden" name="country" value={query.country} />}
        {query.region && <input type="hidden" name="region" value={query.region} />}
        {query.gs && <input type="hidden" name="gs" value="1" />}
        {query.sdg && <input type="hidden" name="sdg" value={String(query.sdg)} />}
        {query.type && <input type="hidden" name="type" value={String(query.type)} />}
        {query.verified && <input type="hidden" name="verified" value="1" />}
        <button type="submit" class="button">
          {t('directory.searchSubmit')}
        </button>
      </form>
      <p role="status">{t('directory.count', { count: directory.total })}</p>
      <DirectoryExportLinks ctx={ctx} query={query} />
      <div class="directory">
        {/* Folded on a phone, so that the results come first; a sidebar on a wide screen
            (app.css). Choosing a filter loads a new page, where it is folded again. */}
        <details class="facets">
          <summary>{t('directory.filters.summary', { count: active.length })}</summary>
          <h2 class="visually-hidden">{t('directory.filters')}</h2>
          <section class="facet" aria-label={t('directory.globalSouth')}>
            <h3>{t('directory.globalSouth')}</h3>
            <ul>
              <li>
                {query.gs ? (
                  <a href={href(query, { gs: undefined })}>{any}</a>
                ) : (
                  <>
                    <a href={href(query, { gs: '1' })}>{t('directory.globalSouth.only')}</a>{' '}
                    <span class="count">({directory.facets.globalSouth})</span>
                  </>
                )}
              </li>
            </ul>
          </section>
          <section class="facet" aria-label={t('directory.verified')}>
            <h3>{t('directory.verified')}</h3>
            <ul>
              <li>
                {query.verified ? (
                  <a href={href(query, { verified: undefined })}>{any}</a>
                ) : (
                  <>
                    <a href={href(query, { verified: '1' })}>{t('directory.verified.only')}</a>{' '}
                    <span class="count">({directory.facets.verified})</span>
                  </>
                )}
              </li>
            </ul>
          </section>
          <Facet
            title={t('directory.region')}
            name="region"
            query={query}
            items={directory.facets.regions}
            anyLabel={any}
          />
          <Facet
            title={t('org.field.country')}
            name="country"
            query={query}
            items={directory.facets.countries}
            anyLabel={any}
          />
          <Facet
            title={t('org.field.sdgs')}
            name="sdg"
            query={query}
            anyLabel={any}
            items={directory.facets.sdgs.map((f) => ({
              ...f,
              label: `${f.value}. ${SDGS[Number(f.value)]?.[locale] ?? ''}`,
            }))}
          />
          <Facet
            title={t('org.field.iatiType')}
            name="type"
            query={query}
            anyLabel={any}
            items={directory.facets.types.map((f) => ({
              ...f,
              label: IATI_ORGANISATION_TYPES[Number(f.value)]?.[locale] ?? f.value,
            }))}
          />
        </details>
        <div class="results">
          <h2 class="visually-hidden">{t('directory.results')}</h2>
          <FilterChips ctx={ctx} query={query} active={active} />
          {directory.organizations.length === 0 ? (
            <p>{t('directory.none')}</p>
          ) : (
            <ol class="cards">
              {directory.organizations.map((o) => (
                <li>
                  <a href={`/organizations/${o.slug}`}>
                    <strong>{o.name}</strong>
                  </a>
                  {o.acronym && ` (${o.acronym})`}
                  {o.verified && (
                    <>
                      {' '}
                      <span class="badge verification">{t('directory.verified.badge')}</span>
                    </>
                  )}
                  <br />
                  {o.countryName}
                  {o.city && `, ${o.city}`}
                </li>
              ))}
            </ol>
          )}
          {directory.next && (
            <p>
              <a
                href={`${href(query, {})}${href(query, {}).includes('?') ? '&' : '?'}after=${directory.next}`}
                rel="next"
              >
                {t('directory.next')}
              </a>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
