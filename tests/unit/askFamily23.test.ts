import type { FigureRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { latestFigure } from '../../src/services/ask/answering';
import { matchShape, shapesOf } from '../../src/services/ask/grammar';
import { spanText, superlativeSpans, tokenize } from '../../src/services/ask/text';

/** A23t: the pure parts of rankings by a figure, rankings with a count, and a funder's recipients asked as a noun. No database. */

const shapes = shapesOf(loadVocabulary());

describe('the figure a ranking compares for one actor', () => {
  const figure = (value: number, date: string | undefined, qualifier: FigureRow['qualifier'] = 'EXACT') =>
    ({ id: `${value}`, metric: 'EMPLOYEES', value, date, qualifier }) as FigureRow;

  it('is the latest dated one, the largest of that date', () => {
    expect(latestFigure([figure(11000, '2020-04'), figure(9600, '2021')])?.value).toBe(9600);
    expect(latestFigure([figure(40, '2023'), figure(70, '2023')])?.value).toBe(70);
  });

  it('prefers a dated figure to an undated one, and leaves targets out', () => {
    expect(latestFigure([figure(60, undefined), figure(50, '2019')])?.value).toBe(50);
    expect(latestFigure([figure(350, '2025', 'TARGET'), figure(208, '2015')])?.value).toBe(208);
    expect(latestFigure([figure(350, '2025', 'TARGET')])).toBeNull();
    expect(latestFigure([])).toBeNull();
  });
});

describe('a ranking said with `highest` or `le plus élevé`', () => {
  const spans = (question: string) => {
    const tokens = tokenize(question);
    return superlativeSpans(tokens).map((span) => spanText(question, tokens, span));
  };

  it('is a superlative of size, whole', () => {
    expect(spans('which firm has the highest revenue')).toEqual(['the highest']);
    expect(spans('le chiffre le plus élevé de la filière')).toEqual(['le plus élevé']);
  });
});

describe('a funder’s recipients asked as a noun, or its money asked as given', () => {
  const funder = (question: string) => {
    const tokens = tokenize(question);
    const found = matchShape(shapes, tokens);
    return {
      operation: found?.shape.operation,
      b: found?.slots.b ? spanText(question, tokens, found.slots.b) : null,
      a: found?.slots.a ? spanText(question, tokens, found.slots.a) : null,
    };
  };

  it('reads the funder alone, the recipients being the answer', () => {
    expect(funder("les bénéficiaires des aides de l'agence")).toEqual({ operation: 'FUNDING', b: "l'agence", a: null });
    expect(funder('montants versés par la métropole')).toEqual({ operation: 'FUNDING', b: 'la métropole', a: null });
    expect(funder('quels financements le département a accordés')).toEqual({ operation: 'FUNDING', b: 'le département', a: null });
    expect(funder('recipients of Bpifrance funding')).toEqual({ operation: 'FUNDING', b: 'Bpifrance', a: null });
    expect(funder('amounts paid by the agency')).toEqual({ operation: 'FUNDING', b: 'the agency', a: null });
  });
});
