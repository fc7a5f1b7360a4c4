// Step 4: Lighthouse (the npm package) against the preview server, in Debian Chromium launched by
// chrome-launcher. Both the default (mobile, simulated slow 4G + 4× CPU) and the desktop preset run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_PATH } from './browser';

export interface LighthouseScore {
  url: string;
  formFactor: 'mobile' | 'desktop';
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, number | null>;
  /** Failed accessibility audits, so a score below 100 says why. */
  accessibilityFailures: string[];
  /** Performance opportunities and diagnostics that cost time. */
  topOpportunities: string[];
  /** Elements that moved (CLS culprits) and the LCP element, so a low score points at its cause. */
  layoutShifts: string[];
  lcpElement: string | null;
  /** Performance scores of every run; the fields above are the median run's. */
  runs: (number | null)[];
}

interface NodeItem {
  node?: { selector?: string; snippet?: string };
  score?: number;
}

function items(audit: { details?: unknown } | undefined): NodeItem[] {
  const details = audit?.details as { items?: NodeItem[] } | undefined;
  return details?.items ?? [];
}

const describeNode = (item: NodeItem) =>
  `${item.node?.selector ?? '?'} ${item.node?.snippet?.slice(0, 80) ?? ''}`.trim();

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse's simulated throttling scales the tasks it observed, so a busy moment on a shared
 * machine moves a score by tens of points: each page runs `runs` times and the median run counts
 * (as Lighthouse's own docs advise).
 */
export async function runLighthouse(urls: string[], runs = 3): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const scores: LighthouseScore[] = [];
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const url of urls) {
        const all: Omit<LighthouseScore, 'runs'>[] = [];
        for (let run = 0; run < runs; run++) all.push(await runOnce(chrome.port, url, formFactor));
        const sorted = [...all].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
        scores.push({ ...sorted[Math.floor(sorted.length / 2)]!, runs: all.map((a) => a.performance) });
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

async function runOnce(
  port: number,
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<Omit<LighthouseScore, 'runs'>> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
  return {
    url,
    formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    metrics: Object.fromEntries(
      METRICS.map((id) => [
        id,
        lhr.audits[id]?.numericValue === undefined ? null : Math.round(lhr.audits[id]!.numericValue! * 100) / 100,
      ]),
    ),
    accessibilityFailures: a11yRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]!.title}`),
    topOpportunities: Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.score ?? 1) < 0.9)
      .map((a) => `${a.id}: ${a.displayValue ?? ''}`.trim()),
    layoutShifts: items(lhr.audits['layout-shifts'])
      .slice(0, 5)
      .map((item) => `${Math.round((item.score ?? 0) * 1000) / 1000} ${describeNode(item)}`),
    lcpElement: (() => {
      const first = items(lhr.audits['largest-contentful-paint-element'])[0] as { items?: NodeItem[] } | undefined;
      const node = first?.items?.[0] ?? (first as NodeItem | undefined);
      return node?.node ? describeNode(node) : null;
    })(),
  };
}
