// What keeping a parsed file in the browser would do, decided before anything is kept.
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { planImport } from './import-plan';
import type { Report } from './report-schema';

const q1 = loadReport();
/** Q1 from another file: row 34 left out. */
const otherFile: Report = {
  ...q1,
  source: {
    ...q1.source,
    file: 'отчёт-исправленный.docx',
    sha256: 'a'.repeat(64),
    parsedAt: '2026-12-01T10:00:00.000Z',
  },
  events: q1.events.filter((e) => e.number !== 34),
};

describe('planImport', () => {
  it('keeps a quarter that is neither published nor kept here', () => {
    const plan = planImport(q1, { published: null, local: null });
    expect(plan).toMatchObject({ kind: 'new', against: null, diff: null, writes: true });
  });

  it('writes nothing for the very file the published report was made from', () => {
    const again = { ...q1, source: { ...q1.source, parsedAt: '2026-12-01T10:00:00.000Z' } };
    const plan = planImport(again, { published: q1, local: null });
    expect(plan).toMatchObject({ kind: 'same-as-published', writes: false, diff: null });
    expect(plan.report.source.parsedAt).toBe(q1.source.parsedAt);
  });

  it('keeps another file for a published quarter beside it, with the diff against the published one', () => {
    const plan = planImport(otherFile, { published: q1, local: null });
    expect(plan.kind).toBe('beside-published');
    expect(plan.writes).toBe(true);
    expect(plan.against?.origin).toBe('published');
    expect(plan.diff?.removed.map((e) => e.number)).toEqual([34]);
    expect(plan.diff?.added).toEqual([]);
  });

  it('compares with the local version when there is one, and replaces it only as a replacement', () => {
    const plan = planImport(q1, { published: q1, local: otherFile });
    expect(plan.kind).toBe('replace-local');
    expect(plan.against?.origin).toBe('local');
    expect(plan.diff?.added.map((e) => e.number)).toEqual([34]);
  });

  it('writes nothing for the file kept here already', () => {
    expect(planImport(otherFile, { published: q1, local: otherFile })).toMatchObject({
      kind: 'same-as-local',
      writes: false,
    });
  });
});
