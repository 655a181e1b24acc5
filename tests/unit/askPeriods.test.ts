import { periodSpans, spanText, superlativeSpan, superlativeSpans, tokenize, trailingYearSpan } from '../../src/services/ask/text';
import { eventPhrases, instrumentSpans, periodOfSpan, projectWordsOf } from '../../src/services/ask/fundingConstraints';

/** Periods in a question are found so they can be reported as not applied; a year inside a name is left alone. */
const periodsOf = (question: string) => {
  const tokens = tokenize(question);
  return periodSpans(tokens).map((span) => spanText(question, tokens, span));
};

describe('periods in a question', () => {
  it('finds a year after a period word, in French and English', () => {
    expect(periodsOf('qui a aidé la boîte depuis 2017 ?')).toEqual(['depuis 2017']);
    expect(periodsOf('who backed the firm in 2023')).toEqual(['in 2023']);
  });

  it('takes a range of two years as one period', () => {
    expect(periodsOf('aides entre 2017 et 2020 pour la filière')).toEqual(['entre 2017 et 2020']);
  });

  it('finds a period said without a year, so that it is never dropped', () => {
    expect(periodsOf("combien la boîte a reçu l'an dernier ?")).toEqual(["l'an dernier"]);
    expect(periodsOf('aides versées ces 3 dernières années')).toEqual(['ces 3 dernières années']);
    expect(periodsOf('grants given over the past few years')).toEqual(['over the past few years']);
    expect(periodsOf('who funded the lab last year')).toEqual(['last year']);
  });

  it('leaves a year that is part of a name', () => {
    expect(periodsOf('qui gère le plan France 2030 ?')).toEqual([]);
  });
});

describe('the years a period covers, for money questions', () => {
  const yearsOf = (question: string) => {
    const tokens = tokenize(question);
    return periodSpans(tokens).map((span) => periodOfSpan(tokens, span));
  };

  it('reads "depuis" and "since" as from the year on', () => {
    expect(yearsOf('combien la Région a mis depuis 2017')).toEqual([{ from: '2017' }]);
    expect(yearsOf('money given since 2020')).toEqual([{ from: '2020' }]);
  });

  it('reads "en" and "in" as the year itself', () => {
    expect(yearsOf('aides reçues en 2021')).toEqual([{ from: '2021', to: '2021' }]);
    expect(yearsOf('grants in 2019')).toEqual([{ from: '2019', to: '2019' }]);
  });

  it('reads "après" and "avant" as excluding the year', () => {
    expect(yearsOf('aides après 2017')).toEqual([{ from: '2018' }]);
    expect(yearsOf('aides avant 2020')).toEqual([{ to: '2019' }]);
  });

  it('gives no years for a period said without one', () => {
    expect(yearsOf('money given this year')).toEqual([null]);
    expect(yearsOf('aides obtenues depuis 2 ans')).toEqual([null]);
  });

  it('reads two years as the span between them', () => {
    expect(yearsOf('aides entre 2017 et 2020')).toEqual([{ from: '2017', to: '2020' }]);
  });
});

describe('instruments named in a question', () => {
  const instrumentsOf = (question: string) => instrumentSpans(tokenize(question)).map((found) => found.instrument);

  it('finds grants, repayable advances, loans and equity, in French and English', () => {
    expect(instrumentsOf('subventions de la Région')).toEqual(['GRANT']);
    expect(instrumentsOf('les avances remboursables de l’État')).toEqual(['REPAYABLE_ADVANCE']);
    expect(instrumentsOf('loans and grants to the firm')).toEqual(['LOAN', 'GRANT']);
    expect(instrumentsOf('levées de fonds de la start-up')).toEqual(['EQUITY']);
  });

  it('does not take a verb of funding or a programme named contract for an instrument', () => {
    expect(instrumentsOf('qui subventionne le contrat de filière')).toEqual([]);
  });

  it('reads a lending verb as a loan, and an advance said alone as a repayable one', () => {
    expect(instrumentsOf('la banque a prêté combien à la boîte')).toEqual(['LOAN']);
    expect(instrumentsOf('how much did the bank lend the firm')).toEqual(['LOAN']);
    expect(instrumentsOf("l'avance de la Région à la boîte")).toEqual(['REPAYABLE_ADVANCE']);
  });
});

describe('events named in a money question', () => {
  const eventsOf = (question: string) => eventPhrases(question, tokenize(question));

  it('finds what the money may have paid for, in French and English', () => {
    expect(eventsOf('combien a été investi lors de la reprise de la boîte')).toEqual(['reprise']);
    expect(eventsOf("l'aide pour l'extension de l'usine")).toEqual(['extension']);
    expect(eventsOf("how much for the firm's new site")).toEqual(['new site']);
  });

  it('finds none in a plain money question', () => {
    expect(eventsOf('qui finance la boîte ?')).toEqual([]);
  });

  it('finds a building or premises paid for, in French and English', () => {
    expect(eventsOf('qui a payé le bâtiment du labo')).toEqual(['bâtiment']);
    expect(eventsOf('who paid for the premises of the lab')).toEqual(['premises']);
  });
});

