// `/countries/:code`: a one-page brief on one partner country for the press office and the governor's
// office — figures, sectors, months, the events in date order, ready sentences and the table export.
// Print-ready on A4: the app chrome is hidden and the page itself says which report, period and data
// date it shows.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { countryNames } from '../../domain/countries';
import { FILE_PREFIX, periodLabel, processedLabel } from '../../domain/export-context';
import type { PreparedReport } from '../../domain/prepared-report';
import { exportFooter } from '../../shared/chart-export';
import { paths } from '../../config/paths';
import { writeFilters } from '../../domain/filters';
import { ExportMenu } from '../../shared/components/ExportMenu';
import { PressPanel } from '../../shared/components/PressPanel';
import { ReportGate } from '../../shared/components/ReportGate';
import { useReportLink } from '../../shared/hooks/use-report-link';
import { formatDateTime } from '../../lib/format';
import { formatQuarter } from '../../lib/calendar';
import { lookupCountry } from './brief-model';
import { BriefMonthChart, BriefSectorChart } from './components/BriefCharts';
import { BriefEvents } from './components/BriefEvents';
import { BriefFacts } from './components/BriefFacts';
import { BriefOutcomes } from './components/BriefOutcomes';
import { UnknownCountry } from './components/UnknownCountry';
import { BriefQuarters } from './components/BriefQuarters';
import { useComparison } from '../../api/compared-report';
import { filterView } from '../../domain/filter-engine';
import { comparisonSentences } from '../../domain/press-comparison';
import './country-brief.css';

export function CountryBriefPage() {
  return <ReportGate>{(model) => <CountryBrief model={model} />}</ReportGate>;
}

function CountryBrief({ model }: { model: PreparedReport }) {
  const { report } = model;
  const { code } = useParams();
  const lookup = useMemo(() => lookupCountry(model, code), [model, code]);
  const link = useReportLink();
  const { state: compared } = useComparison(report);

  if (lookup.kind !== 'found') return <UnknownCountry model={model} lookup={lookup} link={link} />;

  const { brief } = lookup;
  const pressExtra =
    compared.status === 'ready' && !compared.reasons.some((r) => r.kind === 'rules')
      ? comparisonSentences({
          view: brief.view,
          earlier: filterView(compared.model, brief.filters),
          quarter: compared.quarter,
          filters: brief.filters,
        })
      : [];
  const names = countryNames(brief.code);
  const quarter = formatQuarter(report.period.year, report.period.quarter);
  const footer = exportFooter({
    source: report.title,
    period: periodLabel(report),
    processed: processedLabel(report),
    filters: [names.short],
  });
  const fileNameParts = (chart: string) => [FILE_PREFIX, report.id, 'country', brief.code, chart];
  const chartProps = { brief, footer, fileNameParts, countryLabel: names.short };

  return (
    <article className="country-brief" aria-labelledby="brief-title">
      <title>{`Справка: ${names.short} — ${quarter}`}</title>
      <header className="brief-header">
        <p className="brief-header__eyebrow">Справка по стране-партнёру · {report.region}</p>
        <h2 id="brief-title">{names.official}</h2>
        <dl className="brief-header__meta">
          <div>
            <dt>Отчёт</dt>
            <dd>{report.title}</dd>
          </div>
          <div>
            <dt>Отчётный период</dt>
            <dd>{periodLabel(report)}</dd>
          </div>
          <div>
            <dt>Файл отчёта обработан</dt>
            <dd>{formatDateTime(report.source.parsedAt)}</dd>
          </div>
        </dl>
        <div className="brief-header__actions no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Печать / PDF
          </button>
          <Link to={link(paths.events(), writeFilters(brief.filters))}>Открыть в списке мероприятий</Link>
          <Link to={link(paths.overview())}>Обзор квартала</Link>
        </div>
      </header>

      {/* One block on screen; on paper the figures, month chart and sector chart share the top half. */}
      <div className="brief-summary">
        <section aria-labelledby="brief-facts-title" className="brief-section brief-facts-section">
          <h3 id="brief-facts-title" className="visually-hidden">
            Основные цифры
          </h3>
          <BriefFacts brief={brief} />
        </section>

        <PressPanel view={brief.view} filters={brief.filters} headingLevel={3} extra={pressExtra} />

        <div className="brief-charts">
          <BriefSectorChart {...chartProps} />
          <BriefMonthChart {...chartProps} />
        </div>
      </div>

      <BriefQuarters code={brief.code} countryLabel={names.short} fileNameParts={fileNameParts} footer={footer} />

      <BriefOutcomes view={brief.view} link={link} />

      <section aria-labelledby="brief-events-title" className="brief-section">
        <div className="brief-section__head">
          <h3 id="brief-events-title">Мероприятия в хронологическом порядке</h3>
          <ExportMenu view={brief.view} filters={brief.filters} />
        </div>
        <BriefEvents view={brief.view} link={link} caption={`Мероприятия с участием ${names.genitive}, ${quarter}`} />
      </section>

      <p className="brief-footnote">
        Источник — файл отчёта {report.source.file}, обработан {formatDateTime(report.source.parsedAt)}. Страна
        учитывается в мероприятии, если у неё есть роль в строке отчёта (проведено там, официальные лица и организации,
        граждане и жители, выступающие), и может иметь в нём несколько ролей; только упомянутая страна не учитывается.
        Участия — сумма по мероприятиям: участник нескольких мероприятий учтён в каждом. Подробнее — «Методика» на
        странице «Данные и качество».
      </p>
    </article>
  );
}
