import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { FundingProposal } from '../../../src/services/ingestion/proposals/contract';

/** The proposals for a short text of our own, over an empty graph. */
function proposals(text: string) {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals;
}
const ties = (text: string) => proposals(text).flatMap((p) => (p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : []));
const fundings = (text: string) =>
  proposals(text)
    .filter((p): p is FundingProposal => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur} ${f.instrument}`);

describe('the investors of a fundraising', () => {
  it('makes each name the round gathers a shareholder of the company, not a partner of the others', () => {
    const found = ties(
      'La société Nivalis annonce une levée de fonds de 6 M€. Le tour de table réunit le fonds Orvane Capital et Pelagos Invest.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Orvane Capital -HOLDS_SHARES_IN-> Nivalis', 'Pelagos Invest -HOLDS_SHARES_IN-> Nivalis']),
    );
    expect(found.filter((t) => t.includes('PARTNERS_WITH') || t.includes('MEMBER_OF'))).toEqual([]);
  });

  it('reads the lead and the investors that join it in a sentence after the amount, as shares and equity', () => {
    const text = 'La société Nivalis a levé 9 M€. Le fonds Orvane Capital mène le tour, rejoint par Pelagos Invest et Tessera Partners.';
    expect(ties(text)).toEqual(
      expect.arrayContaining([
        'Orvane Capital -HOLDS_SHARES_IN-> Nivalis',
        'Pelagos Invest -HOLDS_SHARES_IN-> Nivalis',
        'Tessera Partners -HOLDS_SHARES_IN-> Nivalis',
      ]),
    );
    expect(ties(text)).not.toContain('Orvane Capital -MEMBER_OF-> Pelagos Invest');
    expect(fundings(text)).toContain('Orvane Capital -> Nivalis: 9000000 EQUITY');
  });

  it('gives the equity share of a split round to the company, not to the co-investors beside the lead', () => {
    const found = fundings(
      "La société Nivalis boucle un tour de 7 M€. Il se compose de 4 millions d'euros en fonds propres, menés par Orvane Capital, aux côtés de Pelagos Invest et Tessera Partners ; et 3 millions d'euros de prêts, accordés par Bpifrance.",
    );
    expect(found).toContain('Orvane Capital -> Nivalis: 4000000 EQUITY');
    expect(found).toContain('Bpifrance -> Nivalis: 3000000 LOAN');
    expect(found.some((f) => f.includes('-> Pelagos Invest') || f.includes('-> Orvane Capital'))).toBe(false);
  });
});

describe('stakes, control and cessions', () => {
  it('makes a majority stake by percentage a shareholding and a takeover', () => {
    const found = ties('Le groupe Valmeris a pris près de 70 % du capital de la société Nivalis.');
    expect(found).toEqual(expect.arrayContaining(['Valmeris -HOLDS_SHARES_IN-> Nivalis', 'Valmeris -TOOK_OVER-> Nivalis']));
  });

  it('keeps a minority stake a shareholding only', () => {
    const found = ties('Le groupe Valmeris détient 20 % du capital de la société Nivalis.');
    expect(found).toContain('Valmeris -HOLDS_SHARES_IN-> Nivalis');
    expect(found).not.toContain('Valmeris -TOOK_OVER-> Nivalis');
  });

  it('reads control taken, control passed and a sale to a group as takeovers, either way round', () => {
    expect(ties('Le groupe Valmeris prend le contrôle de la société Nivalis.')).toContain('Valmeris -TOOK_OVER-> Nivalis');
    expect(ties('La société Nivalis passe sous le contrôle du groupe Valmeris.')).toContain('Valmeris -TOOK_OVER-> Nivalis');
    expect(ties('La société Nivalis a été cédée en 2021 au groupe Valmeris.')).toContain('Valmeris -TOOK_OVER-> Nivalis');
  });
});

describe('lists after a colon', () => {
  it('makes each company listed after "a pris des parts" held by the one who took them', () => {
    expect(ties('Le fonds Orvane Capital a pris des parts dans trois jeunes pousses : Nivalis, Tessera et Medilo.')).toEqual(
      expect.arrayContaining([
        'Orvane Capital -HOLDS_SHARES_IN-> Nivalis',
        'Orvane Capital -HOLDS_SHARES_IN-> Tessera',
        'Orvane Capital -HOLDS_SHARES_IN-> Medilo',
      ]),
    );
  });

  it('makes the start-ups an incubator hosts incubated there', () => {
    expect(ties("L'incubateur Lumen héberge quatre start-up : Nivalis, Tessera et Pelagos.")).toEqual(
      expect.arrayContaining(['Nivalis -INCUBATED_BY-> Lumen', 'Tessera -INCUBATED_BY-> Lumen', 'Pelagos -INCUBATED_BY-> Lumen']),
    );
  });
});

describe('partnerships and membership in other words', () => {
  it('makes the names that sign an agreement together partners, also when they are about to sign it', () => {
    expect(ties('La société Nivalis et le groupe Valmeris signent un accord de distribution.')).toContain(
      'Nivalis -PARTNERS_WITH-> Valmeris',
    );
    expect(ties('La société Nivalis et le groupe Valmeris sont sur le point de signer une convention.')).toContain(
      'Nivalis -PARTNERS_WITH-> Valmeris',
    );
  });

  it('reads "intègre le pôle", "adhérente du pôle" and "fédère" as membership', () => {
    expect(ties('La société Nivalis intègre le pôle Arvena.')).toContain('Nivalis -MEMBER_OF-> Arvena');
    expect(ties('La société Nivalis, adhérente du pôle Arvena, recrute.')).toContain('Nivalis -MEMBER_OF-> Arvena');
    expect(ties('Le consortium Arvena fédère la société Nivalis et le groupe Valmeris.')).toEqual(
      expect.arrayContaining(['Nivalis -MEMBER_OF-> Arvena', 'Valmeris -MEMBER_OF-> Arvena']),
    );
  });

  it('does not read "rejoint par" as joining the name after it', () => {
    expect(ties('Le fonds Orvane Capital mène le tour, rejoint par Pelagos Invest.')).not.toContain(
      'Orvane Capital -MEMBER_OF-> Pelagos Invest',
    );
  });
});

describe('money given by a verb of giving', () => {
  it('makes the subject of "apporte" the funder, whatever its kind', () => {
    expect(fundings('Le groupe Valmeris apporte 2 M€ à la société Nivalis.')).toContain('Valmeris -> Nivalis: 2000000 null');
  });

  it('does not take the one who runs a programme for the one who gives to it', () => {
    expect(
      fundings('La Région Occitanie consacre 3 millions d’euros au programme « Soins connectés » piloté par le pôle Arvena.').some((f) =>
        f.startsWith('Arvena'),
      ),
    ).toBe(false);
  });
});

describe('figures next to a list', () => {
  const figures = (text: string) =>
    proposals(text).flatMap((p) => (p.kind === 'FIGURE' ? [`${p.subject.name} ${p.metric} ${p.value}`] : []));

  it('gives a count announcing a list after a colon to what the text is about, not to the first name listed', () => {
    const found = figures(
      "L'incubateur Lumen ouvre ses portes. L'incubateur Lumen fête ses dix ans. Cinq start-up y sont hébergées : Nivalis, Tessera et Pelagos.",
    );
    expect(found).toContain('Lumen COMPANIES 5');
    expect(found.some((f) => f.startsWith('Nivalis'))).toBe(false);
  });

  it('reads the companies a body is "à l\'origine de" as new companies', () => {
    expect(figures('La société Valmeris est à l’origine de six start-up.')).toContain('Valmeris NEW_COMPANIES 6');
  });
});
