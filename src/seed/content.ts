/**
 * Demo content drawn from the two source documents (../shared/seeds): the minutes of the
 * 19th network meeting of the JOBSTARTER Kunststoffallianz ("[K]", 000_b763ae3e545d7f37.txt) and
 * the report of the Logistikallianz transfer session ("[L]", 001_63c727a7851a7e8f.txt). Contacts
 * are roles and offices, never people: the names in the minutes stay out of every text. Where the
 * sources do not say something (which of the three logistics projects pitched which instrument,
 * the street address of an office, efforts and costs), the demo says so or stays general, and
 * texts it had to invent say "Platzhalter" / "placeholder". The comments name each fact's source.
 */
import type {
  AdoptionStatus,
  ContentLanguage,
  CostModel,
  FederalState,
  OrganisationType,
  ProductFormat,
  ProductKind,
  RequestStatus,
  TargetGroup,
  TransferStatus,
} from '@/constants'

type Text = { de: string; en: string }

export const SECTORS = [
  { slug: 'logistik', name: { de: 'Logistik', en: 'Logistics' } },
  { slug: 'kunststoff', name: { de: 'Kunststoff und Kautschuk', en: 'Plastics and rubber' } },
  { slug: 'bau', name: { de: 'Bau', en: 'Construction' } },
  {
    slug: 'metall-elektro',
    name: {
      de: 'Metall, Elektro und Maschinenbau',
      en: 'Metal, electrical and mechanical engineering',
    },
  },
  { slug: 'it', name: { de: 'Informationstechnik', en: 'Information technology' } },
  { slug: 'branchenuebergreifend', name: { de: 'Branchenübergreifend', en: 'Cross-sector' } },
] as const

export type SectorSlug = (typeof SECTORS)[number]['slug']

export const OCCUPATIONS: { slug: string; sector: SectorSlug; name: Text }[] = [
  {
    slug: 'fachkraft-lagerlogistik',
    sector: 'logistik',
    name: { de: 'Fachkraft für Lagerlogistik', en: 'Warehouse logistics specialist' },
  },
  {
    slug: 'fachlagerist',
    sector: 'logistik',
    name: { de: 'Fachlagerist*in', en: 'Warehouse operator' },
  },
  {
    slug: 'kaufleute-spedition-logistik',
    sector: 'logistik',
    name: {
      de: 'Kaufleute für Spedition und Logistikdienstleistung',
      en: 'Forwarding and logistics services clerk',
    },
  },
  {
    slug: 'verfahrensmechaniker-kunststoff-kautschuk',
    sector: 'kunststoff',
    name: {
      de: 'Verfahrensmechaniker*in für Kunststoff- und Kautschuktechnik',
      en: 'Process mechanic for plastics and rubber technology',
    },
  },
  {
    slug: 'fachinformatiker',
    sector: 'it',
    name: { de: 'Fachinformatiker*in', en: 'IT specialist' },
  },
  {
    slug: 'it-system-elektroniker',
    sector: 'it',
    name: { de: 'IT-System-Elektroniker*in', en: 'IT systems electronics technician' },
  },
  {
    slug: 'industriemechaniker',
    sector: 'metall-elektro',
    name: { de: 'Industriemechaniker*in', en: 'Industrial mechanic' },
  },
  {
    slug: 'zerspanungsmechaniker',
    sector: 'metall-elektro',
    name: { de: 'Zerspanungsmechaniker*in', en: 'Cutting machine operator' },
  },
  {
    slug: 'mechatroniker',
    sector: 'metall-elektro',
    name: { de: 'Mechatroniker*in', en: 'Mechatronics technician' },
  },
]

/** Every state is covered by exactly one office. The split is demo data that admins edit. */
export const OFFICES: {
  slug: string
  name: Text
  states: FederalState[]
  region: Text
  city: string
}[] = [
  {
    slug: 'rb-nord',
    name: { de: 'Regionalbüro Nord', en: 'Regional office North' },
    states: ['SH', 'HH', 'HB', 'NI', 'MV'],
    region: { de: 'Nord', en: 'North' },
    city: 'Hamburg',
  },
  {
    slug: 'rb-ost',
    name: { de: 'Regionalbüro Ost', en: 'Regional office East' },
    states: ['BE', 'BB', 'SN', 'ST', 'TH'],
    region: { de: 'Ost', en: 'East' },
    city: 'Berlin',
  },
  {
    slug: 'rb-sued',
    name: { de: 'Regionalbüro Süd', en: 'Regional office South' },
    states: ['BY', 'BW', 'HE'],
    region: { de: 'Süd', en: 'South' },
    city: 'München',
  },
  {
    slug: 'rb-west',
    name: { de: 'Regionalbüro West', en: 'Regional office West' },
    states: ['NW', 'RP', 'SL'],
    region: { de: 'West', en: 'West' },
    city: 'Bonn',
  },
]

type Place = { city: string; state: FederalState; latitude: number; longitude: number }

export const ORGANISATIONS: {
  slug: string
  name: string
  type: OrganisationType
  place: Place
}[] = [
  {
    slug: 'lippe-bildung',
    name: 'Lippe Bildung eG',
    type: 'education-provider',
    place: { city: 'Detmold', state: 'NW', latitude: 51.9364, longitude: 8.8791 },
  },
  {
    slug: 'bfz-nuernberg',
    name: 'bfz – Technologiezentrum Nürnberg',
    type: 'education-provider',
    place: { city: 'Nürnberg', state: 'BY', latitude: 49.4521, longitude: 11.0767 },
  },
  {
    slug: 'ikv-aachen',
    name: 'IKV – Institut für Kunststoffverarbeitung Aachen',
    type: 'research-institute',
    place: { city: 'Aachen', state: 'NW', latitude: 50.7753, longitude: 6.0839 },
  },
  {
    slug: 'kwb',
    name: 'KWB – Kuratorium der Deutschen Wirtschaft für Berufsbildung',
    type: 'association-chamber',
    place: { city: 'Bonn', state: 'NW', latitude: 50.7374, longitude: 7.0982 },
  },
  {
    slug: 'nachwuchsstiftung-maschinenbau',
    name: 'Nachwuchsstiftung Maschinenbau gGmbH',
    type: 'foundation',
    place: { city: 'Frankfurt am Main', state: 'HE', latitude: 50.1109, longitude: 8.6821 },
  },
  {
    slug: 'projekt-westfaelisches-ruhrgebiet',
    name: 'Projektverbund westfälisches Ruhrgebiet (Demo-Träger)',
    type: 'education-provider',
    place: { city: 'Dortmund', state: 'NW', latitude: 51.5136, longitude: 7.4653 },
  },
  {
    slug: 'projekt-niederrhein',
    name: 'Projektverbund Niederrhein (Demo-Träger)',
    type: 'education-provider',
    place: { city: 'Xanten', state: 'NW', latitude: 51.6625, longitude: 6.4542 },
  },
  {
    slug: 'projekt-duisburg-moers',
    name: 'Projektverbund Duisburg/Moers (Demo-Träger)',
    type: 'education-provider',
    place: { city: 'Duisburg', state: 'NW', latitude: 51.4344, longitude: 6.7623 },
  },
  {
    // Invented: the carrier of the placeholder project of office East (see PROJECTS).
    slug: 'platzhalter-traeger-berlin',
    name: 'Bildungsträger in Berlin (Platzhalter)',
    type: 'education-provider',
    place: { city: 'Berlin', state: 'BE', latitude: 52.52, longitude: 13.405 },
  },
  {
    // Invented: a demo adopter in Heilbronn, where the 18th alliance meeting took place ([K]).
    slug: 'demo-bildungstraeger-heilbronn',
    name: 'Bildungsträger in Heilbronn (Demo-Eintrag)',
    type: 'education-provider',
    place: { city: 'Heilbronn', state: 'BW', latitude: 49.1427, longitude: 9.2109 },
  },
  {
    slug: 'berufskolleg-dortmund',
    name: 'Berufskolleg in Dortmund (Demo-Eintrag)',
    type: 'vocational-college',
    place: { city: 'Dortmund', state: 'NW', latitude: 51.5136, longitude: 7.4653 },
  },
  {
    slug: 'berufskolleg-hamm',
    name: 'Berufskolleg in Hamm (Demo-Eintrag)',
    type: 'vocational-college',
    place: { city: 'Hamm', state: 'NW', latitude: 51.6739, longitude: 7.815 },
  },
  {
    slug: 'berufskolleg-duisburg',
    name: 'Berufskolleg in Duisburg (Demo-Eintrag)',
    type: 'vocational-college',
    place: { city: 'Duisburg', state: 'NW', latitude: 51.4344, longitude: 6.7623 },
  },
  {
    slug: 'berufskolleg-koeln',
    name: 'Berufskolleg in Köln (Demo-Eintrag)',
    type: 'vocational-college',
    place: { city: 'Köln', state: 'NW', latitude: 50.9375, longitude: 6.9603 },
  },
]

