import { compileShape, matchShape, matchShapeLoosely, shapesOf } from '../../src/services/ask/grammar';
import { Lexicon } from '../../src/services/ask/lexicon';
import { fold, spanText, tokenize } from '../../src/services/ask/text';
import type { DomainRow, PlaceRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';

/** The pure parts of `ask`: words, shapes, and reading a phrase of filters. No database. */

const vocabulary = loadVocabulary();

describe('words of a question', () => {
  it('folds accents, case and ligatures, and splits on apostrophes and hyphens', () => {
    expect(fold('Œuvre Médicale ÉTÉ')).toBe('oeuvre medicale ete');
    const question = "Comment Inits est-il lié à l'IHU ?";
    const tokens = tokenize(question);
    expect(tokens.map((t) => t.folded)).toEqual(['comment', 'inits', 'est', 'il', 'lie', 'a', 'l', 'ihu']);
    expect(spanText(question, tokens, { from: 2, to: 6 })).toBe('est-il lié à');
  });
});

describe('question shapes', () => {
  it('matches a shape with its slots, alternatives and optional words', () => {
    const shape = compileShape({ operation: 'PATHS', lang: 'EN', shape: 'what? is? the? path|link between {a} and {b}' });
    for (const question of ['what is the path between Inits and CHU de Montpellier', 'link between Inits and CHU de Montpellier']) {
      const tokens = tokenize(question);
      const match = matchShape([shape], tokens);
      expect(match).not.toBeNull();
      expect(spanText(question, tokens, match!.slots.a!)).toBe('Inits');
      expect(spanText(question, tokens, match!.slots.b!)).toBe('CHU de Montpellier');
    }
    expect(matchShape([shape], tokenize('path to Inits'))).toBeNull();
  });

  it('reads {metric} as any word of a figure metric, but not the metrics that count actors', () => {
    const shapes = shapesOf(vocabulary).filter((shape) => shape.shape.includes('{metric}'));
    expect(shapes.length).toBeGreaterThan(0);
    for (const question of [
      'combien de diplômés Bio Occ doit former',
      'how many graduates is Bio Occ supposed to train',
      "le nombre de chiffre d'affaires de Genoskin",
    ]) {
      const tokens = tokenize(question);
      const match = matchShape(shapes, tokens);
      expect(match?.shape.operation).toBe('FIGURES');
      expect(spanText(question, tokens, match!.slots.a!)).toMatch(/Bio Occ|Genoskin/);
    }
    expect(matchShape(shapes, tokenize("combien d'entreprises Eurobiomed doit accompagner"))).toBeNull();
    expect(() => compileShape({ operation: 'FIGURES', lang: 'EN', shape: 'how many {metric} in {a}' })).toThrow(/metric words/);
  });

  it('lets {f} be empty and binds the shape words as early as possible', () => {
    const shape = compileShape({ operation: 'TIED_TO', lang: 'EN', shape: '{f} tied to {a}' });
    const question = 'firms tied to the actors tied to MedVallée';
    const tokens = tokenize(question);
    const match = matchShape([shape], tokens)!;
    expect(spanText(question, tokens, match.slots.f!)).toBe('firms');
    expect(spanText(question, tokens, match.slots.a!)).toBe('the actors tied to MedVallée');
    expect(matchShape([shape], tokenize('tied to MedVallée'))!.slots.f).toBeUndefined();
  });

  it('reads an apostrophe inside a shape word as two words', () => {
    const shape = compileShape({ operation: 'PARTNER_SUGGESTIONS', lang: 'FR', shape: "{f} pourrait s'associer avec {a}" });
    expect(matchShape([shape], tokenize('qui pourrait s’associer avec DiappyMed'))).not.toBeNull();
  });

  it('refuses a shape that names a slot twice', () => {
    expect(() => compileShape({ operation: 'PATHS', lang: 'EN', shape: 'from {a} to {a}' })).toThrow(/names \{a\} twice/);
  });

  it('compiles every shape of the vocabulary, each with its node slot', () => {
    const shapes = shapesOf(vocabulary);
    expect(shapes.length).toBe(vocabulary.questions.shapes.length);
    // A funder's total names the funder alone (`combien la Région a donné au total`): {b} without {a}, FUNDING only; partners
    // asked in the first person (`avec qui pourrions-nous nous associer`) name filters alone: {f}, PARTNER_SUGGESTIONS only.
    for (const shape of shapes) {
      if (shape.slots.includes('a')) continue;
      if (shape.operation === 'PARTNER_SUGGESTIONS') expect(shape.slots).toEqual(['f']);
      else {
        expect(shape.operation).toBe('FUNDING');
        expect(shape.slots).toEqual(['b']);
      }
    }
    expect(shapesOf(vocabulary)).toBe(shapes);
  });

  it('gives every example question of the vocabulary a reading: a shape, or words the lexicon knows', () => {
    const shapes = shapesOf(vocabulary);
    const matched = [...vocabulary.questions.examples.fr, ...vocabulary.questions.examples.en].filter((example) =>
      matchShape(shapes, tokenize(example)),
    );
    expect(matched.length).toBeGreaterThanOrEqual(8);
  });
});

describe('question shapes, read loosely', () => {
  const whoBought = compileShape({ operation: 'RELATED', lang: 'FR', ties: ['TOOK_OVER'], shape: 'qui a racheté|racheter {a}' });
  const whereIs = compileShape({ operation: 'LOCATION', lang: 'EN', shape: 'where is {a}' });
  const whoIs = compileShape({ operation: 'SEARCH', lang: 'EN', shape: 'who|what is {a}' });

  const whoIsFr = compileShape({ operation: 'SEARCH', lang: 'FR', shape: 'qui est {a}' });

  it('reads a spoken cleft as the question it puts first, rather than as a search for a name', () => {
    for (const question of ["c'est qui qui a racheté Medtech", 'qui est-ce qui a racheté Medtech']) {
      const tokens = tokenize(question);
      const match = matchShapeLoosely([whoIsFr, whoBought], tokens)!;
      expect(match.shape).toBe(whoBought);
      expect(spanText(question, tokens, match.slots.a!)).toBe('Medtech');
      expect(match.shapeWords).toEqual([{ from: 0, to: 6 }]);
    }
  });

  it('reads a cleft texted without its verb (`c ki ki`) as the question it puts first', () => {
    const question = 'c ki ki a racheté Medtech';
    const tokens = tokenize(question);
    const match = matchShapeLoosely([whoIsFr, whoBought], tokens)!;
    expect(match.shape).toBe(whoBought);
    expect(spanText(question, tokens, match.slots.a!)).toBe('Medtech');
  });

  it("reads 's after who, what or where as is, and leaves a possessive alone", () => {
    const whoHeads = compileShape({ operation: 'RELATED', lang: 'EN', ties: ['LEADS'], shape: 'who is the head of {a}' });
    const question = "who's the head of the IRMB";
    const tokens = tokenize(question);
    expect(spanText(question, tokens, matchShapeLoosely([whoHeads], tokens)!.slots.a!)).toBe('the IRMB');
    expect(matchShapeLoosely([whoHeads], tokenize("who the head's of the IRMB"))).toBeNull();
  });

  it('reads one misspelt word as the shape word it is one letter from, and says which', () => {
    const question = 'were is Genoskin';
    const match = matchShapeLoosely([whoIs, whereIs], tokenize(question))!;
    expect(match.shape).toBe(whereIs);
    expect(match.corrected).toEqual([0]);
    expect(matchShapeLoosely([whoBought], tokenize('qui a rachter Medtech'))?.corrected).toEqual([2]);
  });

  it('corrects nothing in a question that matches as typed, no word two letters off, and never towards a search by name', () => {
    expect(matchShapeLoosely([whereIs], tokenize('where is Genoskin'))?.corrected).toBeUndefined();
    expect(matchShapeLoosely([whoBought], tokenize('qui a rchtr Medtech'))).toBeNull();
    expect(matchShapeLoosely([whoIs], tokenize('whot is Genoskin'))).toBeNull();
  });
});

describe('reading a phrase of filters', () => {
  const bioproduction = {
    id: 'bioproduction',
    name: 'Bioproduction',
    nameEn: 'Bioproduction',
    nameKey: 'bioproduction',
    aliases: ['biomanufacturing'],
    excellence: false,
    passageIds: [],
    _labels: ['Entity', 'Domain'],
  } satisfies DomainRow;
  const montpellier = {
    id: 'montpellier',
    name: 'Montpellier',
    nameKey: 'montpellier',
    kind: 'CITY',
    aliases: [],
    passageIds: [],
    _labels: ['Entity', 'Place'],
  } satisfies PlaceRow;
  const herault = {
    id: 'herault',
    name: 'Hérault',
    nameKey: 'herault',
    kind: 'DEPARTMENT',
    code: '34',
    aliases: [],
    passageIds: [],
    _labels: ['Entity', 'Place'],
  } satisfies PlaceRow;
  const lexicon = new Lexicon(vocabulary, [bioproduction, montpellier, herault]);
  const read = (phrase: string) =>
    lexicon.read(tokenize(phrase), { from: 0, to: tokenize(phrase).length }).map((r) => {
      if (r.kind === 'content')
        return `${r.entry.role}:${r.entry.role === 'KIND' ? r.entry.kind : r.entry.node.id}${r.corrected ? '~' : ''}`;
      return r.kind === 'function' ? 'function' : r.kind;
    });

  it('reads kinds, domains and places, longest phrase first', () => {
    expect(read('university hospitals in Montpellier')).toEqual(['KIND:UNIVERSITY_HOSPITAL', 'function', 'PLACE:montpellier']);
    expect(read('centre hospitalier universitaire')).toEqual(['KIND:UNIVERSITY_HOSPITAL']);
    expect(read('firms in biomanufacturing')).toEqual(['KIND:COMPANY', 'function', 'DOMAIN:bioproduction']);
    expect(read('CHU dans le 34')).toEqual(['KIND:UNIVERSITY_HOSPITAL', 'function', 'function', 'PLACE:herault']);
  });

  it('reads the name of the whole field (health) as a word that restricts nothing', () => {
    expect(read('entreprises de santé à Montpellier')).toEqual(['KIND:COMPANY', 'function', 'function', 'function', 'PLACE:montpellier']);
    expect(read('health firms')).toEqual(['function', 'KIND:COMPANY']);
  });

  it('corrects a long word one letter off, never a short one, and leaves the rest unplaced', () => {
    expect(read('entreprizes en bioprodution')).toEqual(['KIND:COMPANY~', 'function', 'DOMAIN:bioproduction~']);
    expect(read('fims')).toEqual(['unplaced']);
    expect(read('zorglub')).toEqual(['unplaced']);
  });
});

describe('figures and names said with their kind (Q23b)', () => {
  const lexicon = new Lexicon(vocabulary, []);
  const metricsOf = (question: string) => {
    const tokens = tokenize(question);
    return lexicon.metricsIn(tokens, { from: 0, to: tokens.length }).map((asked) => [asked.metric, spanText(question, tokens, asked.span)]);
  };

  it('reads the metric a figure question asks for, a phrase of several words included', () => {
    expect(metricsOf("quel est le chiffre d'affaires de Genoskin")).toEqual([['REVENUE_EUR', "chiffre d'affaires"]]);
    expect(metricsOf('how many researchers and staff')).toEqual([
      ['RESEARCHERS', 'researchers'],
      ['EMPLOYEES', 'staff'],
    ]);
    expect(metricsOf('how big is Evotec')).toEqual([]);
  });

  it('knows the one-word kind nouns said beside a name, and no other word', () => {
    for (const word of ['consortium', 'reseau', 'network', 'cluster', 'groupe']) expect(lexicon.kindNoun(word)).toBe(true);
    expect(lexicon.kindNoun('angels')).toBe(false);
  });

  it('has shapes for a name said first with the question words after it', () => {
    const shapes = shapesOf(vocabulary);
    for (const [question, operation] of [
      ['Ciloa subventionnée par qui', 'FUNDING'],
      ['Inits a levé combien et auprès de qui', 'FUNDING'],
      ['Orius travaille avec qui', 'RELATED'],
      ['Genoskin emploie combien de personnes', 'FIGURES'],
    ] as const) {
      const tokens = tokenize(question);
      const match = matchShape(shapes, tokens);
      expect([match?.shape.operation, spanText(question, tokens, match!.slots.a!)]).toEqual([operation, question.split(' ')[0]]);
    }
  });
});
