import { inject } from 'vitest'

import { readMails, type CaughtMail } from '../../src/scripts/mailCatcher.mjs'

/** Every mail the app has sent so far (caught by the SMTP server started in globalSetup). */
export const caughtMails = (): CaughtMail[] => readMails(inject('mailDirectory'))

export const mailsTo = (address: string): CaughtMail[] =>
  caughtMails().filter((mail) => mail.to.includes(address))

/** Waits until `count` mails to an address have arrived (or fails after the timeout). */
export const waitForMails = async (
  address: string,
  { count = 1, timeoutMs = 30_000 } = {},
): Promise<CaughtMail[]> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mails = mailsTo(address)
    if (mails.length >= count) return mails
    if (Date.now() > deadline)
      throw new Error(`Expected ${count} mail(s) to ${address}, got ${mails.length}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
