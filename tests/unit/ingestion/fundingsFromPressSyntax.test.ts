import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

function proposals(text: string, language: 'fr' | 'en'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

/** The fundings of a short text of our own, over an empty graph, as "funder -> recipients: amount instrument [programme]". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map(
      (f) =>
        `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur} ${f.instrument}${f.programme ? ` [${f.programme.name}]` : ''}`,
    );
}

/** The names proposed as new actors. */
function actorsOf(text: string): string[] {
  return proposals(text, 'fr')
    .filter((p): p is Extract<Proposal, { kind: 'ACTOR' }> => p.kind === 'ACTOR')
    .map((a) => a.name);
}

/** The ties of a short text of our own, as "from KIND to". */
function ties(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'TIE' }> => p.kind === 'TIE')
    .map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
}

describe('a subject cut from its verb by an apposition or a relative clause', () => {
  it('reads the name before a relative clause as the one who raises', () => {
    expect(fundings('Vextrane, qui conçoit des capteurs cardiaques, a levé 4 M€ auprès de Morlane Capital.')).toEqual([
      'Morlane Capital -> Vextrane: 4000000 EQUITY',
    ]);
  });

  it('reads the name before a relative clause as the one who receives', () => {
    expect(
      fundings(
        'La Région Occitanie aide les jeunes pousses. Vextrane, qui conçoit des capteurs cardiaques, reçoit 2 M€ de la Région Occitanie.',
      ),
    ).toEqual(['Région Occitanie -> Vextrane: 2000000 GRANT']);
  });

  it('reads the name before an apposition holding a second comma', () => {
    expect(
      fundings('Vextrane, start-up albigeoise créée en 2020, spécialisée dans les capteurs, a levé 3 M€ auprès de Morlane Capital.'),
    ).toEqual(['Morlane Capital -> Vextrane: 3000000 EQUITY']);
  });

  it('reads an English apposition, and "founded in" there founds nothing', () => {
    const text = 'Quorvia, a Nîmes medtech founded in 2018, raised €3m from Tessane Ventures.';
    expect(fundings(text, 'en')).toEqual(['Tessane Ventures -> Quorvia: 3000000 EQUITY']);
    expect(ties(text, 'en').filter((t) => t.includes('FOUNDED'))).toEqual([]);
  });

  it('does not read a lower-case clause opener as a name', () => {
    expect(fundings('Ensuite, qui sait, la société Vextrane a levé 3 M€ auprès de Morlane Capital.')).toEqual([
      'Morlane Capital -> Vextrane: 3000000 EQUITY',
    ]);
  });
});

describe('regional aid', () => {
  it('gives "N € de subventions régionales" to the Région the document names', () => {
    expect(
      fundings(
        'La Région Occitanie présente son bilan. La société Vextrane, installée à Albi, a obtenu 600 000 € de subventions régionales.',
      ),
    ).toEqual(['Région Occitanie -> Vextrane: 600000 GRANT']);
  });

  it("gives it to the region of the document's places when no sentence names the Région", () => {
    expect(fundings('La société Vextrane, installée à Albi, a obtenu 600 000 € de subventions régionales.')).toEqual([
      'Région Occitanie -> Vextrane: 600000 GRANT',
    ]);
  });

  it('reads "une aide régionale de N €" and an English "in regional grants"', () => {
    expect(fundings("La start-up Vextrane, basée à Rodez, bénéficie d'une aide régionale de 250 000 euros.")).toEqual([
      'Région Occitanie -> Vextrane: 250000 GRANT',
    ]);
    expect(fundings('The Toulouse start-up Quorvia received €1m in regional grants.', 'en')).toEqual([
      'Région Occitanie -> Quorvia: 1000000 GRANT',
    ]);
  });

  it('gives no regional aid in a document with no region', () => {
    expect(fundings('La société Vextrane a obtenu 600 000 € de subventions régionales.')).toEqual([]);
  });
});

