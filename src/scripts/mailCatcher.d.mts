export type CaughtMail = { file: string; to: string; subject: string; date: string; text: string }
export declare const parseMail: (raw: Buffer | string) => Promise<Omit<CaughtMail, 'file'>>
export declare const readMails: (directory: string) => CaughtMail[]
export declare const startMailCatcher: (options: {
  smtpPort?: number
  httpPort?: number
  directory: string
  host?: string
  refuseFirst?: boolean
}) => Promise<{ smtpPort: number; httpPort?: number; close: () => Promise<unknown> }>
