// Keeping and removing reports in this browser, with the caches and the hint kept in step: the
// switcher, the lists and every screen see the change at once (and other tabs when they regain focus).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toJson } from '../domain/report-json';
import type { Report } from '../domain/report-schema';
import { setLocalReportsHint } from './local-hint';
import type { LocalSummary, Persistence } from './local-reports';
import { reportKeys } from './reports';

const localStore = () => import('./local-reports');

export function useKeepReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (report: Report): Promise<{ summary: LocalSummary; persistence: Persistence }> => {
      const store = await localStore();
      const summary = await store.saveLocalReport(toJson(report));
      // Asked after the first report is kept: the browser then keeps the data even when space runs low.
      const persistence = await store.requestPersistence();
      return { summary, persistence };
    },
    onSuccess: async ({ summary }) => {
      setLocalReportsHint(true);
      queryClient.removeQueries({ queryKey: reportKeys.localDetail(summary.id) });
      await queryClient.invalidateQueries({ queryKey: reportKeys.localList() });
    },
  });
}

export function useRemoveLocalReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const store = await localStore();
      await store.removeLocalReport(id);
      return store.listLocalReports();
    },
    onSuccess: (listing, id) => {
      setLocalReportsHint(listing.reports.length + listing.unreadable.length > 0);
      queryClient.setQueryData(reportKeys.localList(), listing);
      queryClient.removeQueries({ queryKey: reportKeys.localDetail(id) });
    },
  });
}
