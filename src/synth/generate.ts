import { type ActorKind, FUNDING_STATUSES, PROGRAMME_KINDS, slugify } from '../domain/model';
import type { SeedSet } from '../services/seeding/readSeeds';
import type { ActorSeed, DomainSeed, FundingSeed, PlaceSeed, ProgrammeSeed, TieSeed } from '../domain/records';
import { DEPARTMENTS, FRANCE_SOURCE_URL, MAJOR_CENTRES, REGIONS } from './france';
import { Random, WeightedPicker, zipf } from './random';

/**
 * A synthetic health ecosystem the size of a whole country, for benchmarks: the graph's own schema,
 * kinds in realistic proportions, power-law degrees (a few national clusters and funders are hubs),
 * every place of France, domains and sub-domains, programmes and fundings with amounts, about ten
 * relationships per actor. Deterministic from the seed. Every record cites the one SYNTHETIC source,
 * and every id starts with `syn-`: nothing here is a fact.
 */

export interface SynthOptions {
  actors: number;
  seed?: number;
}

export const SYNTHETIC_SOURCE_ID = 'syn-source';
/** Bumped whenever the generator's output changes, so a stored graph of an older version is not taken for this one. */
export const GENERATOR_VERSION = 2;
const CITE = ['syn-generated'];
const PLACES_CITE = ['syn-places'];

/** Share of each kind among actors; companies take the rest. */
const KIND_SHARES: Partial<Record<ActorKind, number>> = {
  PERSON: 0.12,
  RESEARCH_ORGANISATION: 0.08,
  CONSORTIUM: 0.03,
  FUND: 0.02,
  CLUSTER: 0.01,
  UNIVERSITY: 0.01,
  UNIVERSITY_HOSPITAL: 0.01,
  PUBLIC_AUTHORITY: 0.01,
  AGENCY: 0.01,
  HOSPITAL_UNIVERSITY_INSTITUTE: 0.005,
  COMPETITIVENESS_POLE: 0.003,
  EXCELLENCE_HUB: 0.002,
  INDUSTRY_SECTOR: 0.001,
};

/** Top domains (the first four are domains of excellence) and their sub-domains, French | English. */
const DOMAIN_TREE: [string, string, string[]][] = [
  [
    'Biothérapies et bioproduction',
    'Biotherapies and bioproduction',
    [
      'Thérapies cellulaires|Cell therapies',
      'Thérapies géniques|Gene therapies',
      'Anticorps monoclonaux|Monoclonal antibodies',
      'Vaccins|Vaccines',
      'Procédés de bioproduction|Bioprocessing',
    ],
  ],
  [
    'Dispositifs médicaux et diagnostic',
    'Medical devices and diagnostics',
    [
      'Implants|Implants',
      'Diagnostic in vitro|In vitro diagnostics',
      'Robotique chirurgicale|Surgical robotics',
      'Imagerie médicale|Medical imaging',
    ],
  ],
  [
    'Santé numérique',
    'Digital health',
    [
      'Intelligence artificielle en santé|AI in health',
      'Télémédecine|Telemedicine',
      'Données de santé|Health data',
      'Thérapies numériques|Digital therapeutics',
    ],
  ],
  [
    'Prévention et vieillissement',
    'Prevention and ageing',
    ['Nutrition santé|Nutrition and health', 'Maladies chroniques|Chronic diseases', 'Autonomie des personnes âgées|Autonomy in old age'],
  ],
  ['Oncologie', 'Oncology', ['Immunothérapies|Immunotherapies', 'Radiothérapie|Radiotherapy', 'Thérapies ciblées|Targeted therapies']],
  [
    'Neurosciences',
    'Neurosciences',
    ['Maladies neurodégénératives|Neurodegenerative diseases', 'Santé mentale|Mental health', 'Neurotechnologies|Neurotechnology'],
  ],
  [
    'Maladies infectieuses',
    'Infectious diseases',
    ['Antibiorésistance|Antimicrobial resistance', 'Virologie|Virology', 'Santé tropicale|Tropical health'],
  ],
  ['Cardiologie', 'Cardiology', ['Insuffisance cardiaque|Heart failure', 'Dispositifs cardiovasculaires|Cardiovascular devices']],
  ['Maladies rares', 'Rare diseases', ['Génomique|Genomics', 'Médicaments orphelins|Orphan drugs']],
  [
    'Chimie pharmaceutique',
    'Pharmaceutical chemistry',
    ['Principes actifs|Active ingredients', 'Formulation|Formulation', 'Chimie verte|Green chemistry'],
  ],
  [
    'Cosmétique et dermatologie',
    'Cosmetics and dermatology',
    ['Dermo-cosmétique|Dermocosmetics', 'Ingrédients naturels|Natural ingredients'],
  ],
  ['One Health', 'One Health', ['Santé environnementale|Environmental health', 'Santé animale|Animal health']],
];

