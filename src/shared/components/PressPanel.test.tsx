import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReport } from '../../../test/support/raw-report';
import { eventsByCountry } from '../../domain/aggregations';
import { countryNames } from '../../domain/countries';
import { EMPTY_FILTERS, filterEvents } from '../../domain/filters';
import { pressText } from '../../domain/press-text';
import { buildSearchIndex } from '../../domain/search';
import { PressPanel } from './PressPanel';

const report = loadReport();
const top = eventsByCountry(report.events)[0]!.code;
const filters = { ...EMPTY_FILTERS, countries: [top] };
const events = filterEvents(report.events, filters, buildSearchIndex(report.events));

afterEach(() => vi.unstubAllGlobals());

describe('PressPanel', () => {
  it('shows the sentences for the current filter and says which filter they describe', () => {
    render(<PressPanel events={events} report={report} filters={filters} />);
    const panel = screen.getByRole('region', { name: 'Цифры для прессы' });
    expect(panel).toHaveTextContent(`с участием ${countryNames(top).genitive}`);
    expect(panel).toHaveTextContent(`Для отбора: Страна: ${countryNames(top).short}.`);
    expect(panel).toHaveTextContent(`Источник: ${report.title}`);
  });

  it('copies the text to the clipboard and confirms in a live region', async () => {
    const user = userEvent.setup();
    render(<PressPanel events={events} report={report} filters={filters} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(await navigator.clipboard.readText()).toBe(pressText({ events, report, filters }));
    expect(screen.getByRole('status')).toHaveTextContent('Скопировано');
  });

  it('falls back to a selected textarea and execCommand without the Clipboard API', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    let copied = '';
    const exec = vi.fn(() => {
      copied = document.querySelector('textarea')!.value;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    render(<PressPanel events={report.events} report={report} filters={EMPTY_FILTERS} />);
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe(pressText({ events: report.events, report, filters: EMPTY_FILTERS }));
    expect(screen.getByRole('status')).toHaveTextContent('Скопировано');
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('button', { name: 'Копировать текст' })).toHaveFocus();
  });

  it('says so, and selects the text, when copying is impossible', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    render(<PressPanel events={[]} report={report} filters={{ ...EMPTY_FILTERS, countries: ['MD'] }} />);
    expect(screen.getByRole('region')).toHaveTextContent('в отчёте не отмечены');
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(screen.getByRole('status')).toHaveTextContent('Не удалось скопировать автоматически');
    expect(window.getSelection()?.toString()).toContain('в отчёте не отмечены');
  });
});
