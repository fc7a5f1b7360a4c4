// Which words of the row led to which role of each country (rules: «Методика» on /quality), and the
// figures taken from the row with their words: the stated number of countries, foreign participants,
// agreements and arrangements. Each quote is the exact source text at the offsets the ingest recorded.
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { countryNames } from '../../../domain/countries';
import { ROLE_LABELS } from '../../../domain/methodology';
import type { Evidence, ReportEvent } from '../../../domain/report-schema';
import { WARNING_FIELD_LABELS } from '../../../domain/warning-fields';
import { formatNumber } from '../../../lib/format';
import { Flag } from '../../../shared/components/Flag';
import { useReportLink } from '../../../shared/hooks/use-report-link';

function Quote({ evidence }: { evidence: Evidence }) {
  return (
    <span className="evidence">
      <span className="muted">{WARNING_FIELD_LABELS[evidence.field]}:</span>{' '}
      <q className="detail-source">
        <mark>{evidence.text}</mark>
      </q>
    </span>
  );
}

function Quotes({ list }: { list: readonly Evidence[] }) {
  return (
    <ul className="evidence-list">
      {list.map((e) => (
        <li key={`${e.field}-${e.start}-${e.end}`}>
          <Quote evidence={e} />
        </li>
      ))}
    </ul>
  );
}

export function CountryEvidence({ event }: { event: ReportEvent }) {
  const link = useReportLink();
  const codes = [...new Set(event.countryRoles.map((r) => r.code))];
  const agreements = event.outcomes.filter((o) => o.kind === 'agreement');
  const arrangements = event.outcomes.filter((o) => o.kind === 'arrangement');
  const foreign = event.foreignParticipants;
  return (
    <section className="card detail__evidence" aria-labelledby="evidence-title">
      <h3 id="evidence-title">Страны и итоги: на чём основаны цифры</h3>
      {codes.length === 0 ? (
        <p className="muted">Иностранные страны в строке не названы.</p>
      ) : (
        <dl className="detail-fields">
          {codes.map((code) => (
            <div className="detail-field" key={code}>
              <dt>
                <Flag code={code} />
                {event.countries.includes(code) ? (
                  <Link to={link(paths.country(code))}>{countryNames(code).short}</Link>
                ) : (
                  countryNames(code).short
                )}
              </dt>
              <dd>
                <ul className="evidence-roles">
                  {event.countryRoles
                    .filter((r) => r.code === code)
                    .map((r) => (
                      <li key={r.role}>
                        <strong>{ROLE_LABELS[r.role]}</strong>
                        {r.role === 'context' && <span className="muted"> (не учитывается в подсчётах)</span>}
                        <Quotes list={r.evidence} />
                      </li>
                    ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {event.countriesStated && (
        <p>
          Всего стран по тексту строки: <Quote evidence={event.countriesStated.evidence} />; названо —{' '}
          {formatNumber(event.countries.length)}.
        </p>
      )}
      {foreign && (
        <div>
          <p>
            Иностранных участников: <strong>{formatNumber(foreign.count)}</strong> —{' '}
            {foreign.basis === 'stated'
              ? 'указано в отчёте'
              : 'выведено: строка называет группу, целиком состоящую из граждан или жителей другой страны'}
          </p>
          <Quotes list={foreign.evidence} />
        </div>
      )}
      {agreements.length > 0 && (
        <div>
          <p>
            Подписано соглашений:{' '}
            <strong>
              {agreements.some((a) => a.count === null)
                ? 'не менее 2'
                : formatNumber(agreements.reduce((s, a) => s + (a.count ?? 0), 0))}
            </strong>
          </p>
          <Quotes list={agreements.map((a) => a.evidence)} />
        </div>
      )}
      {arrangements.length > 0 && (
        <div>
          <p>Достигнутые договорённости: {formatNumber(arrangements.length)}</p>
          <Quotes list={arrangements.map((a) => a.evidence)} />
        </div>
      )}
    </section>
  );
}
