import type { DomainRow, FundingRow, ProgrammeRow } from '../../db/rows';
import { listPage, simpleListSpec } from '../../db/directory';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';
import { citations, connectionFields, nodeOf, nodesOf } from './common';
import { DOMAIN_FUNDING, DOMAIN_PARENT, DOMAIN_PROGRAMMES, DOMAIN_SUBDOMAINS } from '../../db/ties';

export const domainResolvers: Resolvers = {
  Query: {
    domain: (_, { id }, ctx) => ctx.loaders.domain.load(id),
    domains: (_, { excellenceOnly, topLevelOnly, first, after }, ctx) => {
      const conditions = [
        ...(excellenceOnly ? ['n.excellence = true'] : []),
        ...(topLevelOnly ? ['NOT EXISTS { MATCH (n)-[:SUBDOMAIN_OF]->() }'] : []),
      ];
      return listPage<DomainRow>(ctx.db, simpleListSpec('Domain', conditions), { first: pageSize(ctx, first, 'first', PAGE_SIZE.lists), after, order: 'NAME_ASC' });
    },
  },
  Domain: {
    label: (domain, { lang }) => (lang === 'EN' ? domain.nameEn : domain.name),
    excellence: (domain) => domain.excellence ?? false,
    parent: (domain, _, ctx) => nodeOf<DomainRow>(ctx, DOMAIN_PARENT, domain.id),
    subdomains: (domain, _, ctx) => nodesOf<DomainRow>(ctx, DOMAIN_SUBDOMAINS, domain.id),
    actors: (domain, { includeSubdomains, first }, ctx) =>
      ctx.loaders.domainActors(includeSubdomains ?? true, pageSize(ctx, first, 'first', PAGE_SIZE.ties)).load(domain.id),
    programmes: (domain, _, ctx) => nodesOf<ProgrammeRow>(ctx, DOMAIN_PROGRAMMES, domain.id),
    funding: (domain, _, ctx) => nodesOf<FundingRow>(ctx, DOMAIN_FUNDING, domain.id),
    sources: (domain, _, ctx) => citations(ctx, domain.passageIds),
  },
  DomainConnection: connectionFields,
};
