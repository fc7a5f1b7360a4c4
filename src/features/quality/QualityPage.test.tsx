import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/support/render-app';
import reportJson from '../../../data/reports/2026-q1.json';
import { COUNTING_RULES, COUNTRY_ROLES, ROLE_RULES } from '../../domain/methodology';
import { reportSchema } from '../../domain/report-schema';

const report = reportSchema.parse(reportJson);
/** The first render also loads the lazy route chunk, slow on a loaded machine. */
const LAZY = { timeout: 5000 };

describe('data quality page', () => {
  it('names the source file with a checksum that matches the raw report in data/raw', async () => {
    renderApp('/quality');
    await screen.findByRole('heading', { name: 'Данные и качество' }, LAZY);
    const raw = readFileSync(`data/raw/${report.source.file}`);
    const sha = createHash('sha256').update(raw).digest('hex');
    expect(screen.getByText(sha)).toBeInTheDocument();
    expect(screen.getByText(report.source.file)).toBeInTheDocument();
  });

  it('shows the closing note of the report', async () => {
    renderApp('/quality');
    expect(await screen.findByText(/состоялось 3 встречи/, {}, LAZY)).toBeInTheDocument();
  });

  it('lists every warning, each linked to its event', async () => {
    renderApp('/quality');
    await screen.findByRole('heading', { name: 'Данные и качество' }, LAZY);
    if (report.warnings.length === 0) {
      expect(screen.getByText(/Замечаний нет/)).toBeInTheDocument();
      return;
    }
    const table = screen.getByRole('table', { name: 'Замечания к данным по строкам отчёта' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(report.warnings.length);
    report.warnings.forEach((w, i) => {
      expect(rows[i]).toHaveTextContent(w.message);
      if (w.eventNumber !== null) {
        const link = within(rows[i]!).getByRole('link');
        expect(link).toHaveAttribute('href', `/events/${report.id}-${w.eventNumber}`);
      }
    });
  });
});

describe('«Методика» on the quality page', () => {
  it('explains every role and counting rule in the words the ingest implements', async () => {
    renderApp('/quality');
    const section = await screen.findByRole('region', { name: 'Методика' }, LAZY);
    for (const role of COUNTRY_ROLES) expect(section).toHaveTextContent(ROLE_RULES[role]);
    for (const rule of COUNTING_RULES) expect(section).toHaveTextContent(rule.text);
    // The rules the issue asked for, in plain Russian.
    expect(section).toHaveTextContent('М-1 «Беларусь»');
    expect(section).toHaveTextContent('число участий, а не людей');
  });
});