export const ALLIANCES: {
  slug: string
  name: Text
  sector: SectorSlug
  foundedYear?: number
  description: Text
}[] = [
  {
    slug: 'kunststoffallianz',
    name: { de: 'JOBSTARTER-Kunststoffallianz', en: 'JOBSTARTER plastics alliance' },
    sector: 'kunststoff',
    foundedYear: 2010,
    description: {
      // [K]: 19th meeting online on 31.03.2020, 18th on 24/25.09.2019 in Heilbronn, 20th planned
      // for Berlin on 1/2.12.2020, minutes by RB Ost / RB Süd, the Kunststoff-Landkarte; [L]: 2010.
      de: 'Netzwerk der JOBSTARTER plus-Projekte rund um die Ausbildung in der Kunststoffbranche, gegründet 2010. Die Mitglieder treffen sich regelmäßig zu überregionalen Netzwerktreffen (das 18. Treffen im September 2019 in Heilbronn, das 19. am 31.03.2020 virtuell, das 20. Jubiläumstreffen geplant für Dezember 2020 in Berlin) und pflegen gemeinsam die JOBSTARTER Kunststoff-Landkarte. Das Protokoll führen die Regionalbüros Ost und Süd.',
      en: 'Network of JOBSTARTER plus projects around vocational training in the plastics industry, founded in 2010. Members meet regularly for supra-regional network meetings (the 18th in September 2019 in Heilbronn, the 19th online on 31 March 2020, the 20th anniversary meeting planned for December 2020 in Berlin) and keep the JOBSTARTER plastics map up to date together. The regional offices East and South keep the minutes.',
    },
  },
  {
    slug: 'bauallianz',
    name: { de: 'JOBSTARTER-Bauallianz', en: 'JOBSTARTER construction alliance' },
    sector: 'bau',
    foundedYear: 2016,
    description: {
      de: 'Zusammenschluss von JOBSTARTER plus-Projekten mit dem Schwerpunkt Bauberufe, initiiert 2016 nach dem Vorbild der Kunststoffallianz.',
      en: 'Network of JOBSTARTER plus projects focused on construction occupations, initiated in 2016 after the model of the plastics alliance.',
    },
  },
  {
    slug: 'logistikallianz',
    name: { de: 'JOBSTARTER-Logistikallianz', en: 'JOBSTARTER logistics alliance' },
    sector: 'logistik',
    description: {
      de: 'Zusammenschluss aus JOBSTARTER plus-Projekten, deren gemeinsamer Nenner die Ausbildungsberufe der Logistikbranche sind. Weitere Partner und wechselnde Gäste aus der Branche bereichern den Austausch; die Regionalbüros konzipieren, organisieren und moderieren die Formate.',
      en: 'Network of JOBSTARTER plus projects whose common ground is the training occupations of the logistics industry. Further partners and guests from the sector join the exchange; the regional offices design, organise and moderate the formats.',
    },
  },
]

export const PROJECTS: {
  slug: string
  name: Text
  acronym?: string
  fundingRound?: number
  period?: { start: string; end?: string }
  carrier: string
  office: string
  alliances: string[]
  state: FederalState
  /** Where the project ran (the map draws it there), not its carrier's seat. */
  region: { name: Text; latitude: number; longitude: number }
  summary: Text
}[] = [
  {
    // [K]: "Vorstellung des neuen Projekts KUKUDI aus der 5. Förderrunde" with its three aims.
    // The carrier is inferred (the bfz Technologiezentrum in Nürnberg invites the alliance in the
    // same item); the period is a placeholder (5th-round projects started 01.07.2020 per [K]).
    slug: 'kukudi',
    name: { de: 'KUKUDI', en: 'KUKUDI' },
    acronym: 'KUKUDI',
    fundingRound: 5,
    period: { start: '2020-07-01', end: '2023-06-30' },
    carrier: 'bfz-nuernberg',
    office: 'rb-sued',
    alliances: ['kunststoffallianz'],
    state: 'BY',
    // [K]: an SME network for the plastics industry in the Metropolregion Nürnberg.
    region: {
      name: { de: 'Metropolregion Nürnberg', en: 'Nuremberg metropolitan region' },
      latitude: 49.4521,
      longitude: 11.0767,
    },
    summary: {
      de: 'Projekt der 5. Förderrunde: berät KMU zu Strömungen der Digitalisierung, unterstützt bei der Besetzung offener Ausbildungsstellen (Ausbildungsmarketing 4.0, Employer Branding) und initiiert ein KMU-Netzwerk für die Kunststoffindustrie in der Metropolregion Nürnberg, mit Schwerpunkt auf veränderten Anforderungen an die Ausbildung.',
      en: 'Project of the 5th funding round: advises SMEs on trends in digitalisation, helps fill open apprenticeships (apprenticeship marketing 4.0, employer branding) and starts an SME network for the plastics industry in the Nuremberg metropolitan region, focused on the changing demands on training.',
    },
  },
  {
    slug: 'logistik-westfaelisches-ruhrgebiet',
    name: {
      de: 'Ausbildung in der Logistik – westfälisches Ruhrgebiet',
      en: 'Training in logistics – Westphalian Ruhr area',
    },
    carrier: 'projekt-westfaelisches-ruhrgebiet',
    office: 'rb-west',
    alliances: ['logistikallianz'],
    state: 'NW',
    // [L]: the project region; the point is Unna, between Dortmund and Hamm.
    region: {
      name: {
        de: 'Westfälisches Ruhrgebiet (Dortmund, Kreis Unna, Hamm)',
        en: 'Westphalian Ruhr area (Dortmund, district of Unna, Hamm)',
      },
      latitude: 51.5347,
      longitude: 7.6889,
    },
    summary: {
      de: 'Berät branchenoffen mit Schwerpunkt Logistikberufe in Dortmund, im Kreis Unna und in Hamm und steuert auf die Transferphase zu.',
      en: 'Advises companies of all sectors, with a focus on logistics occupations, in Dortmund, the district of Unna and Hamm, and is heading for its transfer phase.',
    },
  },
  {
    slug: 'logistik-niederrhein',
    name: {
      de: 'Ausbildung in der Logistik – Niederrhein',
      en: 'Training in logistics – Lower Rhine',
    },
    carrier: 'projekt-niederrhein',
    office: 'rb-west',
    alliances: ['logistikallianz'],
    state: 'NW',
    // [L]: the project region; the point lies between Viersen and Xanten.
    region: {
      name: { de: 'Viersen, Xanten und Niederrhein', en: 'Viersen, Xanten and the Lower Rhine' },
      latitude: 51.5,
      longitude: 6.35,
    },
    summary: {
      de: 'Berät branchenoffen mit Schwerpunkt Logistikberufe in Viersen, Xanten und am Niederrhein; entwickelte die digitale Ausbildungsmesse in Xanten.',
      en: 'Advises companies of all sectors, with a focus on logistics occupations, in Viersen, Xanten and the Lower Rhine region; developed the digital training fair in Xanten.',
    },
  },
  {
    slug: 'logistik-duisburg-moers',
    name: {
      de: 'Ausbildung in der Logistik – Duisburg/Moers',
      en: 'Training in logistics – Duisburg/Moers',
    },
    carrier: 'projekt-duisburg-moers',
    office: 'rb-west',
    alliances: ['logistikallianz'],
    state: 'NW',
    // [L]: the project region; the point lies between Duisburg and Moers.
    region: {
      name: { de: 'Duisburg/Moers', en: 'Duisburg/Moers' },
      latitude: 51.44,
      longitude: 6.69,
    },
    summary: {
      de: 'Berät branchenoffen mit Schwerpunkt Logistikberufe in Duisburg und Moers und wirbt mit dem Planspiel EUROKRAN an Schulen für die Berufsbilder der Logistik.',
      en: 'Advises companies of all sectors, with a focus on logistics occupations, in Duisburg and Moers, and promotes logistics occupations at schools with the EUROKRAN business simulation.',
    },
  },
  {
    slug: 'digitale-fertigungstechnik',
    name: {
      de: 'Digitale Fertigungstechnik in der Ausbildung',
      en: 'Digital manufacturing technology in vocational training',
    },
    fundingRound: undefined,
    period: { start: '2016-01-01', end: '2019-12-31' },
    carrier: 'nachwuchsstiftung-maschinenbau',
    office: 'rb-west',
    alliances: [],
    state: 'NW',
    // [L]: the qualification runs at 20 Berufskollegs in NRW; the point is the state's geographic centre (Dortmund-Aplerbeck), not the carrier's seat in Hessen.
    region: {
      name: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
      latitude: 51.4779,
      longitude: 7.5544,
    },
    summary: {
      de: 'Früheres JOBSTARTER plus-Projekt (2016–2019) der Nachwuchsstiftung Maschinenbau gGmbH, in dem die Lerninhalte der Zusatzqualifizierung „Digitale Fertigungstechnik“ entwickelt wurden.',
      en: 'Former JOBSTARTER plus project (2016–2019) of Nachwuchsstiftung Maschinenbau gGmbH, which developed the learning content of the additional qualification "Digital manufacturing technology".',
    },
  },
  {
    // [K]: Lippe Bildung eG "Zuschlag für ein neues Projekt der 5. FR ab dem 01.07.2020", and it
    // ran the new events "Lernreise" and "Digitales Dinner". The sources give no project name,
    // end date or region: the name describes it, the region is the carrier's Kreis Lippe.
    // Membership of the alliance is inferred from Lippe Bildung eG reporting in its meeting.
    slug: 'lippe-bildung-5-foerderrunde',
    name: {
      de: 'Projekt der Lippe Bildung eG (5. Förderrunde)',
      en: 'Project of Lippe Bildung eG (5th funding round)',
    },
    fundingRound: 5,
    period: { start: '2020-07-01' },
    carrier: 'lippe-bildung',
    office: 'rb-west',
    alliances: ['kunststoffallianz'],
    state: 'NW',
    region: {
      name: { de: 'Kreis Lippe', en: 'District of Lippe' },
      latitude: 51.9364,
      longitude: 8.8791,
    },
    summary: {
      de: 'Projekt der Lippe Bildung eG aus der 5. Förderrunde von JOBSTARTER plus, gestartet am 01.07.2020. Die Lippe Bildung eG hat neue Veranstaltungsformate erfolgreich durchgeführt: die Lernreise und das Digitale Dinner.',
      en: 'Project of Lippe Bildung eG from the 5th funding round of JOBSTARTER plus, started on 1 July 2020. Lippe Bildung eG has successfully run new event formats: the learning journey (Lernreise) and the digital dinner (Digitales Dinner).',
    },
  },
  {
    // Invented, so that a third office and state show in the demo: no project of office East is
    // named in the sources. Berlin because the 20th alliance meeting was planned there and office
    // East keeps the alliance's minutes ([K]).
    slug: 'platzhalter-kunststoff-berlin',
    name: {
      de: 'Platzhalter-Projekt Kunststoffausbildung Berlin (Demo)',
      en: 'Placeholder project: plastics training in Berlin (demo)',
    },
    carrier: 'platzhalter-traeger-berlin',
    office: 'rb-ost',
    alliances: ['kunststoffallianz'],
    state: 'BE',
    region: { name: { de: 'Berlin', en: 'Berlin' }, latitude: 52.52, longitude: 13.405 },
    summary: {
      de: 'Platzhalter: Dieses Projekt ist für die Demo erfunden und steht für ein Mitglied der Kunststoffallianz im Gebiet des Regionalbüros Ost. Die Quellen nennen Berlin als Ort des geplanten 20. Treffens der Kunststoffallianz; das Regionalbüro Ost führt mit dem Regionalbüro Süd das Protokoll der Treffen.',
      en: 'Placeholder: this project is invented for the demo and stands for a member of the plastics alliance in the area of regional office East. The sources name Berlin as the place of the planned 20th meeting of the plastics alliance; regional office East keeps the minutes of the meetings together with regional office South.',
    },
  },
]

