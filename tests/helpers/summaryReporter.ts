import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node'

/**
 * Ends the run with one plain line, "N passed, N failed" (", N skipped" when there are any), that
 * any CI can read without knowing vitest's own summary format.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ) {
    const count = { passed: 0, failed: 0, skipped: 0 }
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const { state } = test.result()
        if (state === 'passed') count.passed += 1
        else if (state === 'failed') count.failed += 1
        else count.skipped += 1
      }
      // A file that could not even load counts as a failure, not as nothing.
      if (testModule.state() === 'failed' && testModule.children.size === 0) count.failed += 1
    }
    count.failed += unhandledErrors.length
    // A run that failed before any test (e.g. in global setup) must not read as a clean one.
    if (reason !== 'passed' && count.failed === 0) count.failed = 1
    const skipped = count.skipped > 0 ? `, ${count.skipped} skipped` : ''
    console.log(`\n${count.passed} passed, ${count.failed} failed${skipped}`)
  }
}
