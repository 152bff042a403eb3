/** Pure format checks shared by field validators and, later, the public forms. */

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
// No separators or brackets either: a mail library must never read one address as several.
const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\"]{2,}$/
const PHONE = /^\+?[0-9][0-9 ()/-]{4,30}$/
const POSTCODE_DE = /^[0-9]{5}$/

/**
 * Control and format characters (NUL, escapes, zero-width and bidi marks, line separators): never
 * part of a real address. A NUL cut the stored value short; a bidi mark makes one address look
 * like another.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

export const hasControlCharacters = (value: string): boolean => INVISIBLE.test(value)

export const isEmail = (value: string): boolean =>
  !hasControlCharacters(value) && EMAIL.test(value.trim()) && value.length <= 254

/**
 * The one form of an address that is compared and stored: trimmed and lower-cased (mail servers
 * treat the local part case-insensitively in practice, so `A@x.org` and `a@X.ORG` are one person).
 * Check `isEmail` first: this does not remove control characters, it must never make a bad
 * address look good.
 */
export const normaliseEmail = (value: string): string => value.trim().toLowerCase()
export const isPhone = (value: string): boolean => PHONE.test(value.trim())
export const isGermanPostcode = (value: string): boolean => POSTCODE_DE.test(value.trim())

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}
