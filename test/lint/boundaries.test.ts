// @vitest-environment node
// Each layer boundary of eslint.config.js, proved: fixture code placed at a real path in src imports
// across the boundary and the exact rule must fire; the allowed direction must lint clean. The files
// do not exist; ESLint lints the text as if it were there and resolves its imports on disk.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids reported for `code` as the file `filePath`, with their messages. */
async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const ZONE = 'import-x/no-restricted-paths';
/** Packages are matched by name: a package has no other spelling (and resolving it depends on the install). */
const PACKAGE = 'no-restricted-imports';

/** [file, import, why it must fail, the rule] */
const FORBIDDEN: [string, string, string, string?][] = [
  ['src/features/events/x.ts', "import { OverviewPage } from '../overview/OverviewPage';", 'a feature imports another'],
  ['src/features/events/x.ts', "import { Layout } from '../../app/Layout';", 'a feature imports the app'],
  ['src/features/countries/x.ts', "import { MOCK_URL_PARAMS } from '../../mocks/scenario';", 'a feature imports mocks'],
  ['src/shared/x.ts', "import { EventsPage } from '../features/events/EventsPage';", 'shared imports a feature'],
  ['src/shared/x.ts', "import { createRouter } from '../app/router';", 'shared imports the app'],
  ['src/shared/x.ts', "import { server } from '../mocks/node';", 'shared imports mocks'],
  ['src/api/x.ts', "import { ReportGate } from '../shared/components/ReportGate';", 'api imports shared UI'],
  ['src/api/x.ts', "import { mockScenario } from '../mocks/scenario';", 'api imports mocks'],
  ['src/api/x.ts', "import { OverviewPage } from '../features/overview/OverviewPage';", 'api imports a feature'],
  ['src/mocks/x.ts', "import { ReportGate } from '../shared/components/ReportGate';", 'mocks import shared UI'],
  ['src/mocks/x.ts', "import { App } from '../app/App';", 'mocks import the app'],
  ['src/domain/x.ts', "import { useState } from 'react';", 'the domain imports React', PACKAGE],
  ['src/domain/x.ts', "import { useQuery } from '@tanstack/react-query';", 'the domain imports react-query', PACKAGE],
  ['src/domain/x.ts', "import { reportQuery } from '../api/reports';", 'the domain imports the API layer'],
  ['src/domain/x.ts', "import { ChartCard } from '../shared/components/chart/ChartCard';", 'the domain imports UI'],
  ['src/domain/x.ts', "import { parseReport } from '../ingest/ingest';", 'the domain imports the parser'],
  ['src/domain/x.ts', "import { paths } from '../config/paths';", 'the domain imports app config'],
  ['src/ingest/x.ts', "import { Bar } from 'recharts';", 'the parser imports a chart library', PACKAGE],
  [
    'src/ingest/x.ts',
    "import { OverviewPage } from '../features/overview/OverviewPage';",
    'the parser imports a feature',
  ],
  ['src/api/x.ts', "import { readDocx } from '../ingest/read-docx';", 'the app reaches past the ingest core'],
  ['src/features/reports/x.ts', "import { runCli } from '../../ingest/cli';", 'a screen imports the Node CLI'],
  ['src/lib/x.ts', "import { EMPTY_FILTERS } from '../domain/filters';", 'lib imports the domain'],
  ['src/lib/x.ts', "import { createElement } from 'react';", 'lib imports React', PACKAGE],
  ['src/config/x.ts', "import { EMPTY_FILTERS } from '../domain/filters';", 'config imports the domain'],
];

/** [file, import] that must lint clean: the allowed directions. */
const ALLOWED: [string, string][] = [
  ['src/features/events/x.ts', "import { ReportGate } from '../../shared/components/ReportGate';"],
  ['src/features/events/x.ts', "import { EMPTY_FILTERS } from '../../domain/filters';"],
  ['src/features/events/x.ts', "import { paths } from '../../config/paths';"],
  ['src/domain/x.ts', "import { formatNumber } from '../lib/format';"],
  ['src/api/x.ts', "import { reportSchema } from '../domain/report-schema';"],
  ['src/mocks/x.ts', "import { setRequestTimeoutMs } from '../api/client';"],
  ['src/api/import/x.ts', "import { parseReportFile } from '../../ingest/core';"],
  ['src/app/x.ts', "import { OverviewPage } from '../features/overview/OverviewPage';"],
  // Tests may use the mock API server (and only that relaxation).
  ['src/api/x.test.ts', "import { server } from '../mocks/node';"],
];

describe('layer boundaries (eslint.config.js)', () => {
  // The first lint loads the config, typescript-eslint and the resolver: seconds on a busy machine.
  beforeAll(() => lint('src/lib/x.ts', 'export const warm = 1;\n'), 120_000);

  it.each(FORBIDDEN)('%s: %s fails (%s)', async (file, code, _why, rule = ZONE) => {
    const messages = await lint(file, `${code}\nexport const used = [${importedName(code)}];\n`);
    expect(messages.map((m) => m.rule)).toEqual([rule]);
  });

  it.each(ALLOWED)('%s: %s passes', async (file, code) => {
    expect(await lint(file, `${code}\nexport const used = [${importedName(code)}];\n`)).toEqual([]);
  });

  it('a test file still may not reach into another feature', async () => {
    const code = "import { OverviewPage } from '../overview/OverviewPage';\nexport const used = [OverviewPage];\n";
    expect((await lint('src/features/events/x.test.ts', code)).map((m) => m.rule)).toEqual([ZONE]);
  });

  it('an import cycle fails', async () => {
    // src/lib/format.ts is imported by src/lib/lexicon.ts; a format.ts importing lexicon closes the loop.
    const code = "import { shorten } from './lexicon';\nexport const used = [shorten];\n";
    expect((await lint('src/lib/format.ts', code)).map((m) => m.rule)).toEqual(['import-x/no-cycle']);
  });
});

function importedName(code: string): string {
  return /import \{ (\w+) \}/.exec(code)![1]!;
}
