// Tooltip body of the charts: a heading and label/value lines, numbers already ru-RU.
export function ChartTooltip({ title, lines }: { title: string; lines: readonly (readonly [string, string])[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl>
        {lines.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
