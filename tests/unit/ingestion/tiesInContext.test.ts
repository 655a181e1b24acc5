import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import { datelineDate } from '../../../src/services/ingestion/reading/dates';

/** Every proposal for a short text of our own, over an empty graph. */
function proposals(text: string, published?: string, language = 'fr') {
  return proposeFacts({ document: prepareDocument({ text, language, published }), names: NO_GRAPH_NAMES }).proposals;
}

/** The ties proposed, as "from -KIND-> to". */
function ties(text: string): string[] {
  return proposals(text).flatMap((p) => (p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : []));
}

/** The ties proposed with their dates, as "from -KIND-> to @since". */
function datedTies(text: string, published?: string): string[] {
  return proposals(text, published).flatMap((p) => (p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name} @${p.since}`] : []));
}

describe('members named without a membership verb', () => {
  it('reads "parmi eux figurent" after a sentence that counts the members of a body', () => {
    const found = ties('Le cluster Orvane réunit quarante membres. Parmi eux figurent la société Nuvelia et la société Cardiolab.');
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -MEMBER_OF-> Orvane', 'Cardiolab -MEMBER_OF-> Orvane']));
  });

  it('reads "parmi les membres de X" with the body named after it', () => {
    expect(ties('Parmi les membres du cluster Orvane figure la société Nuvelia, installée à Albi.')).toContain(
      'Nuvelia -MEMBER_OF-> Orvane',
    );
  });

  it('reads "on y trouve" after a sentence about founding members', () => {
    const found = ties("Les membres fondateurs entourent l'association Orvane. On y trouve la société Nuvelia et la société Cardiolab.");
    expect(found).toContain('Cardiolab -MEMBER_OF-> Orvane');
  });

  it('does not read "parmi eux" as membership when the sentence before counts no members', () => {
    expect(ties('Le cluster Orvane a tenu son forum à Albi. Parmi eux figurent la société Nuvelia.')).not.toContain(
      'Nuvelia -MEMBER_OF-> Orvane',
    );
  });

  it('reads the names after "dont" as members of the cluster whose companies the sentence names', () => {
    const found = ties('Les adhérents du cluster Orvane, dont la société Nuvelia et la société Cardiolab, se retrouvent à Albi.');
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -MEMBER_OF-> Orvane', 'Cardiolab -MEMBER_OF-> Orvane']));
  });

  it('reads the companies an investor bet on, named after "parmi elles", as its holdings', () => {
    const found = ties("Le fonds Capidor a misé sur des sociétés albigeoises l'an dernier. Parmi elles figure la société Nuvelia.");
    expect(found).toContain('Capidor -HOLDS_SHARES_IN-> Nuvelia');
  });
});

describe('spin-offs, incubation and teams', () => {
  it('reads each company listed after "a donné naissance à" as a spin-off of the subject', () => {
    const found = ties('Le laboratoire Medixa a donné naissance à deux start-up : Nuvelia et Cardiolab.');
    expect(found).toEqual(expect.arrayContaining(['Nuvelia -SPUN_OFF_FROM-> Medixa', 'Cardiolab -SPUN_OFF_FROM-> Medixa']));
  });

  it('reads the items of a bulleted list after "a donné naissance à … :" as spin-offs', () => {
    const found = ties(
      'Le laboratoire Medixa a donné naissance à deux start-up, toutes deux installées à Albi :\n- BioLumLab ;\n- CardioNova.',
    );
    expect(found).toEqual(expect.arrayContaining(['BioLumLab -SPUN_OFF_FROM-> Medixa', 'CardioNova -SPUN_OFF_FROM-> Medixa']));
  });

  it('reads a fronted "hébergée à l\'incubateur X" as incubation of the company after the comma', () => {
    expect(ties("Hébergée à l'incubateur Rampe Sud, la start-up Nuvelia recrute dix ingénieurs.")).toContain(
      'Nuvelia -INCUBATED_BY-> Rampe Sud',
    );
  });

  it('does not read a host that is no incubator as incubation', () => {
    expect(ties('Hébergée par la société Medixa, la start-up Nuvelia recrute dix ingénieurs.')).not.toContain(
      'Nuvelia -INCUBATED_BY-> Medixa',
    );
  });

  it('reads "constitué d\'équipes de A et de B" as A and B carrying the unit', () => {
    const found = ties("Le laboratoire Biolum, constitué d'équipes de l'Inserm et de l'Université de Perpignan, étudie la peau.");
    expect(found).toEqual(expect.arrayContaining(['Inserm -CARRIES-> Biolum', 'Université de Perpignan -CARRIES-> Biolum']));
  });
});

describe('things organised or signed together', () => {
  it('reads "A et B lancent" as a partnership', () => {
    expect(ties('La société Nuvelia et la société Cardiolab lancent un test de dépistage à Albi.')).toContain(
      'Nuvelia -PARTNERS_WITH-> Cardiolab',
    );
  });

  it('reads "co-organisé par A et B" as a partnership', () => {
    expect(ties('Le forum est co-organisé par la société Nuvelia et le pôle Orvane.')).toContain('Nuvelia -PARTNERS_WITH-> Orvane');
  });

  it('reads "à l\'initiative de A, avec B" as a partnership of the initiator', () => {
    expect(ties("Ce salon est né à l'initiative de la société Nuvelia, avec le pôle Orvane.")).toContain('Nuvelia -PARTNERS_WITH-> Orvane');
  });

  it('reads the names after ", avec" in "A et B ont conclu, avec C, une convention" as signing too', () => {
    expect(ties('La société Nuvelia et la société Cardiolab ont conclu, avec le pôle Orvane, une convention de partenariat.')).toEqual(
      expect.arrayContaining(['Nuvelia -PARTNERS_WITH-> Cardiolab', 'Nuvelia -PARTNERS_WITH-> Orvane']),
    );
  });

  it('reads "travaille avec" and "bénéficie du soutien de" as partnerships', () => {
    expect(ties('La société Nuvelia travaille depuis trois ans avec la société Cardiolab.')).toContain(
      'Nuvelia -PARTNERS_WITH-> Cardiolab',
    );
    expect(ties('La start-up Nuvelia bénéficie du soutien de la Région Occitanie.')).toContain('Nuvelia -PARTNERS_WITH-> Région Occitanie');
  });

  it('reads "X a inauguré son incubateur, baptisé Y" as X founding Y', () => {
    expect(ties('La société Medixa a inauguré son nouvel incubateur, baptisé BioRampe.')).toContain('Medixa -FOUNDED-> BioRampe');
  });
});

describe('nouns and pronouns standing for a name', () => {
  it('reads "le centre hospitalier" as the hospital named before', () => {
    expect(ties("Le CHU d'Albi ouvre un service. Le centre hospitalier travaille pour cela avec la société Nuvelia.")).toContain(
      "CHU d'Albi -PARTNERS_WITH-> Nuvelia",
    );
  });

  it('reads "il" as the subject named before, not "il y a"', () => {
    expect(ties('Le groupe Medixa recrute. Il collabore avec la société Nuvelia.')).toContain('Medixa -PARTNERS_WITH-> Nuvelia');
  });

  it('keeps "le groupe présidé par X" a noun for the group named before', () => {
    expect(ties('Le groupe Medixa recrute. Le groupe présidé par Paul Verdan collabore avec la société Nuvelia.')).toContain(
      'Paul Verdan -LEADS-> Medixa',
    );
  });

  it('reads a demonstrative opening a sentence as the name that closed the one before', () => {
    const found = ties(
      "L'institut Orvane ouvre à Albi. Le bâtiment abrite notamment BioLumLab. Ce laboratoire, constitué d'équipes de l'Inserm, étudie la peau.",
    );
    expect(found).toContain('Inserm -CARRIES-> BioLumLab');
    expect(found).not.toContain('Inserm -CARRIES-> Orvane');
  });
});

describe("a group's sites", () => {
  it('proposes "son usine de X" as a new actor, part of the group, in the commune', () => {
    const found = proposals('Le groupe Medixa agrandit son usine de Mazamet.');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'ACTOR', name: 'Usine Medixa de Mazamet' }),
        expect.objectContaining({ kind: 'TIE', tieKind: 'PART_OF', from: { name: 'Usine Medixa de Mazamet', id: null } }),
        expect.objectContaining({ kind: 'LOCATION', actor: { name: 'Usine Medixa de Mazamet', id: null } }),
      ]),
    );
  });

  it('reads each commune of "des usines à A, B et C" for the company the text is about', () => {
    const names = proposals('Le groupe Medixa emploie 900 personnes. Il compte des usines à Gaillac, Mazamet et Soual.').flatMap((p) =>
      p.kind === 'ACTOR' ? [p.name] : [],
    );
    expect(names).toEqual(expect.arrayContaining(['Usine Medixa de Gaillac', 'Usine Medixa de Mazamet', 'Usine Medixa de Soual']));
  });

  it('names a site after the noun the text uses and the group without "Laboratoires", "d\'" before a vowel, once per commune', () => {
    const names = proposals(
      'Laboratoires Medixa will invest €2 million in its Aignan plant. The Aignan site employs 80 people.',
      undefined,
      'en',
    ).flatMap((p) => (p.kind === 'ACTOR' && /Aignan/.test(p.name) ? [p.name] : []));
    expect(names).toEqual(["Usine Medixa d'Aignan"]);
  });

  it('proposes no site for a commune the text names without a site noun', () => {
    expect(proposals('Le groupe Medixa recrute à Mazamet.').some((p) => p.kind === 'ACTOR' && /Usine|Site/.test(p.name))).toBe(false);
  });
});

describe('the dates of ties', () => {
  it('reads the date of a dateline, and none from a sentence that only starts with a date', () => {
    const span = (text: string) => ({ start: 0, end: text.length, text });
    expect(datelineDate([span('Albi, le 4 mai 2023 — La société Nuvelia recrute.')])).toBe('2023-05-04');
    expect(datelineDate([span('ALBI, France, May 4, 2023 — Nuvelia hires.')])).toBe('2023-05-04');
    expect(datelineDate([span('Albi, mai 2023. La société Nuvelia recrute.')])).toBe('2023-05');
    expect(datelineDate([span('Le 4 mai 2023, la société Nuvelia a recruté.')])).toBeNull();
  });

  it('dates a tie stated in the present with the dateline, and the published date first', () => {
    const text = 'Albi, le 4 mai 2023 — La société Nuvelia ouvre un laboratoire. Elle collabore avec la société Cardiolab.';
    expect(datedTies(text)).toContain('Nuvelia -PARTNERS_WITH-> Cardiolab @2023-05-04');
    expect(datedTies(text, '2023-05-06')).toContain('Nuvelia -PARTNERS_WITH-> Cardiolab @2023-05-06');
  });

  it('does not date a tie stated in the past, nor a role, with the document date', () => {
    expect(datedTies('La société Nuvelia a collaboré avec la société Cardiolab.', '2023-05-06')).toContain(
      'Nuvelia -PARTNERS_WITH-> Cardiolab @null',
    );
    expect(datedTies('La société Nuvelia est dirigée par Paul Verdan.', '2023-05-06')).toContain('Paul Verdan -LEADS-> Nuvelia @null');
  });

  it('carries the date of a sentence on to the next past sentence of its paragraph that goes on with the story', () => {
    const text = 'En 2019, la société Nuvelia a ouvert un laboratoire à Albi. Elle a ensuite rejoint le cluster Orvane.';
    expect(datedTies(text)).toContain('Nuvelia -MEMBER_OF-> Orvane @2019');
    expect(datedTies('En 2019, la société Nuvelia a ouvert un laboratoire à Albi.\n\nElle a ensuite rejoint le cluster Orvane.')).toContain(
      'Nuvelia -MEMBER_OF-> Orvane @null',
    );
  });
});
