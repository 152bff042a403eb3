/**
 * Deterministic test data for the catalogue benchmark: German product texts built from compound
 * words, adjectives, target groups, places and made-up product names. Common words recur often and
 * rare ones seldom (a skewed draw), and the made-up names and rare compounds make the vocabulary
 * grow with the catalogue, as it does in real text, so that the search index's vocabulary scan is
 * not measured on an unrealistically small word list.
 */
import {
  COST_MODELS,
  PITCH_MAX_LENGTH,
  PRODUCT_FORMATS,
  PRODUCT_KINDS,
  TARGET_GROUPS,
  TRANSFER_STATUSES,
} from '@/constants'

/** Mulberry32: a small, fast, seeded pseudo-random generator (uniform in [0, 1)). */
export const createRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export type Random = () => number

/** A uniformly chosen element. */
export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]

/** A skewed choice: the first elements of the list come up far more often than the last ones. */
export const pickSkewed = <T>(random: Random, list: readonly T[], skew = 2): T =>
  list[Math.floor(random() ** skew * list.length)]

/** `count` distinct elements, in list order. */
export const pickSome = <T>(random: Random, list: readonly T[], count: number): T[] => {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length))
  return [...chosen].sort((a, b) => a - b).map((index) => list[index])
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** First parts of German compounds (Bestimmungswörter), most common first. */
const COMPOUND_HEADS = [
  'Ausbildungs',
  'Berufs',
  'Praxis',
  'Betriebs',
  'Lern',
  'Fach',
  'Nachwuchs',
  'Schul',
  'Digital',
  'Logistik',
  'Karriere',
  'Bewerbungs',
  'Beratungs',
  'Kunststoff',
  'Metall',
  'Elektro',
  'Bau',
  'Pflege',
  'Handwerks',
  'Industrie',
  'Lager',
  'Informations',
  'Medien',
  'Energie',
  'Umwelt',
  'Klima',
  'Transport',
  'Fahrzeug',
  'Maschinen',
  'Werkstatt',
  'Sprach',
  'Integrations',
  'Eltern',
  'Jugend',
  'Übergangs',
  'Kompetenz',
  'Qualifizierungs',
  'Prüfungs',
  'Unterrichts',
  'Projekt',
  'Netzwerk',
  'Partner',
  'Unternehmens',
  'Regional',
  'Stadt',
  'Kreis',
  'Zukunfts',
  'Innovations',
  'Wissens',
  'Daten',
  'Software',
  'Online',
  'Video',
  'Team',
  'Führungs',
  'Personal',
  'Fachkräfte',
  'Arbeits',
  'Gesundheits',
  'Sicherheits',
  'Qualitäts',
  'Produktions',
  'Fertigungs',
  'Handels',
  'Verkaufs',
  'Kunden',
  'Service',
  'Technik',
  'Mechatronik',
  'Automatisierungs',
  'Robotik',
  'Nachhaltigkeits',
  'Ressourcen',
  'Recycling',
  'Werkstoff',
  'Lebensmittel',
  'Gastronomie',
  'Hotel',
  'Touristik',
  'Büro',
  'Verwaltungs',
  'Finanz',
  'Versicherungs',
  'Immobilien',
  'Garten',
  'Landwirtschafts',
  'Forst',
  'Chemie',
  'Labor',
  'Pharma',
  'Textil',
  'Druck',
  'Holz',
  'Glas',
  'Elektronik',
  'Spedition',
  'Hafen',
  'Kran',
  'Zerspanungs',
  'Kautschuk',
] as const

/** Second parts of German compounds (Grundwörter), most common first. */
const COMPOUND_TAILS = [
  'messe',
  'spiel',
  'tag',
  'woche',
  'kurs',
  'modul',
  'programm',
  'konzept',
  'leitfaden',
  'werkzeug',
  'koffer',
  'plattform',
  'portal',
  'app',
  'netzwerk',
  'beratung',
  'begleitung',
  'coaching',
  'training',
  'seminar',
  'workshop',
  'projekt',
  'initiative',
  'offensive',
  'kampagne',
  'börse',
  'lotse',
  'patenschaft',
  'partnerschaft',
  'kooperation',
  'verbund',
  'zentrum',
  'büro',
  'check',
  'test',
  'analyse',
  'profil',
  'pass',
  'zertifikat',
  'handbuch',
  'material',
  'box',
  'quiz',
  'rallye',
  'tour',
  'parcours',
  'camp',
  'akademie',
  'labor',
  'werkstatt',
  'forum',
  'dialog',
  'sprechstunde',
  'service',
  'karte',
  'atlas',
  'kompass',
  'radar',
  'monitor',
  'strategie',
  'marketing',
  'praktikum',
  'einstieg',
  'orientierung',
  'planung',
  'entwicklung',
  'förderung',
  'qualifizierung',
  'management',
  'wissen',
  'simulation',
  'baukasten',
  'fahrplan',
  'gutschein',
  'wettbewerb',
  'stammtisch',
  'sommer',
  'nacht',
  'frühstück',
  'speeddating',
] as const

