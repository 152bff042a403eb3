/** Pure format checks shared by field validators and, later, the public forms. */

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
// No separators or brackets either: a mail library must never read one address as several.
// Control characters (a NUL cuts the address off in some stores) are never part of an address.
const EMAIL =
  /^[^\s@,;<>()[\]\\"\u0000-\u001f\u007f]+@[^\s@,;<>()[\]\\"\u0000-\u001f\u007f]+\.[^\s@,;<>()[\]\\"\u0000-\u001f\u007f]{2,}$/
const PHONE = /^\+?[0-9][0-9 ()/-]{4,30}$/
const POSTCODE_DE = /^[0-9]{5}$/

export const isEmail = (value: string): boolean => EMAIL.test(value.trim()) && value.length <= 254
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
