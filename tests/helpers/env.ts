/** The environment every test process and the app server under test share. */
export const TEST_PASSWORD = 'test-password-1234'

export const testEnvironment = (directory: string): Record<string, string> => ({
  DATABASE_URL: `file:${directory}/test.db`,
  MEDIA_DIR: `${directory}/media`,
  PAYLOAD_SECRET: 'test-secret-only-for-the-test-run-0123456789',
  SEED_PASSWORD: TEST_PASSWORD,
  // The test run decides when things happen; no background job runner.
  PAYLOAD_DISABLE_JOBS: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
})