/** Endings that make plurals and genitives of some compounds (the empty one most often). */
const ENDINGS = ['', '', '', '', 'n', 's', 'en', 'e'] as const

const ADJECTIVES = [
  'digitale',
  'regionale',
  'praxisnahe',
  'kostenlose',
  'moderne',
  'interaktive',
  'innovative',
  'kompakte',
  'gemeinsame',
  'berufliche',
  'schulische',
  'betriebliche',
  'mobile',
  'hybride',
  'virtuelle',
  'nachhaltige',
  'inklusive',
  'mehrsprachige',
  'flexible',
  'bewährte',
  'erprobte',
  'branchenübergreifende',
  'kommunale',
  'kleine',
  'mittelständische',
  'junge',
  'erfahrene',
  'neue',
  'offene',
  'persönliche',
] as const

const AUDIENCES = [
  'Betriebe',
  'Unternehmen',
  'Jugendliche',
  'Schülerinnen und Schüler',
  'Eltern',
  'Lehrkräfte',
  'Auszubildende',
  'Ausbilderinnen und Ausbilder',
  'Kammern',
  'Kommunen',
  'Berufsschulen',
  'Berufskollegs',
  'Wirtschaftsförderungen',
  'Geflüchtete',
  'Studienabbrechende',
  'kleine und mittlere Unternehmen',
  'Erstausbildungsbetriebe',
  'Personalverantwortliche',
] as const

const TOPICS = [
  'Digitalisierung',
  'Fachkräftesicherung',
  'Berufsorientierung',
  'Ausbildungsmarketing',
  'Integration',
  'Inklusion',
  'Nachhaltigkeit',
  'Teilzeitausbildung',
  'Verbundausbildung',
  'Ausbildungsreife',
  'Arbeitgeberattraktivität',
  'Employer Branding',
  'Onboarding',
  'Ausbildungsabbrüche',
  'Prüfungsvorbereitung',
  'Zusatzqualifikationen',
  'Industrie 4.0',
  'Lernortkooperation',
] as const

const PLACES = [
  'Xanten',
  'Duisburg',
  'Moers',
  'Dortmund',
  'Hamm',
  'Unna',
  'Viersen',
  'Nürnberg',
  'Aachen',
  'Köln',
  'Bonn',
  'Essen',
  'Bochum',
  'Münster',
  'Bielefeld',
  'Leipzig',
  'Dresden',
  'Chemnitz',
  'Erfurt',
  'Jena',
  'Magdeburg',
  'Halle',
  'Rostock',
  'Kiel',
  'Lübeck',
  'Hamburg',
  'Bremen',
  'Hannover',
  'Braunschweig',
  'Kassel',
  'Frankfurt',
  'Mainz',
  'Saarbrücken',
  'Stuttgart',
  'Karlsruhe',
  'Mannheim',
  'Freiburg',
  'Ulm',
  'Augsburg',
  'München',
  'Regensburg',
  'Würzburg',
  'Passau',
  'Cottbus',
  'Potsdam',
  'Schwerin',
  'Oldenburg',
  'Osnabrück',
  'Paderborn',
  'Siegen',
] as const

/** Syllables of made-up product names ("EUROKRAN", "KUKUDI"): these grow the vocabulary. */
const SYLLABLES = [
  'ka',
  'ku',
  'di',
  'ro',
  'lo',
  'gis',
  'tra',
  'mo',
  'ne',
  'fa',
  'bri',
  'ko',
  'la',
  'mi',
  'pro',
  'vo',
  'tek',
  'zu',
  'sta',
  'ri',
  'na',
  'wer',
  'ke',
  'bo',
  'flex',
  'max',
  'jo',
  'te',
  'ga',
  'plu',
] as const

