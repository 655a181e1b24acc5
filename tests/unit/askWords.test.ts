import { sinceTakeoverSpan, spanText, tokenize } from '../../src/services/ask/text';
import { scaffoldingPositions } from '../../src/services/ask/scaffolding';
import { placesNamed } from '../../src/services/ingestion/reading/places';

/** The words of a question as read, each as typed. */
const wordsOf = (question: string) => tokenize(question).map((token) => `${token.folded}=${question.slice(token.start, token.end)}`);

describe('words joined by an apostrophe', () => {
  it('keeps a name written with an apostrophe as one word, whichever apostrophe is typed', () => {
    expect(wordsOf("who funds Zig'Zag?")).toEqual(['who=who', 'funds=funds', "zigzag=Zig'Zag"]);
    expect(wordsOf('qui finance Zig’Zag')).toEqual(['qui=qui', 'finance=finance', 'zigzag=Zig’Zag']);
    expect(wordsOf('Blue‘in Labs')).toEqual(['bluein=Blue‘in', 'labs=Labs']);
  });

  it('splits a French elided word and an English ending off, as before', () => {
    expect(wordsOf("l'usine d'Alpha qu'a reprise Beta")).toEqual([
      'l=l',
      'usine=usine',
      'd=d',
      'alpha=Alpha',
      'qu=qu',
      'a=a',
      'reprise=reprise',
      'beta=Beta',
    ]);
    expect(wordsOf("Alpha's plants don't")).toEqual(['alpha=Alpha', 's=s', 'plants=plants', 'don=don', 't=t']);
    expect(wordsOf("aujourd'hui, s'associer")).toEqual(['aujourd=aujourd', 'hui=hui', 's=s', 'associer=associer']);
  });

  it('joins the name after an elided word', () => {
    expect(wordsOf("l'Zig'Zag")).toEqual(['l=l', "zigzag=Zig'Zag"]);
  });
});

describe('since a takeover, asked at the end', () => {
  const sinceOf = (question: string) => {
    const tokens = tokenize(question);
    const span = sinceTakeoverSpan(tokens);
    return span ? spanText(question, tokens, span) : null;
  };

  it('finds the words in French and English', () => {
    expect(sinceOf('Alpha appartient à quel groupe depuis son rachat ?')).toBe('depuis son rachat');
    expect(sinceOf('which group has owned Alpha since it was bought')).toBe('since it was bought');
    expect(sinceOf('who owns Alpha since its takeover')).toBe('since its takeover');
    expect(sinceOf("Alpha dépend de quel groupe depuis qu'il a été racheté")).toBe("depuis qu'il a été racheté");
  });

  it('leaves them where they name what was taken over, and finds nothing in other questions', () => {
    expect(sinceOf('après le rachat de Alpha, qui possède Beta')).toBeNull();
    expect(sinceOf('qui finance Alpha depuis 2017')).toBeNull();
  });
});

describe('the present said at the end', () => {
  it('is left out like politeness: the graph answers with the ties that hold', () => {
    const question = "à quel groupe appartient Alpha aujourd'hui";
    const tokens = tokenize(question);
    expect([...scaffoldingPositions(tokens)].map((at) => tokens[at]!.folded)).toEqual(['aujourd', 'hui']);
    const english = tokenize('which group owns Alpha now');
    expect([...scaffoldingPositions(english)].map((at) => english[at]!.folded)).toEqual(['now']);
  });
});

describe('places of France by name', () => {
  it('finds a commune of another region and says where it is', () => {
    const [place] = placesNamed('Bordeaux');
    expect(place).toMatchObject({ kind: 'CITY', departmentCode: '33' });
  });

  it('finds nothing for a name no place has', () => {
    expect(placesNamed('Zorglubville')).toEqual([]);
  });
});
