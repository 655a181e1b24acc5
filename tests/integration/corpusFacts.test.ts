import { startTestApi, type TestApi } from '../support/testApi';

/**
 * Forty facts drawn at random (a seeded draw over the corpus, once) from the public documents summarised in
 * seeds/corpus/, pinned to what each document states: where an actor is, and who gave how much to whom, when.
 * A change to the corpus that contradicts one of its documents fails here. Three of the forty, places of people, were
 * dropped with those places: a person appears in the public roles a document states, not at an address.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** [actor, place, document that states it]. */
const LOCATIONS: [string, string, string][] = [
  ['elsan', 'france', 'https://www.touleco.fr/Toulouse-Les-cliniques-Pasteur-Medipole-Garonne-et-Saint-Exupery,31098'],
  ['hi-lab-clinavenir', 'toulouse', 'https://www.chu-toulouse.fr/retour-sur-jeudi-6-juillet-se-tenait-la'],
  [
    'seqone',
    'montpellier',
    'https://www.frenchweb.fr/seqone-et-congenica-un-pas-vers-une-strategie-europeenne-de-la-medecine-genomique/456805',
  ],
  [
    'cartigen',
    'montpellier',
    'https://www.occitanie-tribune.com/articles/25392/montpellier-cartigen-la-nouvelle-plateforme-de-recherche-du-chu-de-montpellier-et-de-l-universite-de-montpellier',
  ],
  ['edit-chu-toulouse', 'toulouse', 'http://www.touleco.fr/Le-CHU-de-Toulouse-lance-Innov-pole-sante-pour-accelerer-l,27469'],
  [
    'epargne-occitanie',
    'occitanie',
    'https://toulouse.latribune.fr/economie/developpement-economique/2021-10-13/progressivement-le-fonds-souverain-d-occitanie-se-met-en-place-894226.html',
  ],
  [
    'cap-omega',
    'montpellier',
    'https://objectif-languedoc-roussillon.latribune.fr/entreprises/2018-05-17/le-bic-de-montpellier-fete-30-ans-de-succes-778845.html',
  ],
  [
    'micropep-technologies',
    'toulouse',
    'https://maddyness.com/2024/07/25/micropep-leve-27-millions-deuros-pour-epauler-les-agriculteurs-dans-la-protection-de-leurs-cultures',
  ],
  [
    'anr',
    'france',
    'https://toulouse.latribune.fr/innovation/2024-05-28/intelligence-artificielle-le-nouveau-cluster-toulousain-aniti-veut-donner-confiance-en-l-ia-998519.html',
  ],
  [
    'antabio',
    'labege',
    'https://toulouse.latribune.fr/entreprises/business/2018-07-13/biotech-antabio-leve-5-2-millions-d-euros-et-veut-ouvrir-une-filiale-aux-etats-unis-785035.html',
  ],
  [
    'fareva',
    'france',
    'https://www.boursorama.com/bourse/actualites/pierre-fabre-en-negociations-exclusives-avec-fareva-pour-deux-sites-en-france-c21776d95d2bb4020fd7228920dea62a',
  ],
  [
    'capsum',
    'marseille',
    'https://toulouse.latribune.fr/entreprises/2022-11-08/la-biotech-orius-accueille-dans-son-capital-le-marseillais-capsum-939866.html',
  ],
  [
    'gamamabs',
    'toulouse',
    'http://objectifnews.latribune.fr/innovation/recherche-et-developpement/2016-03-30/innovation-le-centre-pierre-potier-reussit-son-pari.html',
  ],
  [
    'zebra-impact-ventures',
    'suisse',
    'https://maddyness.com/2024/07/25/micropep-leve-27-millions-deuros-pour-epauler-les-agriculteurs-dans-la-protection-de-leurs-cultures',
  ],
  [
    'ibmm',
    'montpellier',
    'https://entreprises-occitanie.com/actualites/montpellier-inaugure-la-plus-grande-operation-immobiliere-en-france-dediee-la-recherche',
  ],
  [
    'universite-paul-valery-montpellier-3',
    'montpellier',
    'http://www.entreprendre-montpellier.com/fr/actualites/acteur-majeur-de-medvallee-licm-fete-ses-100-ans',
  ],
  ['genoskin', 'toulouse', 'https://occitanie-invest.com/laureats-2024/genoskin-une-alternative-aux-tests-sur-animaux'],
];

interface PinnedFunding {
  id: string;
  funder: string;
  recipients: string[];
  amountEur: number;
  date: string;
  instrument: string | null;
  document: string;
}

