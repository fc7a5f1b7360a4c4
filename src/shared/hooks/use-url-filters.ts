// Filter state lives in the URL: this hook reads it (forgivingly) and writes it back.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseFilters, writeFilters, type EventFilters, type ParseContext } from '../../domain/filters';
import type { Report } from '../../domain/report-schema';

/** Countries and sectors present in a report, so links naming others get a notice. */
export function reportParseContext(report: Report): Required<ParseContext> {
  return {
    knownCountries: new Set(report.events.flatMap((e) => e.countries)),
    knownSectors: new Set(report.events.map((e) => e.sector.id)),
  };
}

export function useUrlFilters(report: Report) {
  const [params, setParams] = useSearchParams();
  const context = useMemo(() => reportParseContext(report), [report]);
  const { filters, notices } = useMemo(() => parseFilters(params, context), [params, context]);

  const setFilters = useCallback(
    (next: EventFilters | ((current: EventFilters) => EventFilters), options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const current = parseFilters(prev, context).filters;
          return writeFilters(typeof next === 'function' ? next(current) : next, prev);
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams, context],
  );

  return { filters, notices, setFilters, params };
}
