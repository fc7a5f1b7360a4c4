// Placeholder detail; the explorer issue completes it.
import { Link, useParams } from 'react-router-dom';
import { ReportGate } from '../../shared/components/ReportGate';
import { EmptyState } from '../../shared/components/QueryStates';

export function EventDetailPage() {
  const { eventId } = useParams();
  return (
    <ReportGate>
      {(report) => {
        const event = report.events.find((e) => e.id === eventId);
        if (!event)
          return (
            <EmptyState title="Мероприятие не найдено">
              <Link to="/events">К списку мероприятий</Link>
            </EmptyState>
          );
        return (
          <article>
            <h2>{event.title}</h2>
            <p>{event.description}</p>
          </article>
        );
      }}
    </ReportGate>
  );
}
