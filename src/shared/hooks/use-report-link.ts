// Links that keep the chosen report (`?report=`), for screens that only need that much of the URL.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { linkKeepingReport, REPORT_PARAM, type LinkBuilder } from '../../config/paths';

export function useReportLink(): LinkBuilder {
  const [params] = useSearchParams();
  const report = params.get(REPORT_PARAM);
  return useMemo(() => linkKeepingReport(new URLSearchParams(report === null ? {} : { report })), [report]);
}
