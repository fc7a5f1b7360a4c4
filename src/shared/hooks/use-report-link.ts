// Links that keep the chosen report (`?report=`) and comparison (`?compare=`), for screens that only
// need that much of the URL.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { linkKeepingReport, VIEW_PARAMS, type LinkBuilder } from '../../config/paths';

export function useReportLink(): LinkBuilder {
  const [params] = useSearchParams();
  const kept = VIEW_PARAMS.flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
  const key = new URLSearchParams(kept).toString();
  return useMemo(() => linkKeepingReport(new URLSearchParams(key)), [key]);
}
