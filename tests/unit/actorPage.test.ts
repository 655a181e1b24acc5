import { type ActorPageData, escapeHtml, renderActorPage } from '../../src/http/actorPage';

const SHELL = '<html><head><title>Explorer</title></head><body><main id="app"></main><script src="/assets/x.js"></script></body></html>';
const passage = (passageId: string, quote: string) => ({ passageId, quote, source: { title: 'A press release' } });

function page(actor: Partial<NonNullable<ActorPageData['actor']>>, partners: ActorPageData['partnerSuggestions'] = []): string {
  const data: ActorPageData = {
    actor: {
      id: 'acme',
      name: 'Acme',
      kindLabel: 'entreprise',
      aliases: [],
      domains: [],
      sources: [],
      ties: { totalCount: 0, edges: [] },
      fundingReceived: [],
      timeline: [],
      ...actor,
    },
    partnerSuggestions: partners,
  };
  return renderActorPage({ shell: SHELL, id: 'acme', data, url: 'http://example.test/actors/acme' });
}

describe('an actor page rendered by the server', () => {
  it('escapes every value taken from the graph', () => {
    const html = page({ name: '<script>alert(1)</script>', description: 'A "quoted" & <b>bold</b> firm' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('content="A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; firm"');
  });

  it('puts title, description and Open Graph tags in place of the shell title, and keeps the script', () => {
    const html = page({ description: 'Makes anvils.' });
    expect(html).toContain('<title>Acme — Occitanie Health Graph</title>');
    expect(html).not.toContain('<title>Explorer</title>');
    expect(html).toContain('<meta property="og:description" content="Makes anvils." />');
    expect(html).toContain('<meta property="og:url" content="http://example.test/actors/acme" />');
    expect(html).toContain('<script src="/assets/x.js"></script>');
  });

  it('lists a passage cited by several facts once, and refers to it from each', () => {
    const shared = passage('p1', 'Acme joined the cluster.');
    const html = page({
      sources: [shared, shared],
      ties: {
        totalCount: 2,
        edges: [
          { kind: 'MEMBER_OF', direction: 'OUT', node: { __typename: 'Actor', id: 'cluster', name: 'Cluster' }, sources: [shared, shared] },
          {
            kind: 'PARTNERS_WITH',
            direction: 'IN',
            node: { __typename: 'Actor', id: 'lab', name: 'Lab' },
            sources: [passage('p2', 'Lab works with Acme.')],
          },
        ],
      },
    });
    expect(html.match(/Acme joined the cluster\./g)).toHaveLength(1);
    expect(html.match(/href="#passage-1"/g)).toHaveLength(2);
    expect(html).toContain('id="passage-2"');
  });

  it('leaves a "$" in a name as it is', () => {
    expect(page({ name: "Acme $& $' Co" })).toContain('<h1>Acme $&amp; $&#39; Co</h1>');
  });

  it('says there is no such actor when the data has none', () => {
    const html = renderActorPage({ shell: SHELL, id: '<x>', data: { actor: null }, url: 'http://example.test/actors/x' });
    expect(html).toContain('<h1>No actor "&lt;x&gt;"</h1>');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });
});