const FUNDINGS: PinnedFunding[] = [
  {
    id: 'antabio-serie-a-2017',
    funder: 'irdi-soridec-gestion',
    recipients: ['antabio'],
    amountEur: 7300000,
    date: '2017-10-16',
    instrument: 'EQUITY',
    document:
      'http://toulouse.latribune.fr/innovation/recherche-et-developpement/2017-10-13/antabio-leve-7-millions-d-euros-pour-lutter-contre-les-maladies-nosocomiales-754070.html',
  },
  {
    id: 'sanofi-aramon-30m-plan',
    funder: 'sanofi',
    recipients: ['sanofi-aramon'],
    amountEur: 30000000,
    date: '2023-09',
    instrument: null,
    document:
      'http://www.lalettrem.fr/actualites/sanofi-va-investir-pres-de-40-meu-dans-loptimisation-des-performances-de-son-site-daramon',
  },
  {
    id: 'region-ciloa-2021',
    funder: 'region-occitanie',
    recipients: ['ciloa'],
    amountEur: 300000,
    date: '2021-12',
    instrument: 'GRANT',
    document: 'https://www.touleco.fr/La-region-lance-une-filiere-biotherapie-innovation,32750',
  },
  {
    id: 'etat-cyborg-2018',
    funder: 'etat',
    recipients: ['cyborg'],
    amountEur: 1700000,
    date: '2018',
    instrument: null,
    document:
      'https://objectif-languedoc-roussillon.latribune.fr/innovation/innovation-medicale/2018-11-07/inauguration-du-bio-incubateur-cyborg-ici-s-invente-la-medecine-de-demain-796660.html',
  },
  {
    id: 'etat-ciloa-2022',
    funder: 'etat',
    recipients: ['ciloa'],
    amountEur: 1500000,
    date: '2022-02',
    instrument: null,
    document:
      'https://objectif-languedoc-roussillon.latribune.fr/innovation/innovation-medicale/2022-02-22/la-biotech-montpellieraine-ciloa-en-route-pour-un-vaccin-naturel-contre-le-covid-904634.html',
  },
  {
    id: 'etat-france-2030-sante-occitanie-2023',
    funder: 'etat',
    recipients: ['filiere-sante-occitanie'],
    amountEur: 100000000,
    date: '2023-04',
    instrument: null,
    document:
      'https://toulouse.latribune.fr/economie/2023-04-13/avec-france-2030-pres-de-250-projets-d-entreprises-ont-ete-soutenus-en-occitanie-958680.html',
  },
  {
    id: 'metropole-pacte-montpellier-capital-sante-2017',
    funder: 'montpellier-mediterranee-metropole',
    recipients: [],
    amountEur: 3600000,
    date: '2017-01',
    instrument: null,
    document:
      'https://objectif-languedoc-roussillon.latribune.fr/innovation/innovation-medicale/2018-11-07/inauguration-du-bio-incubateur-cyborg-ici-s-invente-la-medecine-de-demain-796660.html',
  },
  {
    id: 'region-easycov-2020',
    funder: 'region-occitanie',
    recipients: ['cnrs', 'vogo'],
    amountEur: 437000,
    date: '2020',
    instrument: null,
    document:
      'https://www.20minutes.fr/societe/2787839-20200528-coronavirus-cree-montpellier-premier-test-virologique-salivaire-va-etre-commercialise-juin',
  },
  {
    id: 'france-relance-evotec-50m',
    funder: 'etat',
    recipients: ['evotec'],
    amountEur: 50000000,
    date: '2021-04-20',
    instrument: null,
    document:
      'https://toulouse.latribune.fr/entreprises/soutien-et-financement/2021-04-20/biomedicament-evotec-investit-150-millions-d-euros-a-toulouse-pour-un-site-de-production-882816.html',
  },
  {
    id: 'region-balard-recherche',
    funder: 'region-occitanie',
    recipients: ['icgm', 'ibmm'],
    amountEur: 62000000,
    date: '2023-06',
    instrument: null,
    document:
      'https://entreprises-occitanie.com/actualites/montpellier-inaugure-la-plus-grande-operation-immobiliere-en-france-dediee-la-recherche',
  },
  {
    id: 'toulouse-metropole-evotec-2m',
    funder: 'toulouse-metropole',
    recipients: ['evotec'],
    amountEur: 2000000,
    date: '2022-09',
    instrument: null,
    document: 'https://www.touleco.fr/Oncopole-Toulouse-Evotec-donne-le-coup-d-envoi-de-la,35370',
  },
  {
    id: 'tls-etat-twb-pia',
    funder: 'etat',
    recipients: ['twb'],
    amountEur: 20000000,
    date: '2011-03',
    instrument: 'GRANT',
    document:
      'https://toulouse.latribune.fr/innovation/recherche-et-developpement/2019-04-05/twb-va-doubler-la-surface-de-ses-locaux-fin-2020-813092.html',
  },
  {
    id: 'metropole-pacte-montpellier-capital-sante-2017-annonce',
    funder: 'montpellier-mediterranee-metropole',
    recipients: [],
    amountEur: 3590000,
    date: '2017-01',
    instrument: null,
    document:
      'http://objectif-languedoc-roussillon.latribune.fr/innovation/innovation-medicale/2017-01-05/montpellier-capital-sante-7-1-m-de-l-etat-pour-six-projets.html',
  },
  {
    id: 'region-plan-ia-2024-05',
    funder: 'region-occitanie',
    recipients: [],
    amountEur: 50000000,
    date: '2024-05',
    instrument: null,
    document:
      'https://toulouse.latribune.fr/entreprises/2024-05-27/reindustrialisation-l-occitanie-se-reve-en-terre-d-accueil-de-startups-industrielles-998448.html',
  },
  {
    id: 'sanofi-evotec-250m',
    funder: 'sanofi',
    recipients: ['evotec'],
    amountEur: 250000000,
    date: '2015-03-31',
    instrument: 'CONTRACT',
    document: 'https://toulouse.latribune.fr/entreprises/social/2015-04-01/evotec-prend-le-controle-du-site-toulousain-de-sanofi.html',
  },
  {
    id: 'tls-etat-toulouse-tech-transfer-pia',
    funder: 'etat',
    recipients: ['toulouse-tech-transfer'],
    amountEur: 70000000,
    date: '2012',
    instrument: null,
    document:
      'http://toulouse.latribune.fr/entreprises/soutien-et-financement/2017-03-24/au-bout-de-5-ans-toulouse-tech-transfer-a-t-elle-prouve-son-efficacite.html',
  },
  {
    id: 'etat-chaire-cavalli-2024',
    funder: 'etat',
    recipients: ['igh'],
    amountEur: 2000000,
    date: '2024-04-22',
    instrument: null,
    document: 'https://www.umontpellier.fr/articles/deux-chercheurs-montpellierains-laureats-des-chaires-dexcellence-en-biologie-sante',
  },
  {
    id: 'abg-quantum-surgical-2018-05',
    funder: 'ally-bridge-group',
    recipients: ['quantum-surgical'],
    amountEur: 6000000,
    date: '2018-05',
    instrument: 'EQUITY',
    document:
      'https://objectif-languedoc-roussillon.latribune.fr/innovation/innovation-medicale/2019-04-05/quantum-surgical-met-un-pied-en-chine-via-une-joint-venture-813306.html',
  },
  {
    id: 'region-ipsophene-4-2m',
    funder: 'region-occitanie',
    recipients: ['ipsophene'],
    amountEur: 4200000,
    date: '2023-07',
    instrument: null,
    document: 'https://www.20minutes.fr/sante/4045340-20230712-toulouse-3-000-tonnes-paracetamols-produits-localement-2024-premiere-europe',
  },
  {
    id: 'tls-region-pierre-fabre-peraudel-grant-2016',
    funder: 'region-occitanie',
    recipients: ['pierre-fabre'],
    amountEur: 1000000,
    date: '2016-10',
    instrument: 'GRANT',
    document: 'https://www.laregion.fr/Groupe-mondial-Pierre-Fabre-continue-d-innover-a-Castres',
  },
];

