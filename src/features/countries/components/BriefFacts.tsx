// The brief in a few figures: events and share of the quarter, sectors, participants (honest about
// lower bounds and missing numbers), format and the other partner countries in the same events.
import type { ReactNode } from 'react';
import { countryNames } from '../../../domain/countries';
import { foreignParticipantsSummary, roleBreakdownText } from '../../../domain/involvement';
import { participantsQuantity, participationsQuantity } from '../../../domain/press-text';
import { formatDateRange, formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type CountryBrief } from '../brief-model';

function Fact({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <div className="brief-fact">
      <dt>{label}</dt>
      <dd>
        <span className="brief-fact__value">{value}</span>
        {children && <span className="brief-fact__details">{children}</span>}
      </dd>
    </div>
  );
}

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
      where: `в ${countOf(people.events, FORMS.eventPrep)}${people.events > 1 ? ' (сумма: участник нескольких мероприятий учтён в каждом)' : ''}`,
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
      <Fact label="Роль страны" value={roleBreakdownText(brief.view, brief.code) || '—'}>
        мероприятий по каждой роли; в одном мероприятии у страны может быть несколько ролей
      </Fact>
      <Fact label="Направлений" value={formatNumber(brief.sectors.length)}>
        {topSector &&
          brief.sectors.filter((x) => x.count === topSector.count).length === 1 &&
          `больше всего — ${topSector.name} (${formatNumber(topSector.count)})`}
      </Fact>
      <Fact label="Участия" value={stated[0]?.value ?? 'не указаны'}>
        {participantDetails.join('; ')}
      </Fact>
      <Fact label="Формат" value={`очно — ${formatNumber(n - brief.online)}`}>
        дистанционно — {formatNumber(brief.online)}
      </Fact>
      <Fact label="Сроки" value={brief.span ? formatDateRange(brief.span.start, brief.span.end) : 'не указаны'}>
        с первого по последний день мероприятий
      </Fact>
      <Fact
        label="Другие страны в этих мероприятиях"
        value={brief.partners.length > 0 ? formatNumber(brief.partners.length) : 'нет'}
      >
        {brief.partners.map((c) => `${countryNames(c.code).short} (${formatNumber(c.count)})`).join(', ')}
      </Fact>
    </dl>
  );
}
