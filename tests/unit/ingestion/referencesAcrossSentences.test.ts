import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

/** The proposals for a short text of our own, over an empty graph. */
function proposals(text: string, language: 'fr' | 'en' = 'fr') {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}
/** The ties proposed, as "from -KIND-> to". */
function ties(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language).flatMap((p) => (p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : []));
}
/** The fundings proposed, as "funder -> recipients: amount". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language).flatMap((p) =>
    p.kind === 'FUNDING' ? [`${p.funder.name} -> ${p.recipients.map((r) => r.name).join('+')}: ${p.amountEur}`] : [],
  );
}

describe('a head noun of one organisation named before stands for it', () => {
  it('reads "la technopole" as the only organisation whose name holds "Technopole"', () => {
    const found = ties(
      'Rencontre avec Anne Exemple, directrice de Santexa Technopole. La technopole tarnaise a été créée il y a seize ans par la société Vitalyse et le CHU de Nîmes.',
    );
    expect(found).toContain('Vitalyse -FOUNDED-> Santexa Technopole');
    expect(found).toContain('CHU de Nîmes -FOUNDED-> Santexa Technopole');
  });

  it('reads "la SATT" as the organisation introduced as "la SATT X"', () => {
    expect(ties('La SATT Biorama fête ses cinq ans à Nîmes. La SATT est présidée par Anne Exemple.')).toContain(
      'Anne Exemple -LEADS-> Biorama',
    );
  });

  it('resolves nothing when two organisations carry the noun', () => {
    const found = ties(
      'Santexa Technopole, à Nîmes, et Biorama Technopole, à Albi, recrutent. La technopole a été créée en 2005 par la société Vitalyse.',
    );
    expect(found.filter((t) => t.startsWith('Vitalyse -FOUNDED->'))).toEqual([]);
  });
});

describe('"il" and "elle" agree with the organisation they stand for', () => {
  it('does not make "elle" the CHU the sentence before opens with, but the one other organisation it names', () => {
    const found = ties(
      "Le CHU de Nîmes se dote d'une nouvelle plateforme, Santexa Lab. Elle compte trois cofondateurs : la société Vitalyse, la société Biorama et l'Université de Montpellier.",
    );
    expect(found).toContain('Vitalyse -FOUNDED-> Santexa Lab');
    expect(found).toContain('Université de Montpellier -FOUNDED-> Santexa Lab');
    expect(found.filter((t) => t.endsWith('-> CHU de Nîmes'))).toEqual([]);
  });

  it('resolves nothing when the topic disagrees and several others could be meant', () => {
    const found = ties(
      "Le CHU de Nîmes accueille la société Biorama et la société Santexa. Elle compte trois cofondateurs : la société Vitalyse, la société Orvexa et l'Université de Montpellier.",
    );
    expect(found.filter((t) => t.includes('-FOUNDED->'))).toEqual([]);
  });
});

describe('a pronoun after a linking adverb or a fronted phrase with an apposition', () => {
  it('reads "At the same time it …" as the company the text is about', () => {
    expect(
      ties(
        'The German group Vitalyse took over the Toulouse research site in 2015. At the same time it concluded a five-year strategic alliance with the company Biorama.',
        'en',
      ),
    ).toContain('Vitalyse -PARTNERS_WITH-> Biorama');
  });

  it('reads "Dans le cadre de X, son plan, il apportera …" as the funder the sentence before opens with', () => {
    expect(
      fundings(
        "L'État soutient la filière santé. Dans le cadre de France 2030, son plan d'investissement, il apportera 5 M€ à la société Biorama.",
      ),
    ).toContain('État -> Biorama: 5000000');
  });
});

describe('"celle-ci", "cette dernière" point at the name the sentence before closes with', () => {
  it('reads "Cette dernière" as the start-up named last, not the topic', () => {
    const found = ties(
      'La société Vitalyse a signé un accord avec la start-up Biorama. Cette dernière a été créée en 2019 par le CHU de Nîmes.',
    );
    expect(found).toContain('CHU de Nîmes -FOUNDED-> Biorama');
    expect(found).not.toContain('CHU de Nîmes -FOUNDED-> Vitalyse');
  });

  it('reads nothing for "ce dernier" when the sentence before closes with no organisation', () => {
    expect(
      ties('La société Vitalyse lance le plan Santexa. Le plan est ambitieux. Ce dernier a été créé en 2019 par le CHU de Nîmes.').filter(
        (t) => t.includes('-FOUNDED-> Vitalyse'),
      ),
    ).toEqual([]);
  });
});

describe('joining peers is no membership', () => {
  it('does not make "rejoint les deux autres composantes : A et B" a member of A', () => {
    expect(
      ties(
        "La Région lance le fonds Santexa Impulsion. Ce dernier rejoint les deux autres composantes du dispositif : la société Vitalyse et l'agence Biorama.",
      ).filter((t) => t.includes('-MEMBER_OF->')),
    ).toEqual([]);
  });
});

describe('fundings', () => {
  it('reads a capital increase reserved for X as equity from X to the company the text opens with', () => {
    expect(
      fundings(
        "La société Biorama, installée à Nîmes, annonce l'entrée du groupe Vitalyse à son capital. L'opération prend la forme d'une augmentation de capital réservée au groupe Vitalyse, d'un montant de 4 M€.",
      ),
    ).toContain('Vitalyse -> Biorama: 4000000');
  });

  it('reads the investors listed on the lines after "alongside its existing investors:" for "a €N fundraising"', () => {
    const found = fundings(
      "The Toulouse biotech Biorama today announced a €15 million fundraising.\nThe round brings in the fund Santexa Capital, alongside the company's existing investors:\n- Bpifrance;\n- the fund Orvexa Capital.\n",
      'en',
    );
    expect(found).toContain('Bpifrance -> Biorama: 15000000');
    expect(found).toContain('Orvexa Capital -> Biorama: 15000000');
  });

  it('does not take as giver a name set off by a comma from "par" ("Présidée par X, l\'agence Y …")', () => {
    const found = fundings(
      "L'État relance les SATT. C'est la start-up Biorama qui reçoit 2 M€. Présidée par Anne Exemple, l'agence Santexa salue cette aide.",
    );
    expect(found).toContain('État -> Biorama: 2000000');
    expect(found).not.toContain('Santexa -> Biorama: 2000000');
  });
});