describe('the words a funding names a project with', () => {
  it('gives the same project words for an event said in French or in English', () => {
    expect(projectWordsOf('le nouveau bâtiment')).toContain('building');
    expect(projectWordsOf('new building')).toContain('batiment');
    expect(projectWordsOf('déménagement')).toContain('move');
  });

  it('gives none for an event it has no project words for', () => {
    expect(projectWordsOf('inauguration').size).toBe(0);
  });
});

/** A superlative of size is read apart, like a period, so that a money answer can apply it or the answer say it back. */
const superlativeOf = (question: string) => {
  const tokens = tokenize(question);
  const span = superlativeSpan(tokens);
  return span ? spanText(question, tokens, span) : null;
};

describe('superlatives in a question', () => {
  it('finds one in French and in English, with its article and size word', () => {
    expect(superlativeOf("qui a mis le plus d'argent dans la boîte ?")).toBe('le plus');
    expect(superlativeOf('le plus gros financeur du labo')).toBe('le plus gros');
    expect(superlativeOf('principal financeur du projet')).toBe('principal');
    expect(superlativeOf('who is the biggest backer of the firm')).toBe('the biggest');
    expect(superlativeOf('largest funder of the start-up')).toBe('largest');
  });

  it('leaves a comparison with a number, which asks for more than something', () => {
    expect(superlativeOf('entreprises de plus de 50 salariés')).toBeNull();
    expect(superlativeOf('firms with the most 10 people')).toBeNull();
    expect(superlativeOf('qui finance la boîte ?')).toBeNull();
  });
});

/** Every superlative or ordering of a question, as typed (A23s). */
const orderingsOf = (question: string) => {
  const tokens = tokenize(question);
  return superlativeSpans(tokens).map((span) => ({ text: spanText(question, tokens, span), ordering: span.ordering }));
};

describe('orderings by size in a question', () => {
  it('reads an ordering said twice as two spans, both orderings', () => {
    expect(orderingsOf('classement des aides de la métropole par montant')).toEqual([
      { text: 'classement des', ordering: true },
      { text: 'par montant', ordering: true },
    ]);
  });

  it('reads English orderings, and tells them from the superlatives', () => {
    expect(orderingsOf('who backed the lab, biggest first')).toEqual([{ text: 'biggest first', ordering: true }]);
    expect(orderingsOf('grants sorted by amount')).toEqual([{ text: 'sorted by amount', ordering: true }]);
    expect(orderingsOf('the biggest backer of the lab')).toEqual([{ text: 'the biggest', ordering: false }]);
  });

  it('takes no bare word that says other things elsewhere for an ordering', () => {
    expect(orderingsOf('which product ranges does the firm sell')).toEqual([]);
    expect(orderingsOf('the lab tries new drugs')).toEqual([]);
  });
});

/** A ranking's count (`top 3`, `les 5 plus gros`), read with its superlative (A23t). */
const rankingOf = (question: string) => {
  const tokens = tokenize(question);
  return superlativeSpans(tokens).map((span) => ({ text: spanText(question, tokens, span), limit: span.limit ?? null }));
};

describe('rankings with a count', () => {
  it('reads `top`, with or without a count, as an ordering of that many rows', () => {
    expect(rankingOf('top 5 des financeurs du labo')).toEqual([{ text: 'top 5 des', limit: 5 }]);
    expect(rankingOf('top des aides versées par le département')).toEqual([{ text: 'top des', limit: null }]);
    expect(rankingOf('the top 10 backers of the firm')).toEqual([{ text: 'the top 10', limit: 10 }]);
    expect(superlativeSpans(tokenize('top 3 des bénéficiaires'))[0]?.ordering).toBe(true);
  });

  it('reads a count said before a superlative, with its article', () => {
    expect(rankingOf('les 3 plus gros financeurs du labo')).toEqual([{ text: 'les 3 plus gros', limit: 3 }]);
    expect(rankingOf('the five biggest employers of the city')).toEqual([{ text: 'the five biggest', limit: 5 }]);
    expect(rankingOf('3 largest grants')).toEqual([{ text: '3 largest', limit: 3 }]);
  });

  it('takes no year or large number for a count', () => {
    expect(rankingOf('en 2021 le plus gros financeur')).toEqual([{ text: 'le plus gros', limit: null }]);
    expect(rankingOf('les 200 plus gros')).toEqual([{ text: 'plus gros', limit: null }]);
  });
});

/** The year ending a figures question, as typed, or null (A23s). */
const trailingYearOf = (question: string, names: readonly string[] = []) => {
  const tokens = tokenize(question);
  const span = trailingYearSpan(tokens, (words) => names.includes(words.join(' ')));
  return span ? spanText(question, tokens, span) : null;
};

describe('a year ending a figures question', () => {
  it('is a period when nothing before it makes it part of a name', () => {
    expect(trailingYearOf("chiffre d'affaires de la biotech 2022")).toBe('2022');
    expect(trailingYearOf('the lab revenue 2021 ?')).toBe('2021');
  });

  it('is part of a name the words before it and it make', () => {
    expect(trailingYearOf('budget de france 2030', ['france 2030'])).toBeNull();
  });

  it('is none when a period word comes before it (a period already) or when it does not end the question', () => {
    expect(trailingYearOf("chiffre d'affaires en 2022")).toBeNull();
    expect(trailingYearOf('2022 revenue of the lab')).toBeNull();
  });
});
