// Baseline for `npm run bench`: the least a React page can do to show a chart — render one static
// SVG. The app's time to first chart and its JS size are reported as ratios to this page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const BARS = [12, 7, 5, 3, 2];

function StaticChart() {
  return (
    <svg
      data-chart="baseline"
      role="img"
      aria-label="Статичная диаграмма"
      width="400"
      height="200"
      viewBox="0 0 400 200"
    >
      {BARS.map((value, i) => (
        <rect key={i} x={20 + i * 75} y={190 - value * 14} width="50" height={value * 14} fill="#2b6cb0" />
      ))}
    </svg>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Базовая страница</h1>
      <StaticChart />
    </main>
  </StrictMode>,
);
