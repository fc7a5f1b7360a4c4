// The compared quarter on a category chart: a column of changes in its table and a sentence under its
// title naming what is new and what is gone (both are in the chart's downloads too).
import { changesByKey, changeShort, inQuarter, quarterShort, type ComparisonContext } from '../../domain/comparison';
import type { ChartTableColumn } from '../../shared/components/chart/ChartCard';
import { formatNumber } from '../../lib/format';
import { joinRu } from '../../lib/lexicon';

export interface ChartComparison {
  column: ChartTableColumn;
  /** The change of a row, in words: «+2 (+6 %)», «без изменений», «впервые». */
  cell: (key: string) => string;
  /** « В I квартале 2026 года не было: Сербия. В I квартале 2026 года были, теперь нет: ОАЭ (1).» */
  note: string;
}

export function chartComparison(
  current: readonly { key: string; count: number }[],
  earlier: readonly { key: string; count: number }[],
  comparison: ComparisonContext,
  name: (key: string) => string,
  newWord: string,
): ChartComparison {
  const changes = changesByKey(current, earlier);
  const then = inQuarter(comparison.quarter);
  const added = current.filter((c) => changes.get(c.key)?.kind === 'new').map((c) => name(c.key));
  const gone = earlier
    .filter((e) => changes.get(e.key)?.kind === 'gone')
    .map((e) => `${name(e.key)} (${formatNumber(e.count)})`);
  const sentences = [
    added.length > 0 ? `${capitalize(then)} не было: ${joinRu(added)}.` : null,
    gone.length > 0 ? `${capitalize(then)} были, теперь нет: ${joinRu(gone)}.` : null,
  ].filter((p): p is string => p !== null);
  return {
    column: { label: `К ${quarterShort(comparison.quarter)}`, numeric: true },
    cell: (key) => changeShort(changes.get(key) ?? { kind: 'same', value: 0 }, newWord),
    note: sentences.length > 0 ? ` ${sentences.join(' ')}` : ` Состав тот же, что ${then}.`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
