import { splitAtTurn, splitBeforeBareQuestion, withNameForPronoun, withNamePutBack } from '../../src/services/ask/pronouns';

describe('a pronoun standing for the node named before the question', () => {
  it.each([
    ['je regarde Micropep : qui a investi dedans ?', 'je regarde Micropep', 'qui a investi dedans'],
    ['Micropep, qui l’a financée ?', 'Micropep', 'qui l’a financée'],
    ['je suis investisseur, je regarde Genoskin : qui le finance', 'je suis investisseur, je regarde Genoskin', 'qui le finance'],
    ["I'm looking at Cilcare: who invested in it?", "I'm looking at Cilcare", 'who invested in it'],
  ])('splits %p where the question turns', (question, named, asked) => {
    expect(splitAtTurn(question)).toMatchObject({ named, asked });
  });

  it('finds no turn when the question after the mark holds no pronoun', () => {
    expect(splitAtTurn('Bonjour, qui finance Cilcare ?')).toBeNull();
    expect(splitAtTurn('qui finance Cilcare ?')).toBeNull();
  });

  it.each([
    ['qui a investi dedans', 'qui a investi dans Cilcare'],
    ['qui a mis de l’argent là-dedans', 'qui a mis de l’argent dans Cilcare'],
    ['qui l’a financée', 'qui a financée Cilcare'],
    ['qui les finance', 'qui finance Cilcare'],
    ['qui lui a donné de l’argent', 'qui a donné de l’argent à Cilcare'],
    ['a-t-elle levé des fonds', 'a Cilcare levé des fonds'],
    ['elle est où', 'Cilcare est où'],
    ['quels sont ses financeurs', 'quels sont les financeurs de Cilcare'],
    ['who invested in it', 'who invested in Cilcare'],
    ['who are its investors', "who are Cilcare's investors"],
    ['quels acteurs pourraient devenir nos partenaires', 'quels acteurs pourraient devenir les partenaires de Cilcare'],
    ['qui pourrait travailler avec nous', 'qui pourrait travailler avec Cilcare'],
    ['who would make partners for us', 'who would make partners for Cilcare'],
    ['who could fund our project', "who could fund Cilcare's project"],
  ])('reads %p with the name', (asked, expected) => {
    expect(withNameForPronoun(asked, 'Cilcare')).toBe(expected);
  });

  it('leaves a question without a pronoun', () => {
    expect(withNameForPronoun('qui finance la recherche', 'Cilcare')).toBeNull();
  });
});

describe('words that look like pronouns', () => {
  it('takes no `IT` in capitals for `it`', () => {
    expect(withNameForPronoun('which IT companies work with', 'Cilcare')).toBeNull();
  });
});

describe('a name said first and a question that leaves it out', () => {
  it.each([
    ['Zorbix : qui a mis l’argent ?', 'Zorbix', 'qui a mis l’argent'],
    ['Zorbix série A 2019 : qui a investi ?', 'Zorbix série A 2019', 'qui a investi'],
    ['Zorbix – who invested?', 'Zorbix', 'who invested'],
    ['Zorbix, combien de salariés ?', 'Zorbix', 'combien de salariés'],
  ])('splits %p before the bare question', (question, named, asked) => {
    expect(splitBeforeBareQuestion(question)).toEqual({ named, asked });
  });

  it('reads no bare question after a relative clause, a pronoun, a long opening or no question word', () => {
    expect(splitBeforeBareQuestion('Zorbix, qui est à Nîmes, travaille avec qui ?')).toBeNull();
    expect(splitBeforeBareQuestion('Zorbix : qui la finance ?')).toBeNull();
    expect(splitBeforeBareQuestion('je suis étudiante en master à Nîmes et je regarde Zorbix : qui a investi ?')).toBeNull();
    expect(splitBeforeBareQuestion('Zorbix : les financeurs')).toBeNull();
    expect(splitBeforeBareQuestion('qui finance Zorbix ?')).toBeNull();
  });

  it('puts the name back right after the question, then after each preposition a question puts before its node', () => {
    expect(withNamePutBack('qui a  investi', 'Zorbix')).toEqual([
      'qui a investi Zorbix',
      'qui a investi dans Zorbix',
      'qui a investi de Zorbix',
      'qui a investi à Zorbix',
      'qui a investi in Zorbix',
      'qui a investi of Zorbix',
      'qui a investi into Zorbix',
    ]);
  });
});
