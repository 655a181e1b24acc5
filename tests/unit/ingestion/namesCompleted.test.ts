import { namesByRules, namesOfProducts } from '../../../src/services/ingestion/reading/nameRules';
import { findOrganisations } from '../../../src/services/ingestion/reading/organisations';
import { findProgrammes } from '../../../src/services/ingestion/reading/programmes';

/** Names read with their site, their plural head or their list, and what is no organisation: sentences of our own. */

const sentence = (text: string) => ({ start: 0, end: text.length, text });
const named = (text: string) => findOrganisations(sentence(text)).map((o) => [o.name, o.kind ?? null]);
const organisations = (text: string) => findOrganisations(sentence(text)).map((o) => o.name);

describe("a group's site", () => {
  it('is named by the group and the commune', () => {
    expect(named('Le site Zorbatec de Castres recrute vingt personnes.')).toContainEqual(['Zorbatec Castres', 'COMPANY']);
  });

  it('keeps the words it stands on as written, for the quote', () => {
    const [site] = findOrganisations(sentence("Le site Zorbatec d'Albi recrute."));
    expect([site?.name, site?.text]).toEqual(['Zorbatec Albi', "Zorbatec d'Albi"]);
  });

  it("is named by a commune's adjective too", () => {
    expect(organisations('Le site toulousain de Zorbatec grandit.')).toContain('Zorbatec Toulouse');
  });

  it('is named by the group and the commune of its premises', () => {
    expect(named("L'équipe occupe les anciens locaux de Zorbatec à Castres depuis mai.")).toContainEqual(['Zorbatec Castres', 'COMPANY']);
    expect(organisations("Elle visite l'usine de Quarvel à Albi.")).toContain('Quarvel Albi');
  });

  it('is no site when the premises are at no commune', () => {
    expect(organisations("Elle visite l'usine de Quarvel à Grandeville.")).not.toContain('Quarvel Grandeville');
  });

  it('gives the group when the commune comes first', () => {
    expect(organisations('Elle dirige le site de Castres de Zorbatec Medica.')).toContain('Zorbatec Medica');
  });
});

describe('names after a plural head', () => {
  it('are each the head and the name', () => {
    expect(named('Le groupe possède les cliniques Belvue et du Parc Vert.')).toEqual([
      ['Clinique Belvue', 'HOSPITAL'],
      ['Clinique du Parc Vert', 'HOSPITAL'],
    ]);
  });

  it('take "de" names from a capitalised head', () => {
    expect(organisations('Il dirige aussi les Cliniques des Tilleuls, de la Combe et de Saint-Ardon.')).toEqual([
      'Clinique des Tilleuls',
      'Clinique de la Combe',
      'Clinique de Saint-Ardon',
    ]);
  });
});

describe('a commune before the head', () => {
  it('is the hospital of that commune', () => {
    expect(named('A manager of the Castres CHU spoke.')).toContainEqual(['CHU de Castres', 'UNIVERSITY_HOSPITAL']);
  });
});

describe('names right after a plural cue noun', () => {
  it('are read when there are two or more', () => {
    expect(named('Le réseau compte les trois pépinières Cap Brume, Cap Lande et le Mistral.')).toEqual([
      ['Cap Brume', 'INCUBATOR'],
      ['Cap Lande', 'INCUBATOR'],
      ['Mistral', 'INCUBATOR'],
    ]);
    expect(organisations('Il cite les start-ups albigeoises Brumo et Tarvik.')).toEqual(['Brumo', 'Tarvik']);
  });

  it('are not read from one name alone', () => {
    expect(organisations('Il a rejoint les entreprises Brumo il y a un an.')).not.toContain('Brumo');
  });
});

describe('cue nouns and shapes', () => {
  it('keep a noun a cue after a hyphenated prefix of the trade, not after an acronym', () => {
    expect(named('Le bio-incubateur Germel accueille six projets.')).toContainEqual(['Germel', 'INCUBATOR']);
    expect(organisations("Le projet de l'IA-Cluster Brivois ABCX avance.")).toEqual(['ABCX']);
  });

  it('read the name a cue noun is given', () => {
    expect(named('Le bâtiment abrite un tout nouvel incubateur baptisé Germel depuis mai.')).toContainEqual(['Germel', 'INCUBATOR']);
  });

  it('read the company whose shares are sold', () => {
    expect(named("L'offre vise les actions Quorvex depuis lundi.")).toContainEqual(['Quorvex', 'COMPANY']);
  });

  it('read a brand with its web ending', () => {
    expect(namesByRules('Le service ExempVet.link ouvre.').map((n) => n.name)).toContain('ExempVet.link');
  });

  it('read a word then a body in capitals as one unit', () => {
    expect(namesByRules('Elle travaille au Brolab-CNRS depuis 2019.').map((n) => n.name)).toContain('Brolab-CNRS');
  });

  it('read a brand whose apostrophe is followed by a space', () => {
    expect(namesByRules("Le projet Innov' Pôle ouvre.").map((n) => n.name)).toContain("Innov' Pôle");
  });

  it('read a brand with an apostrophe with the word after it, and no head inside it', () => {
    expect(organisations("Elle rejoint Brum' Pôle Santé cette année.")).toEqual(["Brum' Pôle Santé"]);
  });

  it('read a name ending in Valley as a competitiveness pole', () => {
    expect(namesByRules('Le pôle rejoint Brume Valley cette année.')).toContainEqual(
      expect.objectContaining({ name: 'Brume Valley', kind: 'COMPETITIVENESS_POLE' }),
    );
  });

  it('read a corporate name after an elided article', () => {
    expect(namesByRules("Elle préside désormais l'Arvel Angels.").map((n) => n.name)).toContain('Arvel Angels');
  });

  it('read an acronym after an elided article', () => {
    expect(organisations("Les essais ont lieu à l'IRVX depuis mai.")).toContain('IRVX');
  });

  it('read one name after "à l\'image de"', () => {
    expect(organisations("Des entreprises innovent, à l'image de Brumo qui recrute.")).toContain('Brumo');
  });
});

describe('what is no organisation', () => {
  it('is a programme named by a head and a year alone', () => {
    expect(findProgrammes(sentence('Elle est financée par le plan France 2030, comme dix autres.')).map((p) => p.name)).toEqual([
      'France 2030',
    ]);
  });

  it('is an acronym of the lower-case words before it', () => {
    expect(organisations('Elle fonde une société de transfert technologique (STT) à Albi.')).not.toContain('STT');
  });

  it('is a name with a trade mark sign', () => {
    expect([...namesOfProducts('Le kit Brumix® arrive, comme le NovalinTM.')]).toEqual(expect.arrayContaining(['Brumix', 'NovalinTM']));
  });
});
