// The weekly bars against the real Q1 report: a button per week named by its hand-counted total, the
// peak marked, labels that fit the width (all of them on a wide chart, fewer on a phone), one tab stop
// with the arrow keys, selection by click, Enter and Space, the hover tooltip, and a prerendered chart
// that hydrates as it was.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HAND, loadPrepared } from '../../../../test/support/raw-report';
import { eventsByWeek, peakWeeks } from '../../../domain/aggregations';
import type { Week } from '../../../lib/calendar';
import { estimateTextWidth } from '../../../shared/chart-export';
import { HydrationProvider } from '../../../shared/hydration';
import { weekLabel } from '../labels';
import { WeeklyBars } from './WeeklyBars';

const weeks = eventsByWeek(loadPrepared().all);
const peak = new Set(peakWeeks(weeks).map((w) => w.start));
/** The peak by the hand count: 9–15 February (rows 2, 7, 8, 9, 15, 16, 29, 30). */
const PEAK_NAME = `Неделя ${HAND.peakWeek.label}: ${HAND.peakWeek.rows.length} мероприятий (пик)`;

function renderBars({ width = 1000, selectedWeek = null as string | null } = {}) {
  const onSelectWeek = vi.fn<(week: Week) => void>();
  const result = render(
    <WeeklyBars
      weeks={weeks}
      peak={peak}
      selectedWeek={selectedWeek}
      onSelectWeek={onSelectWeek}
      width={width}
      height={200}
    />,
  );
  const svg = result.container.querySelector('svg')!;
  return { ...result, svg, container: result.container, onSelectWeek };
}

/** The week labels under the bars, each as its lines joined by a space. */
function weekLabels(svg: SVGSVGElement) {
  return [...svg.querySelectorAll('.weekly-bars__axes text')]
    .filter((t) => t.querySelector('tspan'))
    .map((t) => ({
      x: Number(t.getAttribute('x')),
      size: Number(t.getAttribute('font-size')),
      lines: [...t.querySelectorAll('tspan')].map((s) => s.textContent!),
    }));
}

