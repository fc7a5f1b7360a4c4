// Agreements signed and arrangements reached in the country's events, each with the report's words
// and a link to its event (extracted by the ingest: outcomes, src/ingest/roles.ts). Screen only: the printed
// brief stays one A4 page (the event rows and the facts carry the count).
import { Link } from 'react-router-dom';
import { paths, type LinkBuilder } from '../../../config/paths';
import type { EventsView } from '../../../domain/events-view';
import { outcomesSummary, type OutcomeItem } from '../../../domain/involvement';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';

function Item({ item, link }: { item: OutcomeItem; link: LinkBuilder }) {
  const { outcome } = item;
  return (
    <li>
      <Link to={link(paths.event(item.eventId))}>№ {item.eventNumber}</Link> {item.title}
      {outcome.kind === 'agreement' && (
        <>
          {' — '}
          <strong>
            {outcome.count === null ? 'соглашения (число не указано)' : countOf(outcome.count, FORMS.agreement)}
          </strong>
          {outcome.parties.length > 0 && <>: {outcome.parties.join(', ')}</>}
        </>
      )}
      <br />
      <q className="brief-outcome__quote">{outcome.evidence.text}</q>
    </li>
  );
}

export function BriefOutcomes({ view, link }: { view: EventsView; link: LinkBuilder }) {
  const o = outcomesSummary(view);
  if (o.agreementList.length === 0 && o.arrangementList.length === 0) return null;
  return (
    <section aria-labelledby="brief-outcomes-title" className="brief-section no-print">
      <h3 id="brief-outcomes-title">Соглашения и договорённости</h3>
      {o.agreementList.length > 0 && (
        <>
          <p>
            Подписано {o.atLeast ? 'не менее ' : ''}
            {countOf(o.agreements, o.atLeast ? FORMS.agreementGen : FORMS.agreement)} в{' '}
            {countOf(o.agreementEvents, FORMS.eventPrep)}:
          </p>
          <ul className="brief-outcomes">
            {o.agreementList.map((item) => (
              <Item key={`${item.eventId}-${item.outcome.evidence.start}`} item={item} link={link} />
            ))}
          </ul>
        </>
      )}
      {o.arrangementList.length > 0 && (
        <>
          <p>Достигнутые договорённости ({formatNumber(o.arrangementList.length)}):</p>
          <ul className="brief-outcomes">
            {o.arrangementList.map((item) => (
              <Item key={`${item.eventId}-${item.outcome.evidence.start}`} item={item} link={link} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
