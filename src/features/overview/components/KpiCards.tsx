// The quarter in five numbers. Each card says exactly what it counts; the participants card says how
// certain its number is («не менее», events without a number, organisations apart from people).
import { useId, type ReactNode } from 'react';
import {
  delegationMeetings,
  eventsByCountry,
  eventsByWeek,
  onlineEventCount,
  participantsSummary,
  peakWeeks,
} from '../../../domain/aggregations';
import { change, changeSentence, type ComparisonContext } from '../../../domain/comparison';
import type { EventsView } from '../../../domain/events-view';
import {
  countriesSummary,
  foreignParticipantsSummary,
  foreignParticipationCount,
  outcomesSummary,
} from '../../../domain/involvement';
import { countriesPhrase, leadingCountries } from '../../../domain/press-text';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS, joinRu, pluralize } from '../../../lib/lexicon';
import { useCountryLabel, weekLabel } from '../labels';

function Kpi({
  label,
  value,
  change,
  children,
  className,
}: {
  label: string;
  value: ReactNode;
  /** Print layout hooks: `kpi--wide-print`, `no-print`. */
  className?: string;
  /** The change against the compared quarter, in words. */
  change?: string | null;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `card kpi ${className}` : 'card kpi'} role="group" aria-labelledby={id}>
      <p className="kpi__label" id={id}>
        {label}
      </p>
      <p className="kpi__value">{value}</p>
      {change && <p className="kpi__change">{change}</p>}
      {children && <div className="kpi__details">{children}</div>}
    </div>
  );
}

/** «не менее 6 778», «3», or «—» when the report states no number at all. */
function LowerBound({ known, atLeast, value }: { known: boolean; atLeast: boolean; value: number }) {
  if (!known) return '—';
  return (
    <>
      {atLeast && <span className="kpi__qualifier">не менее </span>}
      {formatNumber(value)}
    </>
  );
}

/** «, с Беларусью»: the partner countries of the events where agreements were signed. */
function agreementCountries(
  list: ReturnType<typeof outcomesSummary>['agreementList'],
  countryLabel: (code: string) => string,
): string {
  const codes = [...new Set(list.flatMap((a) => a.countries))];
  return codes.length > 0 ? ` (${codes.map((c) => countryLabel(c)).join(', ')})` : '';
}