describe('WeeklyBars', () => {
  it('draws a button per week of the quarter, named by its count, the peak marked and coloured', () => {
    const { svg, container } = renderBars();
    const buttons = within(container).getAllByRole('button');
    // 29 December – 5 April: 14 Monday-based weeks.
    expect(buttons).toHaveLength(14);
    const peakButton = within(container).getByRole('button', { name: PEAK_NAME });
    expect(peakButton.querySelector('rect:last-child')).toHaveClass('chart-bar--peak');
    expect(svg.querySelectorAll('.chart-bar--peak')).toHaveLength(1);
    // The week of 19–25 January holds one event (row 27).
    expect(within(container).getByRole('button', { name: 'Неделя 19–25 янв.: 1 мероприятие' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // Each week's count stands on its bar; empty weeks carry no «0».
    const values = [...svg.querySelectorAll('.chart-value-text')].map((t) => t.textContent);
    expect(values).toEqual(weeks.filter((w) => w.count > 0).map((w) => String(w.count)));
    expect(values).toContain(String(HAND.peakWeek.rows.length));
    // The count axis reaches the peak.
    const ticks = [...svg.querySelectorAll('.weekly-bars__axes > g text')].map((t) => Number(t.textContent));
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(HAND.peakWeek.rows.length);
  });

  it('labels every week on a wide chart, on at most two lines within its own band', () => {
    const { svg } = renderBars({ width: 1000 });
    const labels = weekLabels(svg);
    expect(labels.map((l) => l.lines.join(' '))).toEqual(weeks.map(weekLabel));
    const band = (1000 - 28 - 8) / weeks.length;
    for (const label of labels) {
      expect(label.lines.length).toBeLessThanOrEqual(2);
      for (const line of label.lines) expect(estimateTextWidth(line, label.size)).toBeLessThanOrEqual(band);
    }
  });

  it('on a phone labels the first and last weeks and some between, whole, not running into each other', () => {
    const width = 324;
    const { svg } = renderBars({ width });
    const labels = weekLabels(svg);
    const texts = labels.map((l) => l.lines.join(' '));
    expect(texts.length).toBeLessThan(weeks.length);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts[0]).toBe('29 дек. – 4 янв.');
    expect(texts.at(-1)).toBe('30 мар. – 5 апр.');
    // Every shown label is a whole week label, in order.
    const all = weeks.map(weekLabel);
    const positions = texts.map((t) => all.indexOf(t));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    // Inside the drawing and apart from each other.
    const extents = labels.map((l) => {
      const half = Math.max(...l.lines.map((line) => estimateTextWidth(line, l.size))) / 2;
      return [l.x - half, l.x + half] as const;
    });
    expect(extents[0]![0]).toBeGreaterThanOrEqual(0);
    expect(extents.at(-1)![1]).toBeLessThanOrEqual(Number(svg.getAttribute('width')));
    for (let i = 1; i < extents.length; i++) expect(extents[i]![0]).toBeGreaterThan(extents[i - 1]![1]);
    for (const label of labels) expect(label.lines.length).toBeLessThanOrEqual(2);
  });

  it('on a phone every week stays a 24 px touch target: the drawing grows and scrolls sideways', () => {
    const { svg } = renderBars({ width: 324 });
    const columns = within(svg as unknown as HTMLElement)
      .getAllByRole('button')
      .map((b) => Number(b.querySelector('rect')!.getAttribute('width')));
    expect(columns).toHaveLength(weeks.length);
    for (const w of columns) expect(w).toBeGreaterThanOrEqual(24);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(324);
    expect(svg.parentElement).toHaveClass('weekly-bars--scroll');
    // Wide enough: no scrolling.
    const wide = renderBars({ width: 1000 }).svg;
    expect(Number(wide.getAttribute('width'))).toBe(1000);
    expect(wide.parentElement).not.toHaveClass('weekly-bars--scroll');
  });

  it('is one tab stop (the peak week); the arrows walk the weeks, Enter and Space select', async () => {
    const user = userEvent.setup();
    const { svg, onSelectWeek } = renderBars();
    const inTabOrder = svg.querySelectorAll('[tabindex="0"]');
    expect(inTabOrder).toHaveLength(1);
    expect(inTabOrder[0]).toHaveAccessibleName(PEAK_NAME);
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(PEAK_NAME);
    await user.keyboard('{ArrowRight}');
    const next = weeks[weeks.findIndex((w) => peak.has(w.start)) + 1]!;
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(new RegExp(`^Неделя ${weekLabel(next)}:`));
    await user.keyboard('{Enter}');
    expect(onSelectWeek).toHaveBeenLastCalledWith(next);
    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Неделя 29 дек\. – 4 янв\.: 0 мероприятий$/);
    await user.keyboard(' ');
    expect(onSelectWeek).toHaveBeenLastCalledWith(weeks[0]);
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Неделя 30 мар\. – 5 апр\./);
    expect(svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('a click selects the week; a selected week is pressed and the others dimmed', async () => {
    const user = userEvent.setup();
    const { onSelectWeek, rerender, svg, container } = renderBars();
    await user.click(screen.getByRole('button', { name: PEAK_NAME }));
    const peakWeek = weeks.find((w) => peak.has(w.start))!;
    expect(onSelectWeek).toHaveBeenCalledWith(peakWeek);
    expect(peakWeek).toMatchObject({ start: '2026-02-09', end: '2026-02-15' });
    rerender(
      <WeeklyBars
        weeks={weeks}
        peak={peak}
        selectedWeek={peakWeek.start}
        onSelectWeek={onSelectWeek}
        width={1000}
        height={200}
      />,
    );
    const pressed = within(container).getAllByRole('button', { pressed: true });
    expect(pressed).toHaveLength(1);
    expect(pressed[0]).toHaveAccessibleName(PEAK_NAME);
    expect(pressed[0]!.querySelector('rect:last-child')).toHaveClass('chart-bar--selected');
    expect(svg.querySelectorAll('.chart-bar--dimmed')).toHaveLength(weeks.length - 1);
    // The selected week is the tab stop.
    expect(svg.querySelector('[tabindex="0"]')).toBe(pressed[0]);
  });

  it('shows the week and its count next to the pointer, and a highlight behind the week', () => {
    const { svg, container } = renderBars();
    const target = screen.getByRole('button', { name: PEAK_NAME }).querySelector('rect')!;
    const x = Number(target.getAttribute('x')) + Number(target.getAttribute('width')) / 2;
    const y = Number(target.getAttribute('y')) + Number(target.getAttribute('height')) / 2;
    // jsdom lays nothing out: the drawing's box is at 0, 0, so client coordinates are drawing ones.
    fireEvent.mouseMove(svg, { clientX: x, clientY: y });
    const tooltip = container.querySelector('.chart-tooltip')!;
    expect(tooltip.querySelector('.chart-tooltip__title')?.textContent).toBe(`Неделя ${HAND.peakWeek.label} — пик`);
    expect([...tooltip.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual([
      'Мероприятий',
      String(HAND.peakWeek.rows.length),
    ]);
    expect(svg.querySelectorAll('[data-screen-only]')).toHaveLength(1);
    fireEvent.mouseLeave(svg);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
    expect(svg.querySelector('[data-screen-only]')).toBeNull();
  });

  it('marks the drawing for downloads (data-export)', () => {
    const { svg } = renderBars();
    expect(svg).toHaveAttribute('data-export');
  });

  it('prerendered, it hydrates as it was: the same nodes, no mismatch', async () => {
    const chart = (
      <HydrationProvider hydrating>
        <WeeklyBars weeks={weeks} peak={peak} selectedWeek={null} onSelectWeek={() => {}} width={640} height={200} />
      </HydrationProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(chart);
    document.body.append(container);
    const svg = container.querySelector('svg');
    expect(within(container).getAllByRole('button')).toHaveLength(weeks.length);
    const problems: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, chart, { onRecoverableError: (error) => problems.push(error) }),
    );
    expect(problems).toEqual([]);
    expect(container.querySelector('svg')).toBe(svg);
    act(() => root.unmount());
    container.remove();
  });
});
