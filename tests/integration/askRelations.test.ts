import { startTestApi, type TestApi } from '../support/testApi';

/** `ask`: how far an answer can be trusted (status), questions about one kind of tie, where an actor is, chosen names. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const ASK = `query Ask($question: String!, $choices: [AskChoice!]) {
  ask(question: $question, choices: $choices, first: 50) {
    status unapplied understood
    interpretation { operation subject { id } target { id } readings { role node { id } } notes graphql }
    ambiguities { text candidates { id } }
    actors { id kind location { place { id } sources { quote } } }
    tied { actor { id } path { edges { kind from to sources { quote } } } }
    paths { nodes { id } }
    figures { metric value }
  }
}`;

interface Answer {
  status: 'ANSWERED' | 'PARTIAL' | 'NOT_UNDERSTOOD';
  unapplied: string[];
  understood: boolean;
  interpretation: {
    operation: string | null;
    subject: { id: string } | null;
    target: { id: string } | null;
    readings: { role: string; node: { id: string } | null }[];
    notes: string[];
    graphql: string | null;
  };
  ambiguities: { text: string; candidates: { id: string }[] }[];
  actors: { id: string; kind: string; location: { place: { id: string }; sources: { quote: string }[] } | null }[] | null;
  tied: { actor: { id: string }; path: { edges: { kind: string; from: string; to: string; sources: { quote: string }[] }[] } }[] | null;
  paths: { nodes: { id: string }[] }[] | null;
  figures: { metric: string; value: number }[] | null;
}

async function ask(question: string, choices: { text: string; id: string }[] = []): Promise<Answer> {
  const response = await api.query<{ ask: Answer }>(ASK, { question, choices });
  expect(response.errors).toBeUndefined();
  return response.data!.ask;
}

/** Every tie of a RELATED answer is one of the kinds asked, points the way asked, and has a source. */
function expectRelated(answer: Answer, kinds: string[], subject: string): string[] {
  expect(answer.status).toBe('ANSWERED');
  expect(answer.interpretation.operation).toBe('RELATED');
  for (const { actor, path } of answer.tied ?? []) {
    expect(path.edges).toHaveLength(1);
    const [edge] = path.edges;
    expect(kinds).toContain(edge!.kind);
    expect([edge!.from, edge!.to]).toEqual([actor.id, subject]);
    expect(edge!.sources.length).toBeGreaterThan(0);
  }
  return (answer.tied ?? []).map((t) => t.actor.id);
}