const VERBS = [
  'zeigt',
  'verbindet',
  'begleitet',
  'unterstützt',
  'stärkt',
  'erleichtert',
  'vermittelt',
  'öffnet',
  'bündelt',
  'erklärt',
] as const

/** A compound noun such as "Ausbildungsmesse" or "Logistikkoffern". */
const compound = (random: Random) =>
  `${pickSkewed(random, COMPOUND_HEADS)}${pickSkewed(random, COMPOUND_TAILS)}${pick(random, ENDINGS)}`
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase())

const productName = (random: Random) =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, SYLLABLES))
    .join('')
    .toUpperCase()

/** Cuts text at a word boundary so that it is at most `max` characters long. */
const clip = (text: string, max: number) => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

export type GeneratedText = { title: string; pitch: string; description: string[] }

/** Title, pitch (at most PITCH_MAX_LENGTH characters) and description of one product. */
export const productText = (random: Random): GeneratedText => {
  const main = compound(random)
  const place = pickSkewed(random, PLACES, 1.5)
  const audience = pickSkewed(random, AUDIENCES, 1.5)
  const topic = pickSkewed(random, TOPICS, 1.5)
  const name = random() < 0.3 ? `${productName(random)}: ` : ''
  const title = pick(random, [
    `${name}${capitalise(pickSkewed(random, ADJECTIVES))} ${main} für ${audience}`,
    `${name}${main} ${place}`,
    `${name}${main} zur ${topic}`,
    `${name}${capitalise(pickSkewed(random, ADJECTIVES))} ${main} in ${place}`,
  ])
  const sentences = [
    `${pick(random, ['Ein', 'Unser', 'Das'])} ${pickSkewed(random, ADJECTIVES)} Angebot ${pick(random, VERBS)} ${audience} und ${pickSkewed(random, AUDIENCES, 1.5)} rund um ${topic}.`,
    `Mit ${compound(random)} und ${compound(random)} ${pick(random, VERBS)} es ${pickSkewed(random, ADJECTIVES)} Wege in die Ausbildung.`,
    `Erprobt in ${place} und ${pickSkewed(random, PLACES, 1.5)}, übertragbar auf andere Regionen.`,
    `Im Mittelpunkt stehen ${compound(random)}, ${compound(random)} und ${pickSkewed(random, TOPICS)}.`,
  ]
  const pitch = clip(
    pickSome(random, sentences, 2 + Math.floor(random() * 2)).join(' '),
    PITCH_MAX_LENGTH,
  )
  const description = [
    `${capitalise(pickSkewed(random, ADJECTIVES))} ${compound(random)} aus einem JOBSTARTER plus-Projekt: ${audience} ${pick(random, VERBS)} es mit ${compound(random)} und ${compound(random)}.`,
    `Zum Transferpaket gehören ${compound(random)}, ${compound(random)} und ein ${compound(random)}; der Aufwand hängt von ${pickSkewed(random, TOPICS)} und den ${pickSkewed(random, AUDIENCES)} vor Ort ab.`,
  ]
  return { title, pitch, description }
}

/** The facet values of one product, spread over everything the catalogue filters by. */
export const productFacets = (random: Random) => ({
  kind: pickSkewed(random, PRODUCT_KINDS, 1.3),
  transferStatus: pick(random, TRANSFER_STATUSES),
  format: random() < 0.9 ? pick(random, PRODUCT_FORMATS) : undefined,
  costModel: random() < 0.85 ? pick(random, COST_MODELS) : undefined,
  effortDays: random() < 0.85 ? 1 + Math.floor(random() ** 2 * 60) : undefined,
  targetGroups: pickSome(random, TARGET_GROUPS, 1 + Math.floor(random() * 4)),
})

/** Query words as people type them; each is common in the generated texts. */
export const QUERY_WORDS = [
  'ausbildung',
  'digital',
  'logistik',
  'betrieb',
  'schule',
  'planspiel',
  'beratung',
  'messe',
  'kunststoff',
  'praktikum',
  'eltern',
  'berufsorientierung',
  'werkzeug',
  'pflege',
  'nachhaltig',
  'jugendliche',
] as const