const SYLLABLES = [
  'gen',
  'bio',
  'med',
  'thera',
  'vita',
  'cel',
  'lys',
  'nova',
  'pha',
  'ro',
  'ka',
  'lin',
  'tis',
  'mun',
  'cor',
  'neu',
  'ra',
  'zen',
  'ox',
  'vec',
  'tri',
  'sa',
  'dia',
  'ima',
  'cyt',
  'ase',
  'on',
  'ix',
  'el',
  'ar',
];
const COMPANY_SUFFIXES = [
  'Therapeutics',
  'Bio',
  'Pharma',
  'Medical',
  'Santé',
  'Diagnostics',
  'Biotech',
  'Labs',
  'Health',
  'MedTech',
  'Genomics',
  'Imaging',
];
const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Julie',
  'Claire',
  'Hélène',
  'Nadia',
  'Thomas',
  'Nicolas',
  'Julien',
  'Hugo',
  'Karim',
  'Antoine',
  'Pierre',
  'Mathieu',
  'Yann',
  'Olivier',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Durand',
  'Lefebvre',
  'Moreau',
  'Laurent',
  'Garcia',
  'Roux',
  'Fournier',
  'Girard',
  'Bonnet',
  'Mercier',
  'Blanc',
  'Guerin',
  'Faure',
  'Rousseau',
  'Vidal',
  'Fabre',
  'Benali',
];
const KIND_WORDS: Record<ActorKind, string> = {
  COMPANY: 'Entreprise',
  CLUSTER: 'Cluster',
  COMPETITIVENESS_POLE: 'Pôle de compétitivité',
  UNIVERSITY_HOSPITAL: 'Centre hospitalier universitaire',
  HOSPITAL_UNIVERSITY_INSTITUTE: 'Institut hospitalo-universitaire',
  RESEARCH_ORGANISATION: 'Laboratoire de recherche',
  UNIVERSITY: 'Université',
  PUBLIC_AUTHORITY: 'Collectivité',
  AGENCY: 'Agence',
  FUND: "Fonds d'investissement",
  CONSORTIUM: 'Consortium',
  EXCELLENCE_HUB: "Pôle d'excellence",
  INDUSTRY_SECTOR: 'Filière',
  PERSON: 'Personne',
  RESEARCH_UNIT: 'Unité de recherche',
  INCUBATOR: 'Incubateur',
  TECH_TRANSFER_OFFICE: 'SATT',
  HOSPITAL: 'Hôpital',
  CANCER_CENTRE: 'Centre de lutte contre le cancer',
};
const PERIODS = ['2021-2025', '2022-2026', '2023-2027', '2024-2028', '2025-2029', '2026-2030'];

export interface SyntheticEcosystem {
  seeds: SeedSet;
  /** How many records of each sort, for reports. */
  counts: Record<string, number>;
}

