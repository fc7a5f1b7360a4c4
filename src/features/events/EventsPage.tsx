// Placeholder list; the events explorer (table, search, facets) replaces it.
import { Link } from 'react-router-dom';
import { ReportGate } from '../../shared/components/ReportGate';
import { formatDateRange } from '../../shared/format';

export function EventsPage() {
  return (
    <ReportGate>
      {(report) => (
        <section aria-labelledby="events-title">
          <h2 id="events-title">Мероприятия</h2>
          <ol>
            {report.events.map((e) => (
              <li key={e.id}>
                <Link to={`/events/${e.id}`}>{e.title}</Link> — {formatDateRange(e.dates.start, e.dates.end)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </ReportGate>
  );
}