describe('facts of the corpus, as their documents state them', () => {
  it.each(LOCATIONS)('%s is located in %s (%s)', async (actor, place, document) => {
    const response = await api.query<{
      actor: { location: { place: { id: string }; sources: { source: { url: string | null } }[] } | null };
    }>(`query Pin($id: ID!) { actor(id: $id) { location { place { id } sources { source { url } } } } }`, { id: actor });
    expect(response.errors).toBeUndefined();
    expect(response.data!.actor.location?.place.id).toBe(place);
    expect(response.data!.actor.location?.sources.map((citation) => citation.source.url)).toContain(document);
  });

  it.each(FUNDINGS)('$id: $funder gave $amountEur euros ($date)', async (pinned) => {
    const response = await api.query<{
      funding: {
        amountEur: number;
        date: string | null;
        instrument: string | null;
        funder: { id: string };
        recipients: { id: string }[];
        sources: { source: { url: string | null } }[];
      };
    }>(
      `query Pin($id: ID!) { funding(id: $id) { amountEur date instrument funder { id } recipients { id } sources { source { url } } } }`,
      {
        id: pinned.id,
      },
    );
    expect(response.errors).toBeUndefined();
    const funding = response.data!.funding;
    expect(funding.amountEur).toBe(pinned.amountEur);
    expect(funding.date).toBe(pinned.date);
    expect(funding.instrument).toBe(pinned.instrument);
    expect(funding.funder.id).toBe(pinned.funder);
    expect(funding.recipients.map((r) => r.id).sort()).toEqual([...pinned.recipients].sort());
    expect(funding.sources.map((citation) => citation.source.url)).toContain(pinned.document);
  });
});
