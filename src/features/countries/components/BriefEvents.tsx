// The country's events in date order: the brief's timeline and its list in one table.
import { Link } from 'react-router-dom';
import { paths, type LinkBuilder } from '../../../config/paths';
import { countryNames } from '../../../domain/countries';
import { participantsQuantity } from '../../../domain/press-text';
import type { EventsView } from '../../../domain/events-view';
import type { ReportEvent } from '../../../domain/report-schema';
import { formatDateRange } from '../../../lib/format';

function placeText(e: ReportEvent): string {
  const where = [
    e.place.city,
    e.place.countryCode && e.place.countryCode !== 'RU' ? countryNames(e.place.countryCode).short : null,
  ]
    .filter(Boolean)
    .join(', ');
  if (e.place.online) return where ? `${where} (дистанционно)` : 'дистанционно';
  return where || e.place.raw || '—';
}

function participantsText(e: ReportEvent): string {
  const p = e.participants;
  if (p.count === null) return 'не указано';
  return participantsQuantity(p.count, p.unit, p.qualifier === 'atLeast');
}

export function BriefEvents({ view, link, caption }: { view: EventsView; link: LinkBuilder; caption: string }) {
  return (
    <div className="brief-events">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Даты</th>
            <th scope="col">Мероприятие</th>
            <th scope="col">Место</th>
            <th scope="col">Направление</th>
            <th scope="col">Участники</th>
          </tr>
        </thead>
        <tbody>
          {view.events().map((e) => (
            <tr key={e.id}>
              <td className="brief-events__date">
                {e.dates.start ? formatDateRange(e.dates.start, e.dates.end) : e.dates.raw || '—'}
              </td>
              <th scope="row" className="brief-events__title">
                <Link to={link(paths.event(e.id))}>
                  <span className="brief-events__number">№ {e.number}.</span> {e.title}
                </Link>
              </th>
              <td>{placeText(e)}</td>
              <td>{e.sector.name}</td>
              <td>{participantsText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