export function KpiCards({
  view,
  filtered,
  comparison,
}: {
  /** Events after the active filter. */
  view: EventsView;
  filtered: boolean;
  /** The compared quarter's events under the same filter. */
  comparison?: ComparisonContext | null;
}) {
  const countryLabel = useCountryLabel();
  const total = view.model.size;
  const online = onlineEventCount(view);
  const countries = eventsByCountry(view);
  const top = leadingCountries(countries);
  const named = countriesSummary(view);
  const withForeign = foreignParticipationCount(view);
  const { people, organizations, unstated } = participantsSummary(view);
  const foreign = foreignParticipantsSummary(view);
  const outcomes = outcomesSummary(view);
  const delegations = delegationMeetings(view.model.report.notes);
  const peaks = peakWeeks(eventsByWeek(view));
  const vs = (value: number, earlier: (v: EventsView) => number) =>
    comparison ? changeSentence(change(value, earlier(comparison.earlier)), comparison.quarter) : null;
  const earlierDelegations = comparison ? delegationMeetings(comparison.earlier.model.report.notes) : null;

  return (
    <div className="kpis">
      <Kpi label="Мероприятий" value={formatNumber(view.size)} change={vs(view.size, (v) => v.size)}>
        {filtered && (
          <p>
            из {formatNumber(total)} {pluralize(total, FORMS.eventGen)} в отчёте
          </p>
        )}
        <p>
          очно — {formatNumber(view.size - online)}, дистанционно — {formatNumber(online)}
        </p>
        <p>с иностранным участием — {formatNumber(withForeign)}</p>
      </Kpi>
      <Kpi
        label="Стран-партнёров"
        value={formatNumber(countries.length)}
        change={vs(countries.length, (v) => eventsByCountry(v).length)}
      >
        {countries.length > 0 ? <p>{countriesPhrase(named)}</p> : <p>иностранные страны не названы</p>}
        {top && top.items.length === 1 && (
          <p>
            чаще всего — {countryLabel(top.items[0]!.code)}: {countOf(top.count, FORMS.event)}
          </p>
        )}
        {top && top.items.length > 1 && top.items.length < countries.length && (
          <p>
            чаще всего — {joinRu(top.items.map((c) => countryLabel(c.code)))}: по {countOf(top.count, FORMS.eventPo)}
          </p>
        )}
      </Kpi>
      <Kpi
        label="Участий в мероприятиях"
        className="kpi--wide-print"
        value={<LowerBound known={people.events > 0} atLeast={people.atLeast} value={people.total} />}
      >
        {people.events > 0 && (
          <p>
            человек — сумма по {formatNumber(people.events)} {pluralize(people.events, FORMS.eventDat)} с указанным
            числом; побывавший на двух мероприятиях учтён дважды
          </p>
        )}
        {unstated > 0 && (
          <p>
            не указано в {formatNumber(unstated)} {pluralize(unstated, FORMS.eventPrep)}
          </p>
        )}
        {organizations.events > 0 && (
          <p>
            отдельно {organizations.atLeast ? 'не менее ' : ''}
            {countOf(organizations.total, FORMS.organization)} (в {formatNumber(organizations.events)}{' '}
            {pluralize(organizations.events, FORMS.eventPrep)})
          </p>
        )}
        {foreign.events > 0 && (
          <p>
            из-за рубежа — {formatNumber(foreign.total)} в {countOf(foreign.events, FORMS.eventPrep)}
            {foreign.derived.events > 0 &&
              ` (указано в отчёте — ${formatNumber(foreign.stated.total)}, выведено из состава участников — ${formatNumber(foreign.derived.total)})`}
          </p>
        )}
      </Kpi>
      <Kpi
        label="Подписано соглашений"
        value={
          <LowerBound known={outcomes.agreementEvents > 0} atLeast={outcomes.atLeast} value={outcomes.agreements} />
        }
      >
        {outcomes.agreementEvents > 0 ? (
          <p>
            в {countOf(outcomes.agreementEvents, FORMS.eventPrep)}
            {agreementCountries(outcomes.agreementList, countryLabel)}
          </p>
        ) : (
          <p>в этих мероприятиях соглашения не названы</p>
        )}
        {outcomes.arrangementList.length > 0 && (
          <p>
            достигнутые договорённости — ещё в{' '}
            {countOf(new Set(outcomes.arrangementList.map((a) => a.eventId)).size, FORMS.eventPrep)}
          </p>
        )}
      </Kpi>
      {/* On paper the first card's «дистанционно — N» says it; the page has no room to repeat it. */}
      <Kpi
        label="Дистанционных мероприятий"
        value={formatNumber(online)}
        change={vs(online, onlineEventCount)}
        className="no-print"
      >
        <p>видеоконференции, онлайн-лекции и др.</p>
      </Kpi>
      <Kpi
        label="Встреч с иностранными делегациями"
        value={delegations?.count != null ? formatNumber(delegations.count) : '—'}
        change={
          // The note counts the whole quarter: compared only when both reports state a number.
          delegations?.count != null && earlierDelegations?.count != null
            ? vs(delegations.count, () => earlierDelegations.count!)
            : null
        }
      >
        <p>
          {delegations
            ? 'по итоговой записке отчёта (приёмы, переговоры в Доме Советов)'
            : 'в отчёте нет записки о встречах с делегациями'}
          {filtered && delegations ? '; за весь квартал, фильтр не применяется' : ''}
        </p>
      </Kpi>
      <Kpi label="Пик активности" value={peaks[0] ? weekLabel(peaks[0]) : '—'}>
        {peaks[0] ? (
          <p>
            {countOf(peaks[0].count, FORMS.event)} за неделю
            {peaks.length > 1 ? ` (также: ${peaks.slice(1).map(weekLabel).join(', ')})` : ''}
          </p>
        ) : (
          <p>нет мероприятий с датами</p>
        )}
      </Kpi>
    </div>
  );
}
