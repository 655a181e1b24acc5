import { ties } from '../../support/ingestionOfOurText';

describe('a unit named by its apposition', () => {
  it('reads "X, filiale du groupe Y" as part of the group', () => {
    expect(ties('La société Nuvelia, filiale du groupe allemand Corvex, recrute à Albi.')).toContain('Nuvelia -PART_OF-> Corvex');
  });

  it('reads a laboratory of a university as carried by it', () => {
    expect(ties("Le laboratoire Biolume, institut de l'Université de Montpellier, étudie les cellules.")).toContain(
      'Université de Montpellier -CARRIES-> Biolume',
    );
  });

  it('reads "par l\'intermédiaire de X, son agence" as part of the sentence\'s subject', () => {
    expect(
      ties("Par l'intermédiaire de la société Orvane, son agence de développement économique, la Région Occitanie soutient les start-up."),
    ).toContain('Orvane -PART_OF-> Région Occitanie');
  });

  it('reads "Y, par l\'intermédiaire de son accélérateur X"', () => {
    expect(ties("Le CHU de Toulouse, par l'intermédiaire de son accélérateur Innov'Lab, porte le projet.")).toContain(
      "Innov'Lab -PART_OF-> CHU de Toulouse",
    );
  });

  it('does not read a noun that is not the apposition of the name before it', () => {
    expect(ties('La société Nuvelia, le nouveau laboratoire de recherche, ouvre à Albi.')).toEqual([]);
  });
});

describe("shareholders read through a company's capital", () => {
  it('reads "A et B vont entrer à son capital" with the company named before', () => {
    expect(ties('La société Nuvelia a fêté ses dix ans. La Région Occitanie et la société Corvex vont entrer à son capital.')).toEqual(
      expect.arrayContaining(['Région Occitanie -HOLDS_SHARES_IN-> Nuvelia', 'Corvex -HOLDS_SHARES_IN-> Nuvelia']),
    );
  });

  it('reads "l\'entrée de A et de B au capital de Y"', () => {
    expect(
      ties("Autre signal : l'entrée récente de la Région Occitanie et de la société Corvex au capital de la société Nuvelia."),
    ).toEqual(expect.arrayContaining(['Région Occitanie -HOLDS_SHARES_IN-> Nuvelia', 'Corvex -HOLDS_SHARES_IN-> Nuvelia']));
  });

  it('reads "Y va ouvrir son capital à A"', () => {
    expect(ties('La société Nuvelia va ouvrir son capital à la Région Occitanie.')).toContain(
      'Région Occitanie -HOLDS_SHARES_IN-> Nuvelia',
    );
  });

  it('reads "X a investi dans Y, …, et dans Z" as a stake in each company', () => {
    expect(
      ties('Le fonds Corvex Capital a ainsi investi dans la société Nuvelia, installée à Albi, et dans la société Biolume, à Montpellier.'),
    ).toEqual(expect.arrayContaining(['Corvex Capital -HOLDS_SHARES_IN-> Nuvelia', 'Corvex Capital -HOLDS_SHARES_IN-> Biolume']));
  });

  it('does not read an investment in a site as a stake', () => {
    expect(ties("Le groupe Corvex a investi dans l'usine de la société Nuvelia.")).not.toContain('Corvex -HOLDS_SHARES_IN-> Nuvelia');
  });
});
