import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPrepared } from '../../../test/support/raw-report';
import { eventsByCountry } from '../../domain/aggregations';
import { countryNames } from '../../domain/countries';
import { filterView } from '../../domain/filter-engine';
import { EMPTY_FILTERS } from '../../domain/filters';
import { pressText } from '../../domain/press-text';
import { PressPanel } from './PressPanel';

const model = loadPrepared();
const report = model.report;
const top = eventsByCountry(model.all)[0]!.code;
const filters = { ...EMPTY_FILTERS, countries: [top] };
const view = filterView(model, filters);

afterEach(() => vi.unstubAllGlobals());

describe('PressPanel', () => {
  it('shows the sentences for the current filter and says which filter they describe', () => {
    render(<PressPanel view={view} filters={filters} />);
    const panel = screen.getByRole('region', { name: 'Цифры для прессы' });
    expect(panel).toHaveTextContent(`с участием ${countryNames(top).genitive}`);
    expect(panel).toHaveTextContent(`Для отбора: Страна: ${countryNames(top).short}.`);
    expect(panel).toHaveTextContent(`Источник: ${report.title}`);
  });

  it('copies the text to the clipboard and confirms in a live region', async () => {
    const user = userEvent.setup();
    render(<PressPanel view={view} filters={filters} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(await navigator.clipboard.readText()).toBe(pressText({ view, filters }));
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
    render(<PressPanel view={model.all} filters={EMPTY_FILTERS} />);
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe(pressText({ view: model.all, filters: EMPTY_FILTERS }));
    expect(screen.getByRole('status')).toHaveTextContent('Скопировано');
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('button', { name: 'Копировать текст' })).toHaveFocus();
  });

  it('says so, and selects the text, when copying is impossible', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    render(
      <PressPanel
        view={filterView(model, { ...EMPTY_FILTERS, countries: ['MD'] })}
        filters={{ ...EMPTY_FILTERS, countries: ['MD'] }}
      />,
    );
    expect(screen.getByRole('region')).toHaveTextContent('в отчёте не отмечены');
    await user.click(screen.getByRole('button', { name: 'Копировать текст' }));
    expect(screen.getByRole('status')).toHaveTextContent('Не удалось скопировать автоматически');
    expect(window.getSelection()?.toString()).toContain('в отчёте не отмечены');
  });
});