export function generateEcosystem(options: SynthOptions): SyntheticEcosystem {
  const actorCount = options.actors;
  if (!Number.isInteger(actorCount) || actorCount < 100) throw new RangeError('--actors must be a whole number of at least 100');
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  const ties: TieSeed[] = [];
  const tieKeys = new Set<string>();
  const tie = (type: TieSeed['type'], from: string, to: string) => {
    const key = `${type}:${from}:${to}`;
    if (from === to || tieKeys.has(key)) return;
    tieKeys.add(key);
    ties.push({ type, from, to, cite: CITE });
  };

  // Places: France, its régions, départements and their chefs-lieux.
  const places: PlaceSeed[] = [{ id: 'syn-france', name: 'France', kind: 'COUNTRY', aliases: [], cite: PLACES_CITE }];
  for (const [key, name] of Object.entries(REGIONS)) {
    places.push({ id: `syn-region-${key.toLowerCase()}`, name, kind: 'REGION', within: 'syn-france', aliases: [], cite: PLACES_CITE });
  }
  const cities: { id: string; name: string; region: string; major: boolean }[] = [];
  for (const department of DEPARTMENTS) {
    const departmentId = `syn-department-${department.code.toLowerCase()}`;
    places.push({
      id: departmentId,
      name: department.name,
      kind: 'DEPARTMENT',
      code: department.code,
      within: `syn-region-${department.region.toLowerCase()}`,
      aliases: [],
      cite: PLACES_CITE,
    });
    const cityId = `syn-city-${slugify(department.chefLieu)}-${department.code.toLowerCase()}`;
    places.push({ id: cityId, name: department.chefLieu, kind: 'CITY', within: departmentId, aliases: [], cite: PLACES_CITE });
    cities.push({ id: cityId, name: department.chefLieu, region: REGIONS[department.region]!, major: MAJOR_CENTRES.has(department.code) });
  }
  const cityPicker = new WeightedPicker(cities, (city) => (city.major ? 8 : 1));

  // Domains and sub-domains; the first few are picked far more often (Zipf).
  const domains: DomainSeed[] = [];
  for (const [index, [name, nameEn, children]] of DOMAIN_TREE.entries()) {
    const parent = `syn-domain-${slugify(nameEn)}`;
    domains.push({ id: parent, name, nameEn, excellence: index < 4, aliases: [], cite: CITE });
    for (const child of children) {
      const [childName, childEn] = child.split('|') as [string, string];
      domains.push({
        id: `syn-domain-${slugify(childEn)}`,
        name: childName,
        nameEn: childEn,
        parent,
        excellence: false,
        aliases: [],
        cite: CITE,
      });
    }
  }
  const domainPicker = new WeightedPicker(domains, zipf(0.8));

  // Actors: kinds in proportion, in a shuffled order (earlier actors gather more ties).
  const kinds: ActorKind[] = [];
  for (const [kind, share] of Object.entries(KIND_SHARES) as [ActorKind, number][]) {
    for (let i = Math.max(1, Math.round(share * actorCount)); i > 0; i--) kinds.push(kind);
  }
  while (kinds.length < actorCount) kinds.push('COMPANY');
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const usedNames = new Map<string, number>();
  const unique = (name: string) => {
    const seen = usedNames.get(name) ?? 0;
    usedNames.set(name, seen + 1);
    return seen === 0 ? name : `${name} ${seen + 1}`;
  };
  const brand = () => {
    let word = '';
    for (let i = random.int(2, 3); i > 0; i--) word += random.pick(SYLLABLES);
    return word[0]!.toUpperCase() + word.slice(1);
  };

  const actors: ActorSeed[] = [];
  const byKind = new Map<ActorKind, string[]>();
  const organisations: string[] = [];
  for (let index = 0; index < actorCount; index++) {
    const kind = kinds[index]!;
    const id = `syn-actor-${index}`;
    const city = cityPicker.pick(random);
    const mainDomain = domainPicker.pick(random);
    const name = unique(actorName(kind, city, mainDomain));
    const actor: ActorSeed = {
      id,
      name,
      kind,
      aliases: [],
      description:
        kind === 'PERSON' ? undefined : `${KIND_WORDS[kind]} (${mainDomain.name.toLowerCase()}) à ${city.name}. Donnée synthétique.`,
      figures:
        kind === 'COMPANY' && random.chance(0.2)
          ? [{ metric: 'EMPLOYEES', value: Math.round(random.logNormal(40, 1.3)), qualifier: 'EXACT', cite: CITE }]
          : [],
      cite: CITE,
    };
    actors.push(actor);
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(id);
    if (kind === 'PERSON') continue;
    organisations.push(id);
    tie('LOCATED_IN', id, city.id);
    tie('ACTIVE_IN', id, mainDomain.id);
    for (let extra = random.int(0, 2); extra > 0; extra--) tie('ACTIVE_IN', id, domainPicker.pick(random).id);
  }
  const ofKind = (...wanted: ActorKind[]) => wanted.flatMap((kind) => byKind.get(kind) ?? []);

  function actorName(kind: ActorKind, city: { name: string; region: string }, domain: DomainSeed): string {
    switch (kind) {
      case 'COMPANY':
        return `${brand()} ${random.pick(COMPANY_SUFFIXES)}`;
      case 'PERSON':
        return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      case 'RESEARCH_ORGANISATION':
        return `Laboratoire ${domain.name} ${brand()}`;
      case 'UNIVERSITY':
        return `Université de ${city.name}`;
      case 'UNIVERSITY_HOSPITAL':
        return `CHU de ${city.name}`;
      case 'HOSPITAL_UNIVERSITY_INSTITUTE':
        return `IHU ${brand()}`;
      case 'CLUSTER':
        return `Cluster ${brand()} ${city.region}`;
      case 'COMPETITIVENESS_POLE':
        return `Pôle ${brand()}`;
      case 'CONSORTIUM':
        return `Consortium ${brand()}`;
      case 'PUBLIC_AUTHORITY':
        return random.chance(0.5) ? `Région ${city.region}` : `Métropole de ${city.name}`;
      case 'AGENCY':
        return `Agence ${brand()} ${city.region}`;
      case 'FUND':
        return `Fonds ${brand()} Santé`;
      case 'RESEARCH_UNIT':
        return `Unité ${domain.name} ${brand()}`;
      case 'INCUBATOR':
        return `Incubateur ${brand()}`;
      case 'TECH_TRANSFER_OFFICE':
        return `SATT ${brand()}`;
      case 'HOSPITAL':
        return `Clinique ${brand()}`;
      case 'CANCER_CENTRE':
        return `Institut du cancer de ${city.name}`;
      case 'EXCELLENCE_HUB':
        return `${brand()}Vallée`;
      case 'INDUSTRY_SECTOR':
        return `Filière santé ${city.region}`;
    }
  }

  // Networks: members join clusters, poles and consortia, the first ones far more (national hubs).
  const networks = new WeightedPicker(ofKind('CLUSTER', 'COMPETITIVENESS_POLE', 'CONSORTIUM'), zipf(1.0));
  const members = ofKind('COMPANY', 'RESEARCH_ORGANISATION', 'UNIVERSITY', 'UNIVERSITY_HOSPITAL', 'HOSPITAL_UNIVERSITY_INSTITUTE');
  for (const id of members) for (let n = random.int(0, 3); n > 0; n--) tie('MEMBER_OF', id, networks.pick(random));

  // Partnerships by preferential attachment: a new partner is picked in proportion to the partners it has.
  const endpoints: string[] = [];
  for (let index = 1; index < organisations.length; index++) {
    const id = organisations[index]!;
    for (let n = random.int(1, 7); n > 0; n--) {
      const other = endpoints.length > 0 && random.chance(0.8) ? random.pick(endpoints) : organisations[random.int(0, index - 1)]!;
      const before = ties.length;
      tie('PARTNERS_WITH', id, other);
      if (ties.length > before) endpoints.push(id, other);
    }
  }

  // Institutes carried by universities, hospitals and research bodies; authorities label them.
  const carriers = ofKind('UNIVERSITY', 'UNIVERSITY_HOSPITAL', 'RESEARCH_ORGANISATION');
  const authorities = ofKind('PUBLIC_AUTHORITY');
  for (const id of ofKind('HOSPITAL_UNIVERSITY_INSTITUTE')) {
    for (let n = random.int(2, 3); n > 0; n--) tie('CARRIES', random.pick(carriers), id);
    tie('LABELLED', random.pick(authorities), id);
  }
  for (const id of ofKind('COMPETITIVENESS_POLE')) tie('LABELLED', random.pick(authorities), id);
  for (const id of ofKind('CONSORTIUM')) for (let n = 2; n > 0; n--) tie('FOUNDED', random.pick(organisations), id);
  for (const id of ofKind('PERSON')) tie('LEADS', id, random.pick(organisations));
  const hubs = ofKind('EXCELLENCE_HUB', 'INDUSTRY_SECTOR');
  for (const id of ofKind('COMPANY', 'RESEARCH_ORGANISATION')) if (random.chance(0.15)) tie('PART_OF', id, random.pick(hubs));

  // Programmes: run by authorities, piloted by poles and clusters, with projects taking part.
  const programmes: ProgrammeSeed[] = [];
  const pilots = ofKind('COMPETITIVENESS_POLE', 'CLUSTER', 'EXCELLENCE_HUB');
  const authorityPicker = new WeightedPicker(authorities, zipf(1.0));
  for (let index = 0, count = Math.max(5, Math.round(actorCount / 150)); index < count; index++) {
    const id = `syn-programme-${index}`;
    const kind = random.pick(PROGRAMME_KINDS);
    const domain = domainPicker.pick(random);
    programmes.push({
      id,
      name: `${kind === 'CHALLENGE' ? 'Challenge' : 'Programme'} ${domain.name} ${brand()}`,
      kind,
      aliases: [],
      period: random.pick(PERIODS),
      figures: [],
      cite: CITE,
    });
    tie('RUNS', authorityPicker.pick(random), id);
    tie('PILOTS', random.pick(pilots), id);
    if (random.chance(0.5)) tie('CO_PILOTS', random.pick(pilots), id);
    for (let n = random.int(0, 2); n > 0; n--) tie('PARTNER_IN', random.pick(organisations), id);
    tie('ACTIVE_IN', id, domain.id);
    if (index > 0 && random.chance(0.3)) tie('SUPPORTS', id, `syn-programme-${random.int(0, index - 1)}`);
  }
  const programmePicker = new WeightedPicker(programmes, zipf(0.9));
  for (const id of members)
    if (random.chance(0.6)) for (let n = random.int(1, 2); n > 0; n--) tie('TAKES_PART_IN', id, programmePicker.pick(random).id);

  // Fundings: a few funders give most of the money; amounts are log-normal around 400 k€.
  const fundings: FundingSeed[] = [];
  const funders = new WeightedPicker(ofKind('PUBLIC_AUTHORITY', 'AGENCY', 'FUND'), zipf(1.1));
  for (let index = 0, count = Math.round(actorCount / 4); index < count; index++) {
    const amountEur = Math.max(1000, Math.round(random.logNormal(400_000, 1.2) / 1000) * 1000);
    const recipients = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(members)))];
    fundings.push({
      id: `syn-funding-${index}`,
      funder: funders.pick(random),
      cofunders: [],
      recipients,
      programme: random.chance(0.7) ? programmePicker.pick(random).id : undefined,
      domains: [domainPicker.pick(random).id],
      amountEur,
      amountText: `${amountEur.toLocaleString('fr-FR')} €`,
      qualifier: 'EXACT',
      period: random.pick(PERIODS),
      status: random.pick(FUNDING_STATUSES),
      shared: recipients.length > 1,
      cite: CITE,
    });
  }

  const seeds: SeedSet = {
    sources: [
      {
        id: SYNTHETIC_SOURCE_ID,
        kind: 'SYNTHETIC',
        title: `Synthetic ecosystem: ${actorCount} actors, seed ${seed}, generator v${GENERATOR_VERSION}`,
        publisher: 'npm run synth (Occitanie Health Graph benchmarks)',
        language: 'fr',
        note: 'Generated for benchmarks. Names, ties and amounts are invented; places are the départements of France and their chefs-lieux.',
        passages: {
          'syn-generated': `Generated by npm run synth -- --actors ${actorCount} --seed ${seed}; not a fact.`,
          'syn-places': `Départements of France and their chefs-lieux (INSEE, Code officiel géographique: ${FRANCE_SOURCE_URL}).`,
        },
      },
    ],
    places,
    domains,
    actors,
    programmes,
    fundings,
    ties,
    documentTexts: new Map(),
    passageOffsets: new Map(),
  };
  return {
    seeds,
    counts: {
      actors: actors.length,
      places: places.length,
      domains: domains.length,
      programmes: programmes.length,
      fundings: fundings.length,
      ties: ties.length,
    },
  };
}
