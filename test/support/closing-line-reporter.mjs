/**
 * Prints `N passed, M failed[, K skipped]` alone on the last line: the closing line CI reads.
 * wtr's own summary shares its line with other text, so it is not recognised by itself.
 * A test file that fails to load (syntax error, exception at import) counts as one failure.
 */
export function closingLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped += 1;
          else if (t.passed) passed += 1;
          else failed += 1;
        }
        for (const s of suite.suites) count(s);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) count(session.testResults);
        if (!session.passed && failed === before) failed += 1;
      }
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      // Printed at exit so that it comes after the default reporter's last progress output.
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
