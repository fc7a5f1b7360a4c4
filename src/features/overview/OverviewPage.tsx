// Placeholder overview; the full one (KPI cards, charts, map, cross-filtering) replaces it.
import { ReportGate } from '../../shared/components/ReportGate';
import { formatNumber } from '../../shared/format';

export function OverviewPage() {
  return (
    <ReportGate>
      {(report) => (
        <section aria-labelledby="overview-title">
          <h2 id="overview-title">Обзор квартала</h2>
          <p>
            Мероприятий: <strong>{formatNumber(report.events.length)}</strong>
          </p>
        </section>
      )}
    </ReportGate>
  );
}
