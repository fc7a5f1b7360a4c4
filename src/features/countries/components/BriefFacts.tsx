// The brief in a few figures: events and share of the quarter, sectors, participants (honest about
// lower bounds and missing numbers), format and the other partner countries in the same events.
import type { ReactNode } from 'react';
import { countryNames } from '../../../domain/countries';
import { foreignParticipantsSummary, roleBreakdownText } from '../../../domain/involvement';
import { participantsQuantity, participationsQuantity } from '../../../domain/press-text';
import { formatDateRange, formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type CountryBrief } from '../brief-model';

function Fact({
  label,
  value,
  children,
  className,
  screenOnlyDetails = false,
}: {
  label: string;
  value: ReactNode;
  children?: ReactNode;
  className?: string;
  /** The details explain what the footnote of the printed brief says once for the page. */
  screenOnlyDetails?: boolean;
}) {
  return (
    <div className={className ? `brief-fact ${className}` : 'brief-fact'}>
      <dt>{label}</dt>
      <dd>
        <span className="brief-fact__value">{value}</span>
        {children && (
          <span className={screenOnlyDetails ? 'brief-fact__details no-print' : 'brief-fact__details'}>{children}</span>
        )}
      </dd>
    </div>
  );
}

/** Explanations the screen shows beside a figure and the printed page once, in its footnote. */
const ROLES_NOTE = 'мероприятий по каждой роли; в одном мероприятии у страны может быть несколько ролей';
const SUM_NOTE = '(сумма: участник нескольких мероприятий учтён в каждом)';

export function BriefFacts({ brief }: { brief: CountryBrief }) {
  const { people, organizations, unstated } = brief.participants;
  const foreign = foreignParticipantsSummary(brief.view);
  const n = brief.view.size;
  // People and organisations are never added together: each is its own figure.
  const stated: { value: string; where: string }[] = [];
  if (people.events > 0)
    stated.push({
      value:
        people.events === 1
          ? participantsQuantity(people.total, 'people', people.atLeast)
          : participationsQuantity(people),
      where: `в ${countOf(people.events, FORMS.eventPrep)}`,
    });
  if (organizations.events > 0)
    stated.push({
      value: participantsQuantity(organizations.total, 'organizations', organizations.atLeast),
      where: `в ${countOf(organizations.events, FORMS.eventPrep)}`,
    });
  const participantDetails = [
    stated[0]?.where,
    ...stated.slice(1).map((x) => `${x.value} ${x.where}`),
    foreign.events > 0
      ? `иностранных участников — ${formatNumber(foreign.total)} в ${countOf(foreign.events, FORMS.eventPrep)} (${foreign.derived.events === 0 ? 'указано в отчёте' : foreign.stated.events === 0 ? 'выведено из состава участников' : `указано — ${formatNumber(foreign.stated.total)}, выведено — ${formatNumber(foreign.derived.total)}`})`
      : null,
    unstated > 0 ? `без указания числа — ${countOf(unstated, FORMS.event)}` : null,
  ].filter(Boolean);
  const topSector = brief.sectors[0];

  return (
    <dl className="brief-facts">
      <Fact label="Мероприятий" value={formatNumber(n)}>
        {formatPercent(brief.share)} от {countOf(brief.view.model.size, FORMS.eventGen)} квартала
      </Fact>
      <Fact
        label="Роль страны"
        value={roleBreakdownText(brief.view, brief.code) || '—'}
        className="brief-fact--roles"
        screenOnlyDetails
      >
        {ROLES_NOTE}
      </Fact>
      <Fact label="Направлений" value={formatNumber(brief.sectors.length)}>
        {topSector &&
          brief.sectors.filter((x) => x.count === topSector.count).length === 1 &&
          `больше всего — ${topSector.name} (${formatNumber(topSector.count)})`}
      </Fact>
      <Fact label="Участия" value={stated[0]?.value ?? 'не указаны'}>
        {participantDetails[0]}
        {/* A sum over several events; on paper the brief's footnote says this once, for the page. */}
        {people.events > 1 && <span className="no-print"> {SUM_NOTE}</span>}
        {participantDetails.slice(1).map((d) => `; ${d}`)}
      </Fact>
      <Fact label="Формат" value={`очно — ${formatNumber(n - brief.online)}`}>
        дистанционно — {formatNumber(brief.online)}
      </Fact>
      <Fact
        label="Сроки"
        value={brief.span ? formatDateRange(brief.span.start, brief.span.end) : 'не указаны'}
        screenOnlyDetails
      >
        с первого по последний день мероприятий
      </Fact>
      <Fact label="Другие страны" value={brief.partners.length > 0 ? formatNumber(brief.partners.length) : 'нет'}>
        {`в тех же мероприятиях${brief.partners.length > 0 ? ': ' : ''}`}
        {brief.partners.map((c) => `${countryNames(c.code).short} (${formatNumber(c.count)})`).join(', ')}
      </Fact>
    </dl>
  );
}
