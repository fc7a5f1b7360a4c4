// One broken block shows its own message; its neighbours keep working, and a retry or a change of
// resetKey brings it back.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let shouldThrow = true;
function FragileChart() {
  if (shouldThrow) throw new Error('recharts exploded');
  return <p>График по странам</p>;
}

function Page({ resetKey }: { resetKey?: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <ErrorBoundary label="график по странам" resetKey={resetKey}>
        <FragileChart />
      </ErrorBoundary>
      <ErrorBoundary label="таблица">
        <p>Таблица мероприятий</p>
        <button type="button" onClick={() => setClicks((c) => c + 1)}>
          Нажато: {clicks}
        </button>
      </ErrorBoundary>
    </main>
  );
}

/** React reports caught render errors on the console; they are expected here, not test failures. */
function expectCaughtErrors() {
  const error = vi.mocked(console.error).mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return { error, warn };
}

describe('ErrorBoundary', () => {
  it('replaces only the broken block with a message and a retry', async () => {
    const { warn } = expectCaughtErrors();
    shouldThrow = true;
    render(<Page />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Не удалось показать: график по странам' })).toBeVisible();
    expect(within(alert).getByText(/Остальная часть страницы работает/)).toBeVisible();
    // The neighbour still renders and still responds.
    expect(screen.getByText('Таблица мероприятий')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Нажато: 0' }));
    expect(screen.getByRole('button', { name: 'Нажато: 1' })).toBeVisible();
    expect(warn).toHaveBeenCalledWith('Ошибка в блоке «график по странам»', expect.any(Error), expect.any(String));

    shouldThrow = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(screen.getByText('График по странам')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears a caught error when resetKey changes (e.g. navigation)', () => {
    expectCaughtErrors();
    shouldThrow = true;
    const { rerender } = render(<Page resetKey="/" />);
    expect(screen.getByRole('alert')).toBeVisible();
    shouldThrow = false;
    rerender(<Page resetKey="/events" />);
    expect(screen.getByText('График по странам')).toBeVisible();
  });
});
