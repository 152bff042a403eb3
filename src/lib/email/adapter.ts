import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP settings from the environment. Without SMTP_HOST the app runs without an adapter and
 * Payload writes mails to the log (development only; production should always set one).
 */
export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
}

export const smtpSettings = (env: NodeJS.ProcessEnv = process.env): SmtpSettings | undefined => {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}".`)
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    fromAddress: env.EMAIL_FROM || 'transferkatalog@localhost',
    fromName: env.EMAIL_FROM_NAME || 'Transferkatalog',
  }
}

/**
 * Payload's email adapter on nodemailer: what `@payloadcms/email-nodemailer` does. That package
 * is not published for Payload 3.90.2 (its newest release pins payload 3.90.1 exactly), and all
 * Payload packages here stay on one version, so the few lines it needs live here.
 */
export const smtpAdapter =
  (settings: SmtpSettings): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
      // A mail server that hangs must not hold a job forever: the job fails and is retried.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: (message) =>
        transport.sendMail({
          from: { name: settings.fromName, address: settings.fromAddress },
          ...message,
        }),
    }
  }
