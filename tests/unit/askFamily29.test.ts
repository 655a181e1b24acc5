import { loadVocabulary } from '../../src/domain/vocabulary';
import { Lexicon } from '../../src/services/ask/lexicon';
import { NameIndex } from '../../src/services/ask/nameIndex';
import { withoutFieldNames, withoutPoliteness } from '../../src/services/ask/scaffolding';
import { spellingCorrected } from '../../src/services/ask/spelling';

/** A23x: a question wrapped in politeness or typed with a slip is read as the question typed bare. */

describe('a question without its wrapping', () => {
  it('drops greetings and requests to be told before it, politeness after it, keeping its question mark', () => {
    expect(withoutPoliteness('Bonjour, pouvez-vous me dire qui finance Zorblat ? merci')).toBe('qui finance Zorblat ?');
    expect(withoutPoliteness('dis-moi quel label a obtenu Zorblat ?')).toBe('quel label a obtenu Zorblat ?');
    expect(withoutPoliteness('who founded Zorblat and when? thanks')).toBe('who founded Zorblat and when ?');
    expect(withoutPoliteness('who founded Zorblat and when please')).toBe('who founded Zorblat and when');
    expect(withoutPoliteness('could you please tell me who owns Zorblat')).toBe('who owns Zorblat');
  });

  it('asks for a question word after `tell me`: `tell me about X` keeps its words', () => {
    expect(withoutPoliteness('tell me who owns Zorblat')).toBe('who owns Zorblat');
    expect(withoutPoliteness('tell me about Zorblat')).toBe('tell me about Zorblat');
  });

  it('drops a purpose said first up to a colon, unless it names a topic or is a name', () => {
    expect(withoutPoliteness('Pour une note au ministre : quels acteurs Zorblat a-t-il aidés ?')).toBe(
      'quels acteurs Zorblat a-t-il aidés ?',
    );
    expect(withoutPoliteness('For my thesis: which firms does Zorblat fund?')).toBe('which firms does Zorblat fund?');
    expect(withoutPoliteness('pour un papier sur Zorblat : qui la finance ?')).toBe('pour un papier sur Zorblat : qui la finance ?');
    expect(withoutPoliteness('pour Zorblat : qui finance ?')).toBe('pour Zorblat : qui finance ?');
    expect(withoutPoliteness('pour info : Zorblat ?')).toBe('pour info : Zorblat ?');
  });

  it('reads a filter typed as a field as its value, but keeps a name before a colon', () => {
    expect(withoutFieldNames('list incubators, place = Zorbville')).toBe('list incubators, Zorbville');
    expect(withoutFieldNames('companies kind=start-up city=Zorbville')).toBe('companies start-up Zorbville');
    expect(withoutFieldNames('start-ups, domaine : oncologie')).toBe('start-ups, oncologie');
    expect(withoutFieldNames('Zorblat Place: who runs it?')).toBe('Zorblat Place: who runs it?');
    expect(withoutFieldNames('qui a pris la place de Zorblat ?')).toBe('qui a pris la place de Zorblat ?');
  });

  it('is the question itself when nothing wraps it, or when a word or none would be left', () => {
    expect(withoutPoliteness('qui finance Zorblat ?')).toBe('qui finance Zorblat ?');
    expect(withoutPoliteness('bonjour')).toBe('bonjour');
    expect(withoutPoliteness('merci')).toBe('merci');
    expect(withoutPoliteness('que sait-on de Zorblat ?')).toBe('que sait-on de Zorblat ?');
    expect(withoutPoliteness('qui a dit merci à Zorblat')).toBe('qui a dit merci à Zorblat');
  });
});

describe('a slip in a word of the reader', () => {
  const vocabulary = loadVocabulary();
  const lexicon = new Lexicon(vocabulary, []);
  const names = NameIndex.of([{ id: 'zorblat', labels: ['Actor'], names: ['Zorblat Therapeutics', 'Membes'] }], async () => null);
  const corrected = (question: string) => spellingCorrected(question, { vocabulary, lexicon, names });

  it('reads a word one letter off a word of the vocabulary as that word', () => {
    expect(corrected('commnt Zorblat est relié au CNRS')).toBe('comment Zorblat est relié au CNRS');
    expect(corrected('Zorblat a été financée par qui exacteent ?')).toBe('Zorblat a été financée par qui exactement ?');
  });

  it('never corrects a name: typed with a capital, a word of a name of the graph, or near one', () => {
    expect(corrected('Commnt Zorblat est relié au CNRS')).toBe('Commnt Zorblat est relié au CNRS');
    expect(corrected('qui sont les membes de Zorblat')).toBe('qui sont les membes de Zorblat');
    expect(corrected('qui finance zorblat therapeutcs')).toBe('qui finance zorblat therapeutcs');
  });

  it('reads only a letter left out inside a word as a slip: a letter changed or added, an ending cut, may be another word', () => {
    expect(corrected('quels living labs à Zorblat')).toBe('quels living labs à Zorblat');
    expect(corrected('je suis chercheuse, qui finance Zorblat')).toBe('je suis chercheuse, qui finance Zorblat');
    expect(corrected('entreprises de Zorblat qui proposent des stages')).toBe('entreprises de Zorblat qui proposent des stages');
    expect(corrected('acheteur hospitalier, je cherche Zorblat')).toBe('acheteur hospitalier, je cherche Zorblat');
    expect(corrected("what is Zorblat's share price")).toBe("what is Zorblat's share price");
  });

  it('leaves short words and words of its own as they are', () => {
    expect(corrected('qui sont les membres de Zorblat')).toBe('qui sont les membres de Zorblat');
    expect(corrected('qui font Zorblat')).toBe('qui font Zorblat');
  });
});