describe('ask: questions about one kind of tie', () => {
  it('answers who co-pilots a programme with the co-pilots only, each with its sourced tie', async () => {
    const answer = await ask('qui copilote le contrat de filière santé');
    const copilots = expectRelated(answer, ['CO_PILOTS'], 'contrat-filiere-sante');
    expect(copilots.sort()).toEqual(['etat', 'eurobiomed', 'inserm', 'region-occitanie']);
  });

  it('answers who labelled the IHU from the kind named, not with the IHU themselves', async () => {
    const answer = await ask('qui a labellisé les IHU ?');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.interpretation.operation).toBe('RELATED');
    expect((answer.tied ?? []).map((t) => t.actor.id)).toEqual(['etat']);
    for (const { path } of answer.tied ?? []) expect(path.edges.map((e) => e.kind)).toEqual(['LABELLED']);
  });

  it('answers who carries and who founded an institute, in French and English', async () => {
    expect(expectRelated(await ask('qui porte HealthAge ?'), ['CARRIES'], 'healthage').sort()).toEqual(['chu-toulouse', 'inserm', 'ut3']);
    expect(expectRelated(await ask('who founded Immun4Cure'), ['FOUNDED', 'CARRIES'], 'immun4cure').sort()).toEqual([
      'chu-montpellier',
      'inserm',
      'universite-montpellier',
    ]);
  });

  it('reads "members of" as the actors that are members or parts of the node, never the other way', async () => {
    for (const question of ["qui sont les membres d'Eurobiomed ?", 'who is part of MedVallée', 'membres de MedVallée']) {
      const answer = await ask(question);
      const subject = answer.interpretation.subject!.id;
      expectRelated(answer, ['MEMBER_OF', 'PART_OF'], subject);
    }
    expect(expectRelated(await ask('who is part of MedVallée'), ['MEMBER_OF', 'PART_OF'], 'medvallee')).toContain('immun4cure');
  });

  it('walks a single hop in the structured tiedTo too (maxHops: 1 used to be refused by Neo4j)', async () => {
    const response = await api.query<{ tiedTo: { actor: { id: string }; path: { edges: { kind: string }[] } }[] }>(
      `{ tiedTo(actor: "healthage", maxHops: 1, first: 50) { actor { id } path { edges { kind } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.tiedTo.map((t) => t.actor.id)).toEqual(expect.arrayContaining(['chu-toulouse', 'inserm', 'ut3']));
    for (const tied of response.data!.tiedTo) expect(tied.path.edges).toHaveLength(1);
  });
});

describe('ask: where an actor is', () => {
  it('answers with the actor, whose location carries its source', async () => {
    for (const question of ['où est installé Inits ?', 'where is Inits based', 'Inits est où ?']) {
      const answer = await ask(question);
      expect(answer.status).toBe('ANSWERED');
      expect(answer.interpretation.operation).toBe('LOCATION');
      expect(answer.actors?.map((a) => a.id)).toEqual(['inits']);
      expect(answer.actors![0]!.location!.place.id).toBe('mauguio');
      expect(answer.actors![0]!.location!.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('ask: never confidently wrong', () => {
  it('applies "soutenues par" as a funder filter: every actor listed is funded by the Région', async () => {
    const answer = await ask('quelles start-ups ont été soutenues par la Région ?');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.interpretation.readings.filter((r) => r.role === 'FUNDER').map((r) => r.node?.id)).toEqual(['region-occitanie']);
    expect(answer.interpretation.graphql).toContain('fundedBy: "region-occitanie"');
    const funded = await api.query<{ actors: { nodes: { id: string }[] } }>(
      `{ actors(filter: { kinds: [COMPANY], fundedBy: "region-occitanie" }, first: 100) { nodes { id } } }`,
    );
    expect(answer.actors?.map((a) => a.id).sort()).toEqual(funded.data!.actors.nodes.map((n) => n.id).sort());
  });

  it('says PARTIAL, and which words, when a word that restricts the meaning was not applied', async () => {
    const answer = await ask('entreprises cotées en bourse à Toulouse');
    expect(answer.status).toBe('PARTIAL');
    expect(answer.understood).toBe(false);
    expect(answer.unapplied.join(' ')).toMatch(/cotées/);
    expect(answer.interpretation.notes.join(' ')).toMatch(/Non pris en compte/);
  });

  it('says NOT_UNDERSTOOD when a name cannot be found', async () => {
    const answer = await ask('qui copilote le Zorglub ?');
    expect(answer.status).toBe('NOT_UNDERSTOOD');
    expect(answer.tied).toBeNull();
  });

  // The regional AI strategy now records the Région's funding; the Centre Pierre Potier records only its budget.
  it('gives the budget of an actor when it records no funding', async () => {
    const answer = await ask('budget du Centre Pierre Potier');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.figures?.map((f) => f.metric)).toContain('BUDGET_EUR');
  });
});

describe('ask: places in questions about ties and paths', () => {
  it('reads "the city of" as the place, not an institution named after it', async () => {
    const answer = await ask('how is Sanofi connected to the city of Toulouse');
    expect(answer.interpretation.target?.id).toBe('toulouse');
    expect(answer.status).toBe('ANSWERED');
  });

  it('offers the choice once, and answers with the node chosen', async () => {
    const first = await ask('quel lien entre Sanofi et Toulouse ?');
    expect(first.status).toBe('NOT_UNDERSTOOD');
    expect(first.ambiguities[0]!.candidates.map((c) => c.id)).toContain('toulouse');

    const chosen = await ask('quel lien entre Sanofi et Toulouse ?', [{ text: first.ambiguities[0]!.text, id: 'toulouse' }]);
    expect(chosen.ambiguities).toEqual([]);
    expect(chosen.interpretation.target?.id).toBe('toulouse');
    expect(chosen.status).toBe('ANSWERED');
    expect(chosen.paths!.length).toBeGreaterThan(0);
  });
});