describe('money of a national programme', () => {
  it("is the State's under France 2030, France Relance or the PIA", () => {
    expect(fundings('La start-up Vextrane reçoit 2 M€ au titre de France 2030.')).toEqual([
      'État -> Vextrane: 2000000 GRANT [France 2030]',
    ]);
    expect(fundings('La société Vextrane a obtenu 800 000 € de France Relance.')).toEqual([
      'État -> Vextrane: 800000 GRANT [France Relance]',
    ]);
    expect(fundings("La société Vextrane a reçu 1,2 M€ du Programme d'investissements d'avenir.")).toEqual([
      "État -> Vextrane: 1200000 GRANT [Programme d'investissements d'avenir]",
    ]);
    expect(fundings('The start-up Quorvia secured €2m under the PIA.', 'en')).toEqual(['État -> Quorvia: 2000000 GRANT [PIA]']);
  });

  it("is the named giver's when one is named before the programme", () => {
    expect(fundings('Bpifrance, dans le cadre de France 2030, accorde 3 M€ à la start-up Vextrane.')).toEqual([
      'Bpifrance -> Vextrane: 3000000 GRANT [France 2030]',
    ]);
  });

  it('takes the État the document names', () => {
    const found = proposals("L'État soutient l'industrie. La société Vextrane reçoit 2 M€ au titre de France 2030.", 'fr').filter(
      (p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING',
    );
    expect(found.map((f) => f.funder.name)).toEqual(['État']);
  });
});

describe('co-investors', () => {
  it('adds "avec la participation de A et B" to the investors named before', () => {
    expect(
      fundings('La start-up Vextrane lève 6 M€ auprès de Morlane Capital, avec la participation de Tessane Ventures et Orbis Gestion.'),
    ).toEqual([
      'Morlane Capital -> Vextrane: 6000000 EQUITY',
      'Tessane Ventures -> Vextrane: 6000000 EQUITY',
      'Orbis Gestion -> Vextrane: 6000000 EQUITY',
    ]);
  });

  it('adds "joined by A and B" to the lead of a round', () => {
    expect(
      fundings('The start-up Quorvia raised €4m in a round led by Tessane Ventures, joined by Morlane Capital and Orbis Gestion.', 'en'),
    ).toEqual([
      'Tessane Ventures -> Quorvia: 4000000 EQUITY',
      'Morlane Capital -> Quorvia: 4000000 EQUITY',
      'Orbis Gestion -> Quorvia: 4000000 EQUITY',
    ]);
  });

  it('reads an investor putting money into a company, with those "aux côtés de" it, as equity to that company', () => {
    expect(fundings('Bpifrance investit 2 M€ dans la start-up Vextrane aux côtés de Morlane Capital et de Orbis Gestion.')).toEqual([
      'Bpifrance -> Vextrane: 2000000 EQUITY',
      'Morlane Capital -> Vextrane: 2000000 EQUITY',
      'Orbis Gestion -> Vextrane: 2000000 EQUITY',
    ]);
  });

  it('keeps a company investing in its own plant out of fundings', () => {
    expect(fundings('Le groupe Vextrane investit 20 M€ dans son usine de Castres aux côtés de ses partenaires.')).toEqual([]);
  });
});

describe('sites, takeovers and members', () => {
  it("makes a group's site, named by its commune or its adjective, PART_OF the group", () => {
    expect(ties('Le site toulousain de Vexlor emploie 300 personnes.')).toEqual(['Vexlor Toulouse PART_OF Vexlor']);
    expect(ties("L'usine Vexlor de Castres produit des comprimés.")).toEqual(['Vexlor Castres PART_OF Vexlor']);
  });

  it('takes the group the document names elsewhere as the one the site belongs to', () => {
    const found = proposals('Le groupe Vexlor recrute. Le site Vexlor de Rodez ouvre une ligne.', 'fr').filter(
      (p): p is Extract<Proposal, { kind: 'TIE' }> => p.kind === 'TIE',
    );
    expect(found.map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`)).toEqual(['Vexlor Rodez PART_OF Vexlor']);
  });

  it('reads "Y a signé la reprise du site de X" as a takeover of the site', () => {
    expect(ties('Le groupe Vexlor a signé la reprise du site toulousain de Quorvia.')).toEqual(
      expect.arrayContaining(['Vexlor TOOK_OVER Quorvia Toulouse', 'Quorvia Toulouse PART_OF Quorvia']),
    );
  });

  it('reads a bare name right after a takeover verb as the company bought, in French and English', () => {
    expect(ties('Le groupe Vexlor a racheté Orvexa en 2021.')).toEqual(['Vexlor TOOK_OVER Orvexa', 'Orvexa PART_OF Vexlor']);
    expect(ties('The Nîmes group Vexlor has acquired Orvexa, a Dutch imaging platform.', 'en')).toEqual([
      'Vexlor TOOK_OVER Orvexa',
      'Orvexa PART_OF Vexlor',
    ]);
  });

  it('reads no company in a share count or a lower-case word after a takeover verb', () => {
    expect(ties('Le groupe Vexlor a racheté 51 % des parts.')).toEqual([]);
  });
});

describe('receivers and raisers further from their verb', () => {
  it('reads the receiver after a colon, cut from its verb by a long relative clause', () => {
    expect(
      fundings(
        'La Région Occitanie aide la filière. Dans le Gard, une biotech est soutenue : Orvexa, qui conçoit des traitements contre les maladies rares à partir de cellules souches, a bénéficié de 300 000 euros de subventions régionales.',
      ),
    ).toEqual(['Région Occitanie -> Orvexa: 300000 GRANT']);
  });

  it("reads a fund's envelope gathered from subscribers as their money, with no shares in the fund's manager", () => {
    const text =
      "La société de gestion Kerion Gestion est basée à Toulouse. Elle a réuni une première enveloppe de 20 M€ auprès d'acteurs régionaux, parmi lesquels la Région Occitanie et Morlane Capital.";
    expect(fundings(text)).toEqual([
      'Région Occitanie -> Kerion Gestion: 20000000 null',
      'Morlane Capital -> Kerion Gestion: 20000000 null',
    ]);
    expect(ties(text).filter((t) => t.includes('HOLDS_SHARES_IN'))).toEqual([]);
  });
});

describe('a bare name money is given to', () => {
  it('reads the name right after an amount and "à" or "au profit de" as who receives it', () => {
    expect(fundings('Bpifrance accorde 3 M€ à Orvexa.')).toEqual(['Bpifrance -> Orvexa: 3000000 GRANT']);
    expect(fundings("La Région Occitanie verse 200 000 euros au profit d'Orvexa pour son essai.")).toEqual([
      'Région Occitanie -> Orvexa: 200000 GRANT',
    ]);
  });

  it('keeps a commune after "à" a place', () => {
    expect(actorsOf('La Région Occitanie a accordé 2 M€ à Toulouse pour le tramway.')).not.toContain('Toulouse');
  });
});
