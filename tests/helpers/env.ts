/** The environment every test process and the app server under test share. */
export const TEST_PASSWORD = 'test-password-1234'

export const testEnvironment = (directory: string): Record<string, string> => ({
  DATABASE_URL: `file:${directory}/test.db`,
  MEDIA_DIR: `${directory}/media`,
  PAYLOAD_SECRET: 'test-secret-only-for-the-test-run-0123456789',
  SEED_PASSWORD: TEST_PASSWORD,
  // Test processes run no background jobs; the app server runs the email queue only (below).
  PAYLOAD_DISABLE_JOBS: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
})

/**
 * The app server under test: it works the email queue every second against the mail catcher,
 * retries quickly, and trusts one proxy hop (the last X-Forwarded-For entry) so each test can act
 * as its own visitor; a test without the header is the socket's address, 127.0.0.1.
 */
export const serverEnvironment = ({ smtpPort }: { smtpPort: number }): Record<string, string> => ({
  PAYLOAD_DISABLE_JOBS: 'false',
  PAYLOAD_JOB_QUEUES: 'emails',
  EMAIL_QUEUE_CRON: '* * * * * *',
  EMAIL_RETRY_DELAY_MS: '300',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  EMAIL_FROM: 'transferkatalog@example.org',
  REQUEST_MIN_FILL_SECONDS: '1',
  REQUEST_RATE_LIMIT: '30',
  TRUSTED_PROXY_HOPS: '1',
})
