import { EDGE_FIELDS, NODE_FIELDS } from './api';

/** Questions offered on the landing page; each runs on click. */
export const EXAMPLE_QUESTIONS: string[] = [
  'entreprises en bioproduction liées à MedVallée',
  'How is Inits connected to CHU de Montpellier?',
  'Who funds HealthAge?',
  'partenaires possibles de DiappyMed',
];

/** Ready example queries, one GraphiQL tab each (the tab is titled by the operation name). */
export const EXAMPLES: string[] = [
  `# Which firms in bioproduction are tied to MedVallée? Each with the path that ties them.
query FirmsInBioproductionTiedToMedVallee {
  tiedTo(actor: "medvallee", filter: { kinds: [COMPANY], domains: ["bioproduction"] }) {
    actor { id name }
    score
    path { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
  }
}`,
  `# Who funds HealthAge, how much, through which programme, and where the sources say so.
query HealthAgeFunding {
  actor(id: "healthage") {
    name
    fundingReceived {
      amountEur period
      funder { name }
      programme { name }
      sources { quote source { title } }
    }
  }
}`,
  `# How is Inits connected to CHU de Montpellier?
query InitsToChuMontpellier {
  paths(from: "inits", to: "chu-montpellier") {
    length
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`,
  `# Who could DiappyMed partner with, and why?
query DiappyMedPartners {
  partnerSuggestions(actor: "diappymed", first: 5) {
    actor { id name kind }
    score
    reasons { text(lang: EN) }
  }
}`,
  `# Everything around Immun4Cure, to draw (click a node in the graph to expand it).
query Immun4CureNeighbourhood {
  neighbourhood(id: "immun4cure", depth: 1) {
    truncated
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`,
  `# A question in plain words, French or English.
query AskInPlainWords {
  ask(question: "entreprises en bioproduction liées à MedVallée") {
    understood
    interpretation { operation subject { name } kinds domains { name } graphql }
    tied { actor { name } path { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }
  }
}`,
];
