// A brief was asked for a code that is not a country, or a country the report does not mention:
// say which, and offer the countries that do have a brief.
import { Link } from 'react-router-dom';
import { paths, type LinkBuilder } from '../../../config/paths';
import { eventsByCountry } from '../../../domain/aggregations';
import { countryNames } from '../../../domain/countries';
import type { PreparedReport } from '../../../domain/prepared-report';
import { formatQuarter } from '../../../lib/calendar';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type BriefLookup } from '../brief-model';

export function UnknownCountry({
  model,
  lookup,
  link,
}: {
  model: PreparedReport;
  lookup: Exclude<BriefLookup, { kind: 'found' }>;
  link: LinkBuilder;
}) {
  const { period } = model.report;
  const quarter = formatQuarter(period.year, period.quarter);
  const countries = eventsByCountry(model.all);
  let message: string;
  if (lookup.kind === 'invalid')
    message = `«${lookup.raw}» — не код страны. Справка открывается по двухбуквенному коду ISO, например /countries/BY.`;
  else if (lookup.known)
    message = `В отчёте за ${quarter} нет мероприятий с участием ${countryNames(lookup.code).genitive}.`;
  else message = `В отчёте за ${quarter} нет мероприятий с участием страны с кодом ${lookup.code}.`;
  return (
    <section className="country-missing" aria-labelledby="country-missing-title">
      <h2 id="country-missing-title">Справка по стране недоступна</h2>
      <p role="alert">{message}</p>
      {countries.length > 0 && (
        <>
          <h3>Страны-партнёры в отчёте</h3>
          <ul className="country-missing__list">
            {countries.map((c) => (
              <li key={c.code}>
                <Link to={link(paths.country(c.code))}>{countryNames(c.code).short}</Link> —{' '}
                {countOf(c.count, FORMS.event)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={link(paths.overview())}>Обзор квартала</Link> · <Link to={link(paths.events())}>Все мероприятия</Link>
      </p>
    </section>
  );
}
