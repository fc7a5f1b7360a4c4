// One event, everything the report says about it: the source text of each field beside what was
// parsed from it, data-quality warnings, and previous/next within the list's current filter.
import { useMemo, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { countryNames } from '../../domain/countries';
import type { PreparedReport } from '../../domain/prepared-report';
import type { ReportEvent } from '../../domain/report-schema';
import { listPosition, parseSortValues, SORT_PARAMS } from '../../domain/sort';
import { Flag } from '../../shared/components/Flag';
import { EmptyState } from '../../shared/components/QueryStates';
import { ReportGate } from '../../shared/components/ReportGate';
import { formatDate, formatDateRange, formatNumber } from '../../lib/format';
import { CountryEvidence } from './components/CountryEvidence';
import { fieldLabel, participantsLong, qualifierLabel, unitLabel } from './event-format';
import { detailHref, listHref } from './events-url';
import { useUrlState } from '../../shared/hooks/use-url-state';
import './events.css';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Source({ text }: { text: string }) {
  return text.trim() ? <q className="detail-source">{text}</q> : <span className="muted">в отчёте пусто</span>;
}

/** Previous/next within the list's filter and sort, which the URL carries from the explorer. */
function Pager({ model, event }: { model: PreparedReport; event: ReportEvent }) {
  const { filters, params } = useUrlState(model);
  const rawSort = params.get(SORT_PARAMS.key);
  const rawDir = params.get(SORT_PARAMS.dir);
  const { index, total, prev, next } = useMemo(
    () => listPosition(model, filters, parseSortValues(rawSort, rawDir).sort, event.id),
    [model, filters, rawSort, rawDir, event.id],
  );
  return (
    <nav className="detail-pager" aria-label="Соседние мероприятия">
      <Link to={listHref(params, event.id)} className="detail-pager__back">
        ← К списку{total < model.size ? ' (с тем же фильтром)' : ''}
      </Link>
      <span className="detail-pager__position">
        {index >= 0 ? `${formatNumber(index + 1)} из ${formatNumber(total)}` : 'Мероприятие не входит в текущий фильтр'}
      </span>
      <span className="detail-pager__steps">
        {prev ? (
          <Link to={detailHref(prev.id, params)} rel="prev">
            ← Предыдущее <span className="visually-hidden">: {prev.title}</span>
          </Link>
        ) : (
          <span className="muted">← Предыдущее</span>
        )}
        {next ? (
          <Link to={detailHref(next.id, params)} rel="next">
            Следующее <span className="visually-hidden">: {next.title}</span> →
          </Link>
        ) : (
          <span className="muted">Следующее →</span>
        )}
      </span>
    </nav>
  );
}

function Detail({ model, event }: { model: PreparedReport; event: ReportEvent }) {
  const { place, dates, participants: p } = event;
  const placeCountry = place.countryCode ? countryNames(place.countryCode).short : null;
  return (
    <article className="detail" aria-labelledby="event-title">
      <Pager model={model} event={event} />
      <p className="detail__eyebrow">
        № {event.number} · {event.sector.name}
      </p>
      <h2 id="event-title">{event.title || 'Без названия'}</h2>

      {event.warnings.length > 0 && (
        <section className="banner banner--warning detail__warnings" aria-labelledby="warnings-title">
          <h3 id="warnings-title">Замечания к данным этой строки</h3>
          <ul>
            {event.warnings.map((w, i) => (
              <li key={`${w.field}-${i}`}>
                <strong>{fieldLabel(w.field)}</strong>: {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="detail__grid">
        <section className="card" aria-labelledby="what-title">
          <h3 id="what-title">Цель, содержание и результат</h3>
          {event.description.trim() ? (
            event.description.split(/\n+/).map((para, i) => <p key={i}>{para}</p>)
          ) : (
            <p className="muted">В отчёте описание не приведено.</p>
          )}
        </section>

        <section className="card" aria-labelledby="facts-title">
          <h3 id="facts-title">Сведения</h3>
          <dl className="detail-fields">
            <Field label="Направление">{event.sector.name}</Field>
            <Field label="Место (в отчёте)">
              <Source text={place.raw} />
            </Field>
            <Field label="Место (распознано)">
              {place.city && `г. ${place.city}`}
              {place.city && placeCountry && ', '}
              {placeCountry && (
                <>
                  <Flag code={place.countryCode!} />
                  {placeCountry}
                </>
              )}
              {!place.city && !placeCountry && '—'}
              {place.online && <span className="badge badge--online">онлайн</span>}
            </Field>
            <Field label="Сроки (в отчёте)">
              <Source text={dates.raw} />
            </Field>
            <Field label="Сроки (распознано)">
              {dates.start ? (
                <>
                  {formatDateRange(dates.start, dates.end)}{' '}
                  <span className="muted">
                    ({formatDate(dates.start)}
                    {dates.end && dates.end !== dates.start ? ` — ${formatDate(dates.end)}` : ''})
                  </span>
                </>
              ) : (
                'не распознаны'
              )}
            </Field>
            <Field label="Страны-партнёры">
              {event.countries.length === 0 ? (
                '—'
              ) : (
                <ul className="country-list">
                  {event.countries.map((c) => (
                    <li key={c}>
                      <Flag code={c} />
                      {countryNames(c).short} <span className="muted">({countryNames(c).official})</span>
                    </li>
                  ))}
                </ul>
              )}
            </Field>
          </dl>
        </section>

        <section className="card detail__participants" aria-labelledby="participants-title">
          <h3 id="participants-title">Участники</h3>
          <div className="detail-side-by-side">
            <div>
              <h4>Текст отчёта</h4>
              <Source text={p.raw} />
            </div>
            <div>
              <h4>Распознано</h4>
              <dl className="detail-fields">
                <Field label="Число">{participantsLong(p)}</Field>
                <Field label="Точность">{qualifierLabel(p.qualifier)}</Field>
                <Field label="Единица">{unitLabel(p.unit)}</Field>
                <Field label="Из них из-за рубежа">
                  {event.foreignParticipants === null
                    ? 'не указано'
                    : `${formatNumber(event.foreignParticipants.count)} (${event.foreignParticipants.basis === 'stated' ? 'указано в отчёте' : 'выведено из состава участников'})`}
                </Field>
              </dl>
            </div>
          </div>
        </section>

        <CountryEvidence event={event} />
      </div>
    </article>
  );
}

export function EventDetailPage() {
  const { eventId } = useParams();
  const [params] = useSearchParams();
  return (
    <ReportGate>
      {(model) => {
        const event = model.events.find((e) => e.id === eventId);
        if (!event)
          return (
            <EmptyState title="Мероприятие не найдено">
              <p>
                В отчёте нет мероприятия с идентификатором «{eventId}». Возможно, ссылка устарела или относится к
                другому отчёту.
              </p>
              <Link to={listHref(params)}>К списку мероприятий</Link>
            </EmptyState>
          );
        return <Detail model={model} event={event} />;
      }}
    </ReportGate>
  );
}