export type ProductSeed = {
  slug: string
  kind: ProductKind
  project: string
  title: Text
  pitch: Text
  description: { de: string[]; en: string[] }
  targetGroups: TargetGroup[]
  sectors: SectorSlug[]
  occupations: string[]
  transferStatus: TransferStatus
  format: ProductFormat
  regions: { name: string; state: FederalState }[]
  kit: {
    included: Text
    prerequisites: Text
    effortDays: number
    costModel: CostModel
    costNote?: Text
    licence?: string
    duration?: Text
    languages: ContentLanguage[]
  }
  contact: { role: Text; email: string }
  hasDownload?: boolean
}

const westContact = {
  role: { de: 'Regionalbüro West, Transferberatung', en: 'Regional office West, transfer advice' },
  email: 'transfer-west@example.org',
}
const suedContact = {
  role: { de: 'Regionalbüro Süd, Transferberatung', en: 'Regional office South, transfer advice' },
  email: 'transfer-sued@example.org',
}
const ostContact = {
  role: { de: 'Regionalbüro Ost, Transferberatung', en: 'Regional office East, transfer advice' },
  email: 'transfer-ost@example.org',
}

export const PRODUCTS: ProductSeed[] = [
  {
    slug: 'digitale-ausbildungsmesse-xanten',
    kind: 'ausbildungsmesse',
    project: 'logistik-niederrhein',
    title: {
      de: 'Statische digitale Ausbildungsmesse Xanten',
      en: 'Static digital training fair, Xanten',
    },
    pitch: {
      de: 'Eine statische, digitale Ausbildungsmesse, am Standort Xanten umgesetzt: Betriebe stellen ihre Ausbildungsplätze online vor, Jugendliche finden sie jederzeit. Ein Umsetzungsbeispiel für andere Städte.',
      en: 'A static digital training fair, implemented in Xanten: companies present their apprenticeships online, young people find them at any time. An example for other towns to follow.',
    },
    description: {
      de: [
        'Die digitale Ausbildungsmesse wurde in einem JOBSTARTER plus-Projekt am Standort Xanten umgesetzt. Statt eines einzelnen Messetags präsentieren sich die Ausbildungsbetriebe der Region dauerhaft auf einer Website.',
        'In der Transfersitzung der JOBSTARTER-Logistikallianz wurde sie als Umsetzungsbeispiel für andere Städte vorgestellt. Kommunale Koordinierungsstellen, Wirtschaftsförderungen und Unternehmen können das Konzept für ihre Stadt übernehmen.',
      ],
      en: [
        'The digital training fair was implemented by a JOBSTARTER plus project in Xanten. Instead of a single fair day, the training companies of the region present themselves permanently on a website.',
        'It was presented in the transfer session of the JOBSTARTER logistics alliance as an example for other towns. Municipal coordination offices, economic development agencies and companies can adopt the concept for their town.',
      ],
    },
    targetGroups: [
      'municipalities',
      'economic-development',
      'companies',
      'young-people',
      'schools',
    ],
    sectors: ['logistik', 'branchenuebergreifend'],
    occupations: ['fachkraft-lagerlogistik', 'fachlagerist'],
    transferStatus: 'transfer-ready',
    format: 'digital',
    regions: [{ name: 'Xanten', state: 'NW' }],
    kit: {
      included: {
        de: 'Konzept der statischen Messe-Website, Vorlage für Betriebsprofile, Ablaufplan für die Ansprache der Betriebe.',
        en: 'Concept of the static fair website, template for company profiles, schedule for approaching companies.',
      },
      prerequisites: {
        de: 'Eine koordinierende Stelle vor Ort (z. B. Kommune oder Wirtschaftsförderung) und Kontakte zu Ausbildungsbetrieben.',
        en: 'A coordinating body on site (e.g. municipality or economic development agency) and contacts to training companies.',
      },
      effortDays: 15,
      costModel: 'free',
      duration: { de: 'Aufbau in etwa drei Monaten', en: 'Set-up in about three months' },
      languages: ['de'],
    },
    contact: westContact,
    hasDownload: true,
  },
  {
    slug: 'planspiel-eurokran-an-schulen',
    kind: 'planspiel',
    project: 'logistik-duisburg-moers',
    title: { de: 'Planspiel EUROKRAN an Schulen', en: 'EUROKRAN business simulation at schools' },
    pitch: {
      de: 'Ein branchenspezifisches Lernangebot zur Digitalisierung: Mit dem Planspiel EUROKRAN erleben Schülerinnen und Schüler, wie Logistik funktioniert, und lernen die Berufsbilder der Logistik kennen.',
      en: 'A sector-specific learning offer on digitalisation: with the EUROKRAN business simulation, pupils experience how logistics works and get to know the logistics occupations.',
    },
    description: {
      de: [
        'Das Planspiel EUROKRAN wird an einer Schule eingesetzt, um für die Berufsbilder der Logistik zu werben. Es verbindet ein branchenspezifisches Lernangebot mit dem Thema Digitalisierung.',
        'Vorgestellt wurde es im Elevator-Pitch der Transfersitzung der JOBSTARTER-Logistikallianz, vor Vertreterinnen und Vertretern kommunaler Koordinierungsstellen, von Wirtschaftsförderungen und Unternehmen.',
      ],
      en: [
        'The EUROKRAN business simulation is run at a school to promote the logistics occupations. It combines a sector-specific learning offer with the topic of digitalisation.',
        'It was presented in an elevator pitch at the transfer session of the JOBSTARTER logistics alliance, to representatives of municipal coordination offices, economic development agencies and companies.',
      ],
    },
    targetGroups: ['schools', 'young-people', 'companies'],
    sectors: ['logistik'],
    occupations: ['fachkraft-lagerlogistik', 'kaufleute-spedition-logistik'],
    transferStatus: 'tested',
    format: 'in-person',
    regions: [
      { name: 'Duisburg', state: 'NW' },
      { name: 'Moers', state: 'NW' },
    ],
    kit: {
      included: {
        de: 'Spielmaterial und Ablauf des Planspiels, Hinweise für Lehrkräfte, Ansprechpartner in Logistikbetrieben.',
        en: 'Game material and procedure of the simulation, notes for teachers, contacts in logistics companies.',
      },
      prerequisites: {
        de: 'Eine Schule mit einer Klasse der Berufsorientierung und ein Logistikbetrieb als Partner.',
        en: 'A school with a career-orientation class and a logistics company as partner.',
      },
      effortDays: 5,
      costModel: 'cost-covering',
      costNote: { de: 'Materialkosten je Durchgang', en: 'Material costs per run' },
      duration: { de: 'Ein bis zwei Schultage', en: 'One or two school days' },
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    slug: 'kreativitaetstool-storytelling',
    kind: 'kreativ-tool',
    project: 'logistik-niederrhein',
    title: { de: 'Kreativitätstool zum Storytelling', en: 'Creativity tool for storytelling' },
    pitch: {
      de: 'Ein Kreativitätstool, mit dem Betriebe Geschichten über ihre Ausbildung entwickeln, etwa für Social Media: anschaulich, authentisch und ohne Agentur.',
      en: 'A creativity tool with which companies develop stories about their apprenticeships, for example for social media: vivid, authentic and without an agency.',
    },
    description: {
      de: [
        'Das Kreativitätstool unterstützt beim Storytelling über die eigene Ausbildung. Es lässt sich in Social Media einsetzen.',
        'Es wurde gemeinsam mit einer App für (erst-)ausbildende Betriebe und einem virtuellen Werkzeugkoffer in der Transfersitzung der JOBSTARTER-Logistikallianz gepitcht.',
      ],
      en: [
        'The creativity tool supports storytelling about a company’s own apprenticeships. It can be used in social media.',
        'It was pitched together with an app for (first-time) training companies and a virtual toolkit at the transfer session of the JOBSTARTER logistics alliance.',
      ],
    },
    targetGroups: ['companies', 'first-time-training-companies'],
    sectors: ['branchenuebergreifend'],
    occupations: [],
    transferStatus: 'transfer-ready',
    format: 'hybrid',
    regions: [{ name: 'Niederrhein', state: 'NW' }],
    kit: {
      included: {
        de: 'Vorlagen und Anleitung zum Storytelling, Beispiele für Beiträge in Social Media.',
        en: 'Storytelling templates and guide, examples of social media posts.',
      },
      prerequisites: {
        de: 'Eine Person im Betrieb, die Ausbildungsmarketing verantwortet.',
        en: 'Someone in the company responsible for apprenticeship marketing.',
      },
      effortDays: 2,
      costModel: 'free',
      licence: 'CC BY-SA 4.0',
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    slug: 'app-fuer-erstausbildende-betriebe',
    kind: 'app',
    project: 'logistik-westfaelisches-ruhrgebiet',
    title: {
      de: 'App für (erst-)ausbildende Betriebe',
      en: 'App for (first-time) training companies',
    },
    pitch: {
      de: 'Eine App, die sich ausdrücklich an Betriebe richtet, die (zum ersten Mal) ausbilden: Schritt für Schritt von der Entscheidung für die Ausbildung bis zum ersten Ausbildungstag.',
      en: 'An app aimed explicitly at companies that train (for the first time): step by step from the decision to train to the first day of the apprenticeship.',
    },
    description: {
      de: [
        'Die App richtet sich ausdrücklich an (erst-)ausbildende Betriebe. Sie wurde in der Transfersitzung der JOBSTARTER-Logistikallianz als eines von drei Instrumenten vorgestellt.',
      ],
      en: [
        'The app is aimed explicitly at (first-time) training companies. It was presented at the transfer session of the JOBSTARTER logistics alliance as one of three instruments.',
      ],
    },
    targetGroups: ['first-time-training-companies', 'companies', 'chambers-associations'],
    sectors: ['branchenuebergreifend', 'logistik'],
    occupations: [],
    transferStatus: 'in-development',
    format: 'digital',
    regions: [
      { name: 'Dortmund', state: 'NW' },
      { name: 'Kreis Unna', state: 'NW' },
      { name: 'Hamm', state: 'NW' },
    ],
    kit: {
      included: {
        de: 'Zugang zur App, Inhalte zur Anpassung an die eigene Region.',
        en: 'Access to the app, content to adapt to one’s own region.',
      },
      prerequisites: {
        de: 'Eine Stelle, die regionale Inhalte (Ansprechpartner, Fristen) pflegt.',
        en: 'A body that maintains regional content (contacts, deadlines).',
      },
      effortDays: 10,
      costModel: 'fee',
      costNote: { de: 'Betriebskosten nach Absprache', en: 'Running costs by arrangement' },
      languages: ['de', 'en'],
    },
    contact: westContact,
  },
  {
    slug: 'virtueller-werkzeugkoffer',
    kind: 'werkzeugkoffer',
    project: 'logistik-duisburg-moers',
    title: { de: 'Virtueller Werkzeugkoffer', en: 'Virtual toolkit' },
    pitch: {
      de: 'Ein virtueller Werkzeugkoffer mit erprobten Hilfen für die Ausbildung in kleinen und mittleren Betrieben, vorgestellt in der Transfersitzung der Logistikallianz.',
      en: 'A virtual toolkit of proven aids for vocational training in small and medium-sized companies, presented at the transfer session of the logistics alliance.',
    },
    description: {
      de: [
        'Der virtuelle Werkzeugkoffer wurde zusammen mit dem Kreativitätstool zum Storytelling und der App für (erst-)ausbildende Betriebe gepitcht und rundete die Transfersitzung der JOBSTARTER-Logistikallianz ab.',
      ],
      en: [
        'The virtual toolkit was pitched together with the storytelling creativity tool and the app for (first-time) training companies and rounded off the transfer session of the JOBSTARTER logistics alliance.',
      ],
    },
    targetGroups: ['companies', 'first-time-training-companies', 'economic-development'],
    sectors: ['branchenuebergreifend'],
    occupations: [],
    transferStatus: 'tested',
    format: 'digital',
    regions: [{ name: 'Duisburg/Moers', state: 'NW' }],
    kit: {
      included: {
        de: 'Sammlung von Checklisten, Vorlagen und Leitfäden in digitaler Form.',
        en: 'Collection of checklists, templates and guides in digital form.',
      },
      prerequisites: {
        de: 'Keine besonderen Voraussetzungen.',
        en: 'No particular prerequisites.',
      },
      effortDays: 1,
      costModel: 'free',
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    slug: 'zusatzqualifizierung-digitale-fertigungstechnik',
    kind: 'zusatzqualifizierung',
    project: 'digitale-fertigungstechnik',
    title: {
      de: 'Zusatzqualifizierung „Digitale Fertigungstechnik“',
      en: 'Additional qualification "Digital manufacturing technology"',
    },
    pitch: {
      de: 'Eine Zusatzqualifizierung, die Auszubildende auf die digitale Fertigung vorbereitet. In NRW wird sie an aktuell 20 Berufskollegs für verschiedene Berufsbilder umgesetzt.',
      en: 'An additional qualification that prepares apprentices for digital manufacturing. In North Rhine-Westphalia it currently runs at 20 vocational colleges for several occupations.',
    },
    description: {
      de: [
        'Die Lerninhalte wurden in einem früheren JOBSTARTER plus-Projekt (2016–2019) der Nachwuchsstiftung Maschinenbau gGmbH entwickelt.',
        'Heute wird die Zusatzqualifizierung in Nordrhein-Westfalen an aktuell 20 Berufskollegs und für verschiedene Berufsbilder umgesetzt. Das Regionalbüro West stellte sie in der Transfersitzung der JOBSTARTER-Logistikallianz als nachhaltiges Umsetzungsbeispiel vor.',
      ],
      en: [
        'The learning content was developed in a former JOBSTARTER plus project (2016–2019) of Nachwuchsstiftung Maschinenbau gGmbH.',
        'Today the additional qualification runs at 20 vocational colleges in North Rhine-Westphalia, for several occupations. Regional office West presented it at the transfer session of the JOBSTARTER logistics alliance as a lasting example of transfer.',
      ],
    },
    targetGroups: ['vocational-colleges', 'companies', 'young-people'],
    sectors: ['metall-elektro'],
    occupations: ['industriemechaniker', 'zerspanungsmechaniker', 'mechatroniker'],
    transferStatus: 'established',
    format: 'in-person',
    regions: [{ name: 'Nordrhein-Westfalen', state: 'NW' }],
    kit: {
      included: {
        de: 'Curriculum und Lerninhalte der Zusatzqualifizierung, Erfahrungen der umsetzenden Berufskollegs.',
        en: 'Curriculum and learning content of the additional qualification, experience of the colleges running it.',
      },
      prerequisites: {
        de: 'Ein Berufskolleg mit Lehrkräften für Metall- und Elektroberufe und Zugang zu Fertigungstechnik.',
        en: 'A vocational college with teachers for metal and electrical occupations and access to manufacturing equipment.',
      },
      effortDays: 30,
      costModel: 'free',
      duration: { de: 'Begleitend zur Ausbildung', en: 'Alongside the apprenticeship' },
      languages: ['de'],
    },
    contact: westContact,
    hasDownload: true,
  },
  {
    slug: 'beratungsangebote-mittelstand',
    kind: 'beratungsangebot',
    project: 'logistik-westfaelisches-ruhrgebiet',
    title: {
      de: 'Unterstützungs- und Beratungsangebote für den Mittelstand',
      en: 'Support and consulting offers for SMEs',
    },
    pitch: {
      de: 'Beratung für kleine und mittlere Betriebe rund um die Ausbildung, branchenoffen mit Schwerpunkt Logistik: erprobt im westfälischen Ruhrgebiet, in Viersen, Xanten, am Niederrhein und in Duisburg/Moers.',
      en: 'Advice for small and medium-sized companies on vocational training, open to all sectors with a focus on logistics: tested in the Westphalian Ruhr area, Viersen, Xanten, the Lower Rhine and Duisburg/Moers.',
    },
    description: {
      de: [
        'Drei JOBSTARTER plus-Projekte beraten branchenoffen, aber mit Schwerpunkten bzw. besonderen Ansätzen für die Logistikberufe. Ihre Unterstützungs- und Beratungsangebote für den Mittelstand stellten sie in der Transfersitzung der Logistikallianz zur Nachahmung vor.',
        'Regionen: westfälisches Ruhrgebiet (Dortmund, Kreis Unna, Hamm), Viersen, Xanten, Niederrhein sowie Duisburg/Moers.',
      ],
      en: [
        'Three JOBSTARTER plus projects advise companies of all sectors, with particular approaches for the logistics occupations. They presented their support and consulting offers for SMEs at the transfer session of the logistics alliance for others to adopt.',
        'Regions: Westphalian Ruhr area (Dortmund, district of Unna, Hamm), Viersen, Xanten, Lower Rhine and Duisburg/Moers.',
      ],
    },
    targetGroups: [
      'companies',
      'first-time-training-companies',
      'economic-development',
      'chambers-associations',
    ],
    sectors: ['logistik', 'branchenuebergreifend'],
    occupations: ['fachkraft-lagerlogistik', 'fachlagerist', 'kaufleute-spedition-logistik'],
    transferStatus: 'transfer-ready',
    format: 'hybrid',
    regions: [
      { name: 'Dortmund', state: 'NW' },
      { name: 'Kreis Unna', state: 'NW' },
      { name: 'Hamm', state: 'NW' },
      { name: 'Viersen', state: 'NW' },
      { name: 'Xanten', state: 'NW' },
      { name: 'Niederrhein', state: 'NW' },
      { name: 'Duisburg/Moers', state: 'NW' },
    ],
    kit: {
      included: {
        de: 'Beratungskonzept, Gesprächsleitfäden, Materialien zu Ausbildungsmarketing und Employer Branding.',
        en: 'Consulting concept, interview guides, material on apprenticeship marketing and employer branding.',
      },
      prerequisites: {
        de: 'Eine regionale Stelle mit Beratungskapazität (z. B. Kammer, Wirtschaftsförderung, Bildungsträger).',
        en: 'A regional body with consulting capacity (e.g. chamber, economic development agency, education provider).',
      },
      effortDays: 20,
      costModel: 'cost-covering',
      languages: ['de'],
    },
    contact: westContact,
  },
  // The products below come from [K] (the Kunststoffallianz minutes). The sources name the offers
  // and their aims only: what the kit holds, efforts, costs, formats and transfer statuses are
  // placeholders, and each description says so.
  {
    // [K]: KUKUDI, "Beratung von KMU hinsichtlich Strömungen der Digitalisierung".
    slug: 'kukudi-kmu-beratung-digitalisierung',
    kind: 'beratungsangebot',
    project: 'kukudi',
    title: {
      de: 'KMU-Beratung zu Strömungen der Digitalisierung',
      en: 'Advising SMEs on trends in digitalisation',
    },
    pitch: {
      de: 'Beratung kleiner und mittlerer Unternehmen der Kunststoffindustrie dazu, wie die Digitalisierung Arbeit und Ausbildung verändert: ein Angebot des Projekts KUKUDI in der Metropolregion Nürnberg.',
      en: 'Advice for small and medium-sized companies of the plastics industry on how digitalisation changes work and training: an offer of the KUKUDI project in the Nuremberg metropolitan region.',
    },
    description: {
      de: [
        'Das Projekt KUKUDI aus der 5. Förderrunde von JOBSTARTER plus berät KMU hinsichtlich der Strömungen der Digitalisierung. Vorgestellt wurde es im 19. Überregionalen Netzwerktreffen der JOBSTARTER-Kunststoffallianz.',
        'Platzhalter: Umfang, Aufwand, Kosten, Format und Transferstand sind für die Demo angenommen; die Quellen nennen sie nicht.',
      ],
      en: [
        'KUKUDI, a project of the 5th funding round of JOBSTARTER plus, advises SMEs on trends in digitalisation. It was presented at the 19th supra-regional network meeting of the JOBSTARTER plastics alliance.',
        'Placeholder: scope, effort, cost, format and transfer status are assumed for the demo; the sources do not give them.',
      ],
    },
    targetGroups: ['companies'],
    sectors: ['kunststoff'],
    occupations: ['verfahrensmechaniker-kunststoff-kautschuk'],
    transferStatus: 'tested',
    format: 'hybrid',
    regions: [{ name: 'Metropolregion Nürnberg', state: 'BY' }],
    kit: {
      included: {
        de: 'Platzhalter: Beratungskonzept und Gesprächsleitfaden.',
        en: 'Placeholder: consulting concept and interview guide.',
      },
      prerequisites: {
        de: 'Platzhalter: eine regionale Stelle mit Beratungskapazität und Kontakten zu KMU.',
        en: 'Placeholder: a regional body with consulting capacity and contacts to SMEs.',
      },
      effortDays: 10,
      costModel: 'free',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: suedContact,
  },
  {
    // [K]: KUKUDI, "Unterstützung bei der Besetzung offener Ausbildungsstellen
    // (Ausbildungsmarketing 4.0, Employer Branding)".
    slug: 'kukudi-ausbildungsmarketing-employer-branding',
    kind: 'beratungsangebot',
    project: 'kukudi',
    title: {
      de: 'Ausbildungsmarketing 4.0 und Employer Branding',
      en: 'Apprenticeship marketing 4.0 and employer branding',
    },
    pitch: {
      de: 'Unterstützung für Betriebe bei der Besetzung offener Ausbildungsstellen, mit Ausbildungsmarketing 4.0 und Employer Branding: ein Angebot des Projekts KUKUDI in der Metropolregion Nürnberg.',
      en: 'Support for companies in filling open apprenticeships, with apprenticeship marketing 4.0 and employer branding: an offer of the KUKUDI project in the Nuremberg metropolitan region.',
    },
    description: {
      de: [
        'Das Projekt KUKUDI unterstützt Betriebe bei der Besetzung offener Ausbildungsstellen, mit den Ansätzen Ausbildungsmarketing 4.0 und Employer Branding.',
        'Platzhalter: Umfang, Aufwand, Kosten, Format und Transferstand sind für die Demo angenommen; die Quellen nennen sie nicht.',
      ],
      en: [
        'The KUKUDI project supports companies in filling open apprenticeships, with apprenticeship marketing 4.0 and employer branding.',
        'Placeholder: scope, effort, cost, format and transfer status are assumed for the demo; the sources do not give them.',
      ],
    },
    targetGroups: ['companies', 'first-time-training-companies'],
    sectors: ['kunststoff'],
    occupations: ['verfahrensmechaniker-kunststoff-kautschuk'],
    transferStatus: 'transfer-ready',
    format: 'hybrid',
    regions: [{ name: 'Metropolregion Nürnberg', state: 'BY' }],
    kit: {
      included: {
        de: 'Platzhalter: Leitfaden zum Ausbildungsmarketing und Arbeitshilfen zum Employer Branding.',
        en: 'Placeholder: guide to apprenticeship marketing and worksheets on employer branding.',
      },
      prerequisites: {
        de: 'Platzhalter: eine Person im Betrieb, die das Ausbildungsmarketing verantwortet.',
        en: 'Placeholder: someone in the company responsible for apprenticeship marketing.',
      },
      effortDays: 5,
      costModel: 'free',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: suedContact,
  },
  {
    // [K]: KUKUDI, "Initiieren von einem KMU-Netzwerk für die Kunststoffindustrie in der
    // Metropolregion Nürnberg mit Schwerpunkt veränderte Anforderungen an die Ausbildung in Zeiten
    // der Digitalisierung"; "Vernetzung mit anderen Initiativen im Kunststoffbereich", "bereits
    // mit dem Kunststoffnetzwerk im Gespräch; Bündelung der Kontakte".
    slug: 'kukudi-kmu-netzwerk-kunststoff',
    kind: 'sonstiges',
    project: 'kukudi',
    title: {
      de: 'KMU-Netzwerk für die Kunststoffindustrie',
      en: 'SME network for the plastics industry',
    },
    pitch: {
      de: 'Ein Netzwerk kleiner und mittlerer Unternehmen der Kunststoffindustrie in der Metropolregion Nürnberg, mit dem Schwerpunkt auf veränderten Anforderungen an die Ausbildung in Zeiten der Digitalisierung.',
      en: 'A network of small and medium-sized companies of the plastics industry in the Nuremberg metropolitan region, focused on the changing demands on training in times of digitalisation.',
    },
    description: {
      de: [
        'Das Projekt KUKUDI initiiert ein KMU-Netzwerk für die Kunststoffindustrie in der Metropolregion Nürnberg. Im Mittelpunkt stehen die veränderten Anforderungen an die Ausbildung in Zeiten der Digitalisierung.',
        'Das Projekt vernetzt sich mit anderen Initiativen im Kunststoffbereich, ist unter anderem bereits mit dem Kunststoffnetzwerk im Gespräch und bündelt die Kontakte.',
        'Platzhalter: Umfang, Aufwand, Kosten, Format und Transferstand sind für die Demo angenommen; die Quellen nennen sie nicht.',
      ],
      en: [
        'The KUKUDI project starts an SME network for the plastics industry in the Nuremberg metropolitan region. Its focus is the changing demands on training in times of digitalisation.',
        'The project connects with other initiatives in the plastics sector, is already in talks with the plastics network, among others, and pools the contacts.',
        'Placeholder: scope, effort, cost, format and transfer status are assumed for the demo; the sources do not give them.',
      ],
    },
    targetGroups: ['companies', 'chambers-associations'],
    sectors: ['kunststoff'],
    occupations: ['verfahrensmechaniker-kunststoff-kautschuk'],
    transferStatus: 'in-development',
    format: 'in-person',
    regions: [{ name: 'Metropolregion Nürnberg', state: 'BY' }],
    kit: {
      included: {
        de: 'Platzhalter: Konzept für den Aufbau des Netzwerks und Ablauf der Netzwerktreffen.',
        en: 'Placeholder: concept for building the network and the course of its meetings.',
      },
      prerequisites: {
        de: 'Platzhalter: eine koordinierende Stelle und Kontakte zu Betrieben der Kunststoffindustrie.',
        en: 'Placeholder: a coordinating body and contacts to plastics companies.',
      },
      effortDays: 20,
      costModel: 'cost-covering',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: suedContact,
  },
  {
    // [K]: Lippe Bildung eG, "neue Veranstaltungen wurden erfolgreich durchgeführt: Lernreise".
    slug: 'lernreise',
    kind: 'sonstiges',
    project: 'lippe-bildung-5-foerderrunde',
    title: { de: 'Lernreise', en: 'Learning journey (Lernreise)' },
    pitch: {
      de: 'Die Lernreise ist ein neues Veranstaltungsformat der Lippe Bildung eG, das bereits erfolgreich durchgeführt wurde.',
      en: 'The learning journey (Lernreise) is a new event format of Lippe Bildung eG that has already been run successfully.',
    },
    description: {
      de: [
        'Die Lippe Bildung eG berichtete im 19. Überregionalen Netzwerktreffen der JOBSTARTER-Kunststoffallianz, dass sie die Lernreise als neue Veranstaltung erfolgreich durchgeführt hat.',
        'Platzhalter: Ablauf, Umfang, Aufwand, Kosten und Format sind für die Demo angenommen; die Quellen nennen sie nicht.',
      ],
      en: [
        'Lippe Bildung eG reported at the 19th supra-regional network meeting of the JOBSTARTER plastics alliance that it had successfully run the learning journey as a new event.',
        'Placeholder: course, scope, effort, cost and format are assumed for the demo; the sources do not give them.',
      ],
    },
    targetGroups: ['companies'],
    sectors: ['branchenuebergreifend'],
    occupations: [],
    transferStatus: 'tested',
    format: 'in-person',
    regions: [{ name: 'Kreis Lippe', state: 'NW' }],
    kit: {
      included: {
        de: 'Platzhalter: Ablaufplan und Einladungsvorlagen.',
        en: 'Placeholder: schedule and invitation templates.',
      },
      prerequisites: {
        de: 'Platzhalter: eine einladende Stelle und gastgebende Betriebe.',
        en: 'Placeholder: an inviting body and host companies.',
      },
      effortDays: 3,
      costModel: 'cost-covering',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    // [K]: Lippe Bildung eG, "neue Veranstaltungen wurden erfolgreich durchgeführt: ... Digitales
    // Dinner".
    slug: 'digitales-dinner',
    kind: 'sonstiges',
    project: 'lippe-bildung-5-foerderrunde',
    title: { de: 'Digitales Dinner', en: 'Digital dinner (Digitales Dinner)' },
    pitch: {
      de: 'Das Digitale Dinner ist ein neues Veranstaltungsformat der Lippe Bildung eG, das bereits erfolgreich durchgeführt wurde.',
      en: 'The digital dinner (Digitales Dinner) is a new event format of Lippe Bildung eG that has already been run successfully.',
    },
    description: {
      de: [
        'Die Lippe Bildung eG berichtete im 19. Überregionalen Netzwerktreffen der JOBSTARTER-Kunststoffallianz, dass sie das Digitale Dinner als neue Veranstaltung erfolgreich durchgeführt hat.',
        'Platzhalter: Ablauf, Umfang, Aufwand, Kosten und Format sind für die Demo angenommen; die Quellen nennen sie nicht.',
      ],
      en: [
        'Lippe Bildung eG reported at the 19th supra-regional network meeting of the JOBSTARTER plastics alliance that it had successfully run the digital dinner as a new event.',
        'Placeholder: course, scope, effort, cost and format are assumed for the demo; the sources do not give them.',
      ],
    },
    targetGroups: ['companies'],
    sectors: ['branchenuebergreifend'],
    occupations: [],
    transferStatus: 'tested',
    format: 'digital',
    regions: [{ name: 'Kreis Lippe', state: 'NW' }],
    kit: {
      included: {
        de: 'Platzhalter: Ablaufplan und Hinweise zur Moderation.',
        en: 'Placeholder: schedule and notes for moderation.',
      },
      prerequisites: {
        de: 'Platzhalter: eine einladende Stelle und ein Videokonferenzsystem.',
        en: 'Placeholder: an inviting body and a video conference system.',
      },
      effortDays: 2,
      costModel: 'free',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    // [K]: within the alliance, the "Arbeitsgruppe Train The Trainer (AG TTT)" offers "einen
    // bilateralen Austausch zum Thema Stand des Ausbildungspersonals". Its origin project is the
    // invented placeholder project of office East.
    slug: 'austausch-ausbildungspersonal-ag-ttt',
    kind: 'sonstiges',
    project: 'platzhalter-kunststoff-berlin',
    title: {
      de: 'Austausch zum Stand des Ausbildungspersonals (AG Train The Trainer)',
      en: 'Exchange on the state of training staff (Train The Trainer working group)',
    },
    pitch: {
      de: 'Ein bilateraler Austausch zum Stand des Ausbildungspersonals, angeboten im Rahmen der Arbeitsgruppe Train The Trainer (AG TTT) der JOBSTARTER-Kunststoffallianz.',
      en: 'A bilateral exchange on the state of training staff, offered within the Train The Trainer working group (AG TTT) of the JOBSTARTER plastics alliance.',
    },
    description: {
      de: [
        'Im 19. Überregionalen Netzwerktreffen der JOBSTARTER-Kunststoffallianz wurde im Rahmen der Arbeitsgruppe Train The Trainer (AG TTT) ein bilateraler Austausch zum Thema „Stand des Ausbildungspersonals“ angeboten.',
        'Platzhalter: Das Herkunftsprojekt in Berlin ist für die Demo erfunden; Umfang, Aufwand, Kosten, Format und Transferstand sind angenommen.',
      ],
      en: [
        'At the 19th supra-regional network meeting of the JOBSTARTER plastics alliance, a bilateral exchange on "the state of training staff" was offered within the Train The Trainer working group (AG TTT).',
        'Placeholder: the project of origin in Berlin is invented for the demo; scope, effort, cost, format and transfer status are assumed.',
      ],
    },
    targetGroups: ['companies', 'chambers-associations'],
    sectors: ['kunststoff'],
    occupations: ['verfahrensmechaniker-kunststoff-kautschuk'],
    transferStatus: 'tested',
    format: 'digital',
    regions: [{ name: 'Berlin (Platzhalter)', state: 'BE' }],
    kit: {
      included: {
        de: 'Platzhalter: Gesprächsleitfaden für den Austausch.',
        en: 'Placeholder: interview guide for the exchange.',
      },
      prerequisites: {
        de: 'Platzhalter: Ausbildungspersonal, das sich austauschen möchte.',
        en: 'Placeholder: training staff who want to exchange experience.',
      },
      effortDays: 1,
      costModel: 'free',
      costNote: { de: 'Platzhalter', en: 'Placeholder' },
      languages: ['de'],
    },
    contact: ostContact,
  },
]

/**
 * Two drafts of the project behind the demo's project login, in review: one waiting for the
 * office, one the office sent back with a comment. Made up for the demo (the sources describe
 * only the published products); complete, so that they could be submitted.
 */
export const REVIEW_DRAFTS: (ProductSeed & {
  review: 'submitted' | 'changes-requested'
  comment?: string
})[] = [
  {
    slug: 'lernfabrik-digitale-fertigung',
    review: 'submitted',
    kind: 'sonstiges',
    project: 'digitale-fertigungstechnik',
    title: {
      de: 'Lernfabrik Digitale Fertigung',
      en: 'Learning factory for digital manufacturing',
    },
    pitch: {
      de: 'Eine kleine Lernfabrik im Berufskolleg, an der Auszubildende einen vernetzten Fertigungsauftrag vom Entwurf bis zur Prüfung durchspielen. (Demo-Entwurf)',
      en: 'A small learning factory at a vocational college where apprentices run a networked production order from design to inspection. (Demo draft)',
    },
    description: {
      de: [
        'Die Lernfabrik verbindet CAD, CNC-Fertigung und Qualitätsprüfung an einem durchgehenden Auftrag. Sie ergänzt die Zusatzqualifizierung „Digitale Fertigungstechnik“.',
      ],
      en: [
        'The learning factory connects CAD, CNC manufacturing and quality inspection in one continuous order. It complements the additional qualification "Digital manufacturing technology".',
      ],
    },
    targetGroups: ['vocational-colleges', 'companies'],
    sectors: ['metall-elektro'],
    occupations: ['industriemechaniker', 'mechatroniker'],
    transferStatus: 'tested',
    format: 'in-person',
    regions: [{ name: 'Nordrhein-Westfalen', state: 'NW' }],
    kit: {
      included: {
        de: 'Aufbauplan, Auftragsunterlagen und Bewertungsbögen.',
        en: 'Set-up plan, order documents and assessment sheets.',
      },
      prerequisites: {
        de: 'Werkstatt mit mindestens einer CNC-Maschine.',
        en: 'A workshop with at least one CNC machine.',
      },
      effortDays: 15,
      costModel: 'free',
      licence: 'CC BY-SA 4.0',
      languages: ['de'],
    },
    contact: westContact,
  },
  {
    slug: 'ausbildungs-tandems-fertigung',
    review: 'changes-requested',
    comment:
      'Bitte beschreiben Sie genauer, wie die Tandems gebildet werden, und ergänzen Sie die englischen Texte.',
    kind: 'sonstiges',
    project: 'digitale-fertigungstechnik',
    title: { de: 'Ausbildungs-Tandems Fertigung', en: 'Training tandems in manufacturing' },
    pitch: {
      de: 'Auszubildende zweier Betriebe lernen paarweise an den Maschinen des jeweils anderen Betriebs. (Demo-Entwurf)',
      en: "Apprentices of two companies learn in pairs on each other's machines. (Demo draft)",
    },
    description: {
      de: ['Zwei Betriebe tauschen für je zwei Wochen Auszubildende aus.'],
      en: ['Two companies exchange apprentices for two weeks each.'],
    },
    targetGroups: ['companies'],
    sectors: ['metall-elektro'],
    occupations: ['zerspanungsmechaniker'],
    transferStatus: 'in-development',
    format: 'in-person',
    regions: [{ name: 'Nordrhein-Westfalen', state: 'NW' }],
    kit: {
      included: { de: 'Kooperationsvertrag (Muster).', en: 'Cooperation agreement (template).' },
      prerequisites: {
        de: 'Zwei ausbildende Betriebe in der Nähe.',
        en: 'Two training companies close to each other.',
      },
      effortDays: 5,
      costModel: 'free',
      licence: 'CC BY 4.0',
      languages: ['de'],
    },
    contact: westContact,
  },
]

/** Office North has no product; its contact is there for the requests routed to it. */
export const OFFICE_CONTACTS: Record<string, { role: Text; email: string; phone: string }> = {
  'rb-nord': {
    role: {
      de: 'Regionalbüro Nord, Transferberatung',
      en: 'Regional office North, transfer advice',
    },
    email: 'transfer-nord@example.org',
    phone: '+49 40 0000000',
  },
  'rb-ost': { ...ostContact, phone: '+49 30 0000000' },
  'rb-sued': { ...suedContact, phone: '+49 89 0000000' },
  'rb-west': { ...westContact, phone: '+49 228 0000000' },
}

/**
 * Adoptions of the Zusatzqualifizierung at vocational colleges in NRW (three public, one not), and
 * one invented demo adoption of a KUKUDI offer in Heilbronn (Baden-Württemberg), so the map shows
 * an adoption outside the state a product came from.
 */
export const ADOPTIONS: {
  product: string
  organisation: string
  since: string
  status: AdoptionStatus
  isPublic: boolean
  fromRequest?: string
}[] = [
  {
    product: 'zusatzqualifizierung-digitale-fertigungstechnik',
    organisation: 'berufskolleg-dortmund',
    since: '2020-08-01',
    status: 'established',
    isPublic: true,
  },
  {
    product: 'zusatzqualifizierung-digitale-fertigungstechnik',
    organisation: 'berufskolleg-duisburg',
    since: '2021-08-01',
    status: 'established',
    isPublic: true,
  },
  {
    product: 'zusatzqualifizierung-digitale-fertigungstechnik',
    organisation: 'berufskolleg-koeln',
    since: '2022-08-01',
    status: 'pilot',
    isPublic: true,
  },
  {
    product: 'zusatzqualifizierung-digitale-fertigungstechnik',
    organisation: 'berufskolleg-hamm',
    since: '2023-08-01',
    status: 'pilot',
    isPublic: false,
    fromRequest: 'bk-hamm@example.org',
  },
  {
    product: 'kukudi-ausbildungsmarketing-employer-branding',
    organisation: 'demo-bildungstraeger-heilbronn',
    since: '2024-09-01',
    status: 'pilot',
    isPublic: true,
  },
]

/** Requests in several statuses. Requesters are placeholders, never real people. */
export const REQUESTS: {
  email: string
  products: string[]
  name: string
  organisation: string
  organisationType: OrganisationType
  role: string
  postcode: string
  state: FederalState
  message: string
  /** The path the request took, oldest first; the last entry is its current status. */
  status: RequestStatus[]
  /**
   * How many days before seeding each step of `status` happened (Demo): the impact view then
   * shows requests in several quarters and a real time to adoption. Open requests changed within
   * the office's overdue limit, so the demo dashboards are not all red.
   */
  daysAgo: number[]
}[] = [
  {
    email: 'ausbildung@beispiel-bk-franken.example',
    products: ['zusatzqualifizierung-digitale-fertigungstechnik'],
    name: 'Erika Mustermann',
    organisation: 'Berufliches Schulzentrum (Beispiel), Franken',
    organisationType: 'vocational-college',
    role: 'Abteilungsleitung Metalltechnik',
    postcode: '90402',
    state: 'BY',
    message:
      'Wir möchten die Zusatzqualifizierung ab dem nächsten Schuljahr anbieten und suchen Erfahrungen der Berufskollegs in NRW.',
    status: ['new'],
    daysAgo: [2],
  },
  {
    email: 'koordinierung@beispielstadt.example',
    products: ['digitale-ausbildungsmesse-xanten', 'app-fuer-erstausbildende-betriebe'],
    name: 'Max Mustermann',
    organisation: 'Kommunale Koordinierungsstelle (Beispiel), Emsland',
    organisationType: 'coordination-office',
    role: 'Koordination Übergang Schule–Beruf',
    postcode: '49716',
    state: 'NI',
    message:
      'Die digitale Messe aus Xanten passt gut zu unserem Landkreis. Welche Voraussetzungen brauchen wir?',
    status: ['new', 'in-review'],
    daysAgo: [20, 3],
  },
  {
    email: 'schule@beispiel-gesamtschule.example',
    products: ['planspiel-eurokran-an-schulen'],
    name: 'Eva Beispiel',
    organisation: 'Gesamtschule (Beispiel), Gelsenkirchen',
    organisationType: 'school',
    role: 'Studien- und Berufswahlkoordination',
    postcode: '45879',
    state: 'NW',
    message:
      'Wir würden EUROKRAN gern mit einem Logistikbetrieb aus der Nachbarschaft in Klasse 9 spielen.',
    status: ['new', 'in-review', 'in-consultation'],
    daysAgo: [70, 62, 6],
  },
  {
    email: 'bk-hamm@example.org',
    products: ['zusatzqualifizierung-digitale-fertigungstechnik'],
    name: 'Jan Beispiel',
    organisation: 'Berufskolleg in Hamm (Demo-Eintrag)',
    organisationType: 'vocational-college',
    role: 'Bildungsgangleitung',
    postcode: '59065',
    state: 'NW',
    message:
      'Wir möchten die Zusatzqualifizierung für Industriemechanikerinnen und -mechaniker erproben.',
    status: ['new', 'in-review', 'in-consultation', 'trial', 'adopted'],
    daysAgo: [320, 313, 290, 250, 170],
  },
  {
    // From Bavaria: routed to office South.
    email: 'ausbildung@beispiel-kunststoff-oberpfalz.example',
    products: ['kukudi-kmu-netzwerk-kunststoff'],
    name: 'Lena Beispiel',
    organisation: 'Kunststoffbetrieb (Beispiel), Oberpfalz',
    organisationType: 'company',
    role: 'Ausbildungsleitung',
    postcode: '92637',
    state: 'BY',
    message:
      'Gibt es das KMU-Netzwerk auch für Betriebe außerhalb der Metropolregion Nürnberg? Wir würden gern mitmachen.',
    status: ['new'],
    daysAgo: [4],
  },
  {
    // From Saxony: routed to office East.
    email: 'fachkraefte@beispiel-wirtschaftsfoerderung.example',
    products: ['lernreise', 'digitales-dinner'],
    name: 'Tom Beispiel',
    organisation: 'Wirtschaftsförderung (Beispiel), Landkreis Zwickau',
    organisationType: 'economic-development',
    role: 'Fachkräftesicherung',
    postcode: '08056',
    state: 'SN',
    message:
      'Wir suchen Formate, mit denen wir Betriebe für die Ausbildung gewinnen. Wie laufen Lernreise und Digitales Dinner ab?',
    status: ['new', 'in-review'],
    daysAgo: [40, 5],
  },
]

export const SITE = {
  privacyPolicyVersion: '2026-11',
  imprint: {
    de: [
      'Demo-Installation des Transferkatalogs. Angaben nach § 5 DDG trägt die betreibende Programmstelle hier ein.',
    ],
    en: [
      'Demo installation of the Transferkatalog. The operating programme office enters its legal notice here.',
    ],
  },
  privacyPolicy: {
    de: [
      'Der Transferkatalog verarbeitet personenbezogene Daten nur, soweit sie für die Bearbeitung von Übernahmeanfragen nötig sind. Abgeschlossene Anfragen werden nach einer festgelegten Frist anonymisiert.',
    ],
    en: [
      'The Transferkatalog processes personal data only as far as needed to handle adoption requests. Closed requests are anonymised after a set period.',
    ],
  },
  accessibility: {
    de: [
      'Der Transferkatalog soll die Anforderungen der BITV 2.0 (WCAG 2.1 AA) erfüllen. Barrieren melden Sie bitte an die allgemeine Kontaktadresse.',
    ],
    en: [
      'The Transferkatalog aims to meet BITV 2.0 (WCAG 2.1 AA). Please report barriers to the general contact address.',
    ],
  },
  contact: {
    role: { de: 'Programmstelle JOBSTARTER plus', en: 'JOBSTARTER plus programme office' },
    email: 'kontakt@example.org',
  },
  identity: {
    programme: { de: 'JOBSTARTER plus', en: 'JOBSTARTER plus programme' },
    // [K] prints "GEFÖRDERT VOM" above the funders' logos. That the programme is funded by the
    // Federal Ministry of Education and Research and the European Social Fund is general
    // knowledge, not in the sources: the exact wording is to be confirmed by the programme office.
    fundingLine: {
      de: 'Das Programm JOBSTARTER plus wird gefördert vom Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds.',
      en: 'The JOBSTARTER plus programme is funded by the Federal Ministry of Education and Research and the European Social Fund.',
    },
  },
}
