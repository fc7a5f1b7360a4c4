// A deferred chart: its code is asked for once the page has rendered (not while rendering), it draws
// when the code is there, and a chunk that fails to load reaches the chart's error boundary.
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { deferredModule } from './deferred-module';
import { DeferredChart } from './RenderWhenNear';

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p>Не удалось показать график</p> : this.props.children;
  }
}

describe('DeferredChart', () => {
  it('shows the placeholder, asks for the code once, then draws the chart', async () => {
    let arrive: (value: { label: string }) => void = () => {};
    const importer = vi.fn(() => new Promise<{ label: string }>((resolve) => (arrive = resolve)));
    const chart = deferredModule(importer);
    render(
      <DeferredChart module={chart} placeholder={<p>Загрузка…</p>}>
        {(loaded) => <p>{loaded.label}</p>}
      </DeferredChart>,
    );
    expect(screen.getByText('Загрузка…')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
    arrive({ label: 'Карта' });
    expect(await screen.findByText('Карта')).toBeInTheDocument();
    expect(screen.queryByText('Загрузка…')).toBeNull();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('a chunk that fails to load throws to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chart = deferredModule(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <Boundary>
        <DeferredChart module={chart} placeholder={<p>Загрузка…</p>}>
          {() => <p>Карта</p>}
        </DeferredChart>
      </Boundary>,
    );
    expect(await screen.findByText('Не удалось показать график')).toBeInTheDocument();
  });
});
