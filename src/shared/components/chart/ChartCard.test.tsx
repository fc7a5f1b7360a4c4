import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../../../test/support/downloads';
import { ChartCard, type ChartTableData } from './ChartCard';

const realUrl = { URL, createObjectURL: URL.createObjectURL };
afterEach(() => vi.unstubAllGlobals());

const table: ChartTableData = {
  columns: [{ label: 'Сфера' }, { label: 'Мероприятий', numeric: true }],
  rows: [
    { key: 'a', header: 'Спорт', cells: ['3'] },
    { key: 'b', header: 'Культура', cells: ['5'] },
  ],
};

function renderCard(props: Partial<Parameters<typeof ChartCard>[0]> = {}) {
  return render(
    <ChartCard
      id="sectors"
      title="Мероприятия по сферам"
      summary="Больше всего — культура: 5."
      table={table}
      legend={[{ label: 'Выбрано', color: '#164a85' }]}
      fileNameParts={['smolensk', '2026-q1', 'sectors', 'BY']}
      exportFooter="Источник: отчёт · Период: I квартал 2026 года · Фильтр: Беларусь"
      {...props}
    >
      <svg data-export width="300" height="120">
        <rect width="10" height="10" fill="#1f5fa8" />
        <text>Культура</text>
      </svg>
    </ChartCard>,
  );
}

describe('ChartCard', () => {
  it('is a figure named by its title with a text alternative', () => {
    renderCard();
    const figure = screen.getByRole('figure', { name: 'Мероприятия по сферам' });
    expect(within(figure).getByText('Больше всего — культура: 5.')).toHaveClass('visually-hidden');
  });

  it('toggles a real table with the numbers', async () => {
    renderCard();
    const toggle = screen.getByRole('button', { name: 'Таблица' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull(); // hidden
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const tableEl = screen.getByRole('table', { name: 'Мероприятия по сферам' });
    expect(within(tableEl).getByRole('rowheader', { name: 'Культура' })).toBeInTheDocument();
    expect(within(tableEl).getByRole('cell', { name: '5' })).toHaveClass('num');
  });

  it('shows an empty state instead of chart, table and downloads', () => {
    renderCard({ emptyMessage: 'Нет мероприятий по выбранному фильтру' });
    expect(
      screen.getByText('Нет мероприятий по выбранному фильтру', { selector: '.state__title' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Таблица' })).toBeNull();
    expect(screen.queryByRole('button', { name: /PNG/ })).toBeNull();
  });

  it('downloads an SVG with title, legend, chart and footer under a file name with context', async () => {
    const saved = captureDownloads();
    renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Скачать график «Мероприятия по сферам» в SVG' }));
    expect(saved.map((s) => s.name)).toEqual(['smolensk-2026-q1-sectors-BY.svg']);
    expect(await screen.findByText('Файл smolensk-2026-q1-sectors-BY.svg сохранён.')).toBeInTheDocument();
    const text = await saved[0]!.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Мероприятия по сферам', 'Выбрано', 'Культура']));
    // The footer wraps to the chart width; its words all survive.
    expect(texts.join(' ')).toContain('Источник: отчёт · Период: I квартал 2026 года · Фильтр: Беларусь');
  });

  it('leaves the global URL as it was after a download test', () => {
    expect(URL).toBe(realUrl.URL);
    expect(URL.createObjectURL).toBe(realUrl.createObjectURL);
  });
});
