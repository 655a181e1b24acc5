import type { DomainRow, FundingRow, ProgrammeRow } from '../../db/rows';
import { actorsInDomain, domainById, listDomains } from '../../services/directory';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { citations, connectionFields, nodeOf, nodesOf } from './common';
import { DOMAIN_FUNDING, DOMAIN_PARENT, DOMAIN_PROGRAMMES, DOMAIN_SUBDOMAINS } from '../../db/ties';

export const domainResolvers: Resolvers = {
  Query: {
    domain: (_, { id }, ctx) => domainById(ctx.services, id),
    domains: (_, { excellenceOnly, topLevelOnly, first, after }, ctx) => {
      const args = { excellenceOnly, topLevelOnly, first: pageSize(ctx, first, 'first', 50), after };
      return listDomains(ctx.services, args);
    },
  },
  Domain: {
    label: (domain, { lang }) => (lang === 'EN' ? domain.nameEn : domain.name),
    excellence: (domain) => domain.excellence ?? false,
    parent: (domain, _, ctx) => nodeOf<DomainRow>(ctx, DOMAIN_PARENT, domain.id),
    subdomains: (domain, _, ctx) => nodesOf<DomainRow>(ctx, DOMAIN_SUBDOMAINS, domain.id),
    actors: (domain, { includeSubdomains, first }, ctx) =>
      actorsInDomain(ctx.services, domain.id, { includeSubdomains, first: pageSize(ctx, first, 'first', 100) }),
    programmes: (domain, _, ctx) => nodesOf<ProgrammeRow>(ctx, DOMAIN_PROGRAMMES, domain.id),
    funding: (domain, _, ctx) => nodesOf<FundingRow>(ctx, DOMAIN_FUNDING, domain.id),
    sources: (domain, _, ctx) => citations(ctx, domain.passageIds),
  },
  DomainConnection: connectionFields,
};
