import type { FederalState } from '@/constants'

/**
 * A best guess of the federal state from a German postcode: by its first two digits, with the
 * larger three-digit areas across state borders. Postcode areas do not follow state borders
 * exactly, so the form shows the guess for the visitor to confirm, never silently.
 */
// prettier-ignore
const BY_TWO: Record<string, FederalState> = {
  ...Object.fromEntries(['01', '02', '04', '08', '09'].map((p) => [p, 'SN'])),
  '03': 'BB', '06': 'ST', '07': 'TH',
  '10': 'BE', '12': 'BE', '13': 'BE', '14': 'BB', '15': 'BB', '16': 'BB',
  '17': 'MV', '18': 'MV', '19': 'MV',
  '20': 'HH', '21': 'NI', '22': 'HH', '23': 'SH', '24': 'SH', '25': 'SH',
  '26': 'NI', '27': 'NI', '28': 'HB', '29': 'NI', '30': 'NI', '31': 'NI',
  '32': 'NW', '33': 'NW', '34': 'HE', '35': 'HE', '36': 'HE', '37': 'NI', '38': 'NI', '39': 'ST',
  ...Object.fromEntries(
    ['40', '41', '42', '44', '45', '46', '47', '48', '50', '51', '52', '53', '57', '58', '59'].map(
      (p) => [p, 'NW'],
    ),
  ),
  '49': 'NI', '54': 'RP', '55': 'RP', '56': 'RP',
  '60': 'HE', '61': 'HE', '63': 'HE', '64': 'HE', '65': 'HE', '66': 'SL', '67': 'RP',
  ...Object.fromEntries(
    ['68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '88', '89'].map(
      (p) => [p, 'BW'],
    ),
  ),
  ...Object.fromEntries(
    ['80', '81', '82', '83', '84', '85', '86', '87', '90', '91', '92', '93', '94', '95', '96', '97'].map(
      (p) => [p, 'BY'],
    ),
  ),
  '98': 'TH', '99': 'TH',
}

// prettier-ignore
const BY_THREE: Record<string, FederalState> = {
  '019': 'BB', '046': 'TH', '049': 'BB',
  '140': 'BE', '141': 'BE', '172': 'BB', '193': 'BB',
  '210': 'HH', '211': 'HH', '228': 'SH', '229': 'SH', '239': 'MV',
  '275': 'HB', '276': 'HB', '287': 'NI', '288': 'NI', '289': 'NI',
  '364': 'TH', '372': 'HE', '373': 'TH', '388': 'ST', '389': 'ST',
  '494': 'NW', '495': 'NW', '534': 'RP', '535': 'RP', '575': 'RP', '576': 'RP',
  '637': 'BY', '638': 'BY', '639': 'BY', '668': 'RP', '669': 'RP', '685': 'HE', '686': 'HE',
  '881': 'BY', '892': 'BY', '893': 'BY', '894': 'BY', '978': 'BW', '979': 'BW',
}

export const stateFromPostcode = (postcode: string): FederalState | undefined => {
  const digits = postcode.trim()
  if (!/^\d{5}$/.test(digits)) return undefined
  return BY_THREE[digits.slice(0, 3)] ?? BY_TWO[digits.slice(0, 2)]
}
