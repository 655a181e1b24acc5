/**
 * How a row of a question table (tests/ask/*.yaml) is judged against `ask`'s answer: one place for the tests
 * (tests/support/askTable.ts) and for scripts/askEval.js, which judges a table against a running API.
 * Plain CommonJS so the script can load it without a build; its types are in askJudge.d.ts.
 */

/** The query every row is asked with: everything a row may pin. */
const ASK_QUERY = `query Ask($question: String!) {
  ask(question: $question, first: 50) {
    status
    unapplied
    interpretation { operation subject { id } target { id } notes }
    hits { node { id } }
    actors { id }
    tied { actor { id } }
    partners { actor { id } }
    fundingByFunder { group { id } }
    fundingByRecipient { group { id } }
    paths { nodes { id } }
    figures { metric }
  }
}`;

/** Every id an answer gives, whatever its operation. */
function resultIds(answer) {
  return new Set([
    ...(answer.hits ?? []).map((hit) => hit.node.id),
    ...(answer.actors ?? []).map((actor) => actor.id),
    ...(answer.tied ?? []).map((tied) => tied.actor.id),
    ...(answer.partners ?? []).map((partner) => partner.actor.id),
    ...(answer.fundingByFunder ?? []).map((total) => total.group.id),
    ...(answer.fundingByRecipient ?? []).map((total) => total.group.id),
    ...(answer.paths ?? []).flatMap((path) => path.nodes.map((node) => node.id)),
  ]);
}

/** What the answer gives beside what the row pins, field by field: the two are equal when the answer is right. */
function judgeAnswer(row, answer) {
  const ids = resultIds(answer);
  return {
    received: {
      status: answer.status,
      op: row.op === undefined ? undefined : answer.interpretation.operation,
      subject: row.subject === undefined ? undefined : answer.interpretation.subject?.id,
      target: row.target === undefined ? undefined : answer.interpretation.target?.id,
      missing: (row.has ?? []).filter((id) => !ids.has(id)),
      unwanted: (row.hasNot ?? []).filter((id) => ids.has(id)),
      unapplied: row.unapplied === undefined ? undefined : answer.unapplied.some((words) => words.toLowerCase().includes(row.unapplied)),
      figures:
        row.figures === undefined ? undefined : row.figures.filter((metric) => !(answer.figures ?? []).some((f) => f.metric === metric)),
    },
    expected: {
      status: row.status,
      op: row.op,
      subject: row.subject,
      target: row.target,
      missing: [],
      unwanted: [],
      unapplied: row.unapplied === undefined ? undefined : true,
      figures: row.figures === undefined ? undefined : [],
    },
  };
}

/** The fields where the answer differs from the row, in words ("status PARTIAL (want ANSWERED)"); empty when right. */
function differences(row, answer) {
  const { received, expected } = judgeAnswer(row, answer);
  return Object.keys(expected)
    .filter((field) => JSON.stringify(received[field]) !== JSON.stringify(expected[field]))
    .map((field) => `${field} ${JSON.stringify(received[field])} (want ${JSON.stringify(expected[field])})`);
}

module.exports = { ASK_QUERY, resultIds, judgeAnswer, differences };
