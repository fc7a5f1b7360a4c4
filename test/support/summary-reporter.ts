// Vitest reporter that ends every run with one line "N passed, N failed" (", N skipped" when any),
// counted over all projects (unit and e2e). CI reads that line; the exit code stays Vitest's own.
import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      // A file that could not run (import error, a failing beforeAll/afterAll) is a failure even when
      // none of its tests is marked failed.
      if (failedHere === 0 && (testModule.state() === 'failed' || testModule.errors().length > 0)) failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    // The run failed before any file ran (e.g. the e2e global setup threw): still not a pass.
    if (reason === 'failed' && failed === 0) failed = 1;
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    // In a single run, Vitest may still print errors after the reporters (a global setup that threw):
    // write the line as the process exits so it stays the last one. Watch mode prints it per run.
    if (this.vitest?.config.watch) this.vitest.logger.log(line);
    else process.once('exit', () => process.stdout.write(`${line}\n`));
  }
}
