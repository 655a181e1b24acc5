import { readShape } from '../support/askShapes';

/** A23y: a seller's side of a takeover, a buyer's takeovers said as a noun, money asked with a tail or a scope. */

describe('the seller of a takeover', () => {
  it('reads the seller as {b}, what it sold as {a}, and asks who took {a} over', () => {
    for (const [question, a, b] of [
      ["à qui Zorblat a vendu son site d'Idron", "son site d'Idron", 'Zorblat'],
      ['a qui Zorblat a-t-il cédé son usine de Soual', 'son usine de Soual', 'Zorblat'],
      ['Zorblat a vendu sa filiale Quux à qui', 'sa filiale Quux', 'Zorblat'],
      ['who did Zorblat sell its Idron plant to', 'its Idron plant', 'Zorblat'],
      ['who bought the Idron site from Zorblat', 'the Idron site', 'Zorblat'],
    ]) {
      const reading = readShape(question!);
      expect(reading).toMatchObject({ operation: 'RELATED', a, b });
      expect(reading?.relation).toMatchObject({ ties: ['TOOK_OVER'], direction: 'IN', soldBy: true });
    }
  });

  it('asks who took over what was sold, said from the side of what was sold', () => {
    for (const question of [
      'Zorblat a été vendue à qui',
      'à qui a été cédée Zorblat',
      'Zorblat was sold to whom',
      'who is the new owner of Zorblat',
      'who was the buyer of Zorblat',
      "qui est le repreneur de l'usine Zorblat",
    ]) {
      const reading = readShape(question);
      expect(reading?.operation).toBe('RELATED');
      expect(reading?.relation).toMatchObject({ ties: ['TOOK_OVER'], direction: 'IN' });
      expect(reading?.relation?.soldBy).toBeUndefined();
    }
  });

  it('leaves `the owner of X` (not new) to the shapes that ask who owns X now', () => {
    const reading = readShape('who is the owner of Zorblat');
    expect(reading?.relation).toMatchObject({ ties: ['TOOK_OVER', 'HOLDS_SHARES_IN'], reversed: ['PART_OF'] });
  });

  it("asks for the seller's parts whose tie has ended when it asks what a seller sold", () => {
    for (const question of ['Zorblat a cédé quoi', "qu'a vendu Zorblat", "qu'est-ce que Zorblat a vendu", 'what did Zorblat sell']) {
      const reading = readShape(question);
      expect(reading).toMatchObject({ operation: 'RELATED', a: 'Zorblat' });
      expect(reading?.relation).toMatchObject({ ties: ['PART_OF'], direction: 'IN', ended: true });
    }
  });
});

describe("a buyer's takeovers said as a noun", () => {
  it('asks what the buyer took over', () => {
    for (const [question, a] of [
      ['les rachats réalisés par Zorblat', 'Zorblat'],
      ['quelles acquisitions Zorblat a-t-il réalisées', 'Zorblat'],
      ['Zorblat a fait quels rachats', 'Zorblat'],
      ['acquisitions made by the Castres drugmaker', 'the Castres drugmaker'],
      ['which takeovers has Zorblat made', 'Zorblat'],
    ]) {
      const reading = readShape(question!);
      expect(reading).toMatchObject({ operation: 'RELATED', a });
      expect(reading?.relation).toMatchObject({ ties: ['TOOK_OVER'], direction: 'OUT' });
    }
  });
});

describe('money asked with a tail or a scope', () => {
  it("reads a round named first as the company's investors", () => {
    for (const question of [
      "Zorblat's raise: which funds put money in?",
      'Zorblat round: who invested?',
      "la levée de Zorblat : qui a mis de l'argent dedans",
    ]) {
      const reading = readShape(question);
      expect(reading).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
      expect(reading?.relation).toMatchObject({ ties: ['HOLDS_SHARES_IN'] });
    }
  });

  it("reads a funder's recipients in a domain as the funder's money put into it", () => {
    for (const [question, b, a] of [
      ['quels acteurs Zorblat a-t-elle financés dans les biothérapies', 'Zorblat', 'les biothérapies'],
      ['Zorblat a financé qui dans la robotique', 'Zorblat', 'la robotique'],
      ["qu'est-ce que Zorblat a financé en Occitanie", 'Zorblat', 'Occitanie'],
      ['what did Zorblat fund in oncology', 'Zorblat', 'oncology'],
    ]) {
      expect(readShape(question!)).toMatchObject({ operation: 'FUNDING', a, b });
    }
  });
});
