import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/database';
import { ALL_ACTOR_RECORDS, EXPORT_FUNDINGS, EXPORT_TIES } from '../../db/cypher/curation';
import type { ActorRow, FundingRow } from '../../db/rows';
import { CURATED_TIE_TYPES } from '../../domain/model';
import { ACTOR_COLUMNS, type DirectoryFile, type ExportedActor, FORMAT_VERSION, rowToCsvRecord } from './directoryFormat';

/** Reads the directory (active actors, their ties, the fundings) in one snapshot, in the import format. */
export async function exportDirectory(db: Database): Promise<DirectoryFile> {
  return db.readTransaction(async (tx) => {
    const actors = await tx.run<{ actor: ActorRow; places: string[]; domains: string[] }>(ALL_ACTOR_RECORDS);
    const ties = await tx.run<DirectoryFile['ties'][number] & { since: string | null; until: string | null }>(EXPORT_TIES, {
      types: CURATED_TIE_TYPES,
    });
    const fundings = await tx.run<{
      funding: FundingRow;
      funder: string;
      cofunders: string[];
      recipients: string[];
      programme: string | null;
      domains: string[];
      partOf: string | null;
    }>(EXPORT_FUNDINGS);
    return {
      format: FORMAT_VERSION,
      actors: actors.filter((r) => !r.actor.retiredAt).map(({ actor, places, domains }) => exportedActor(actor, places, domains)),
      ties: ties.map((tie) => defined(tie)),
      fundings: fundings.map(({ funding, funder, cofunders, recipients, programme, domains, partOf }) =>
        defined({
          id: funding.id,
          funder,
          cofunders: cofunders.sort(),
          recipients: recipients.sort(),
          programme: programme ?? undefined,
          domains: domains.sort(),
          amountEur: funding.amountEur,
          amountText: funding.amountText,
          qualifier: funding.qualifier,
          period: funding.period,
          date: funding.date,
          instrument: funding.instrument,
          status: funding.status,
          partOf: partOf ?? undefined,
          shared: funding.shared ?? false,
          note: funding.note,
          passages: funding.passageIds,
        }),
      ),
    };
  }, 60_000);
}

function exportedActor(actor: ActorRow, places: string[], domains: string[]): ExportedActor {
  return defined({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases ?? [],
    description: actor.description,
    website: actor.website,
    founded: actor.founded,
    places: places.sort(),
    domains: domains.sort(),
    passages: actor.passageIds ?? [],
  }) as ExportedActor;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The directory as CSV (actors) or JSON (everything). */
export function formatDirectory(directory: DirectoryFile, format: 'csv' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(directory, null, 2)}\n`;
  return stringify(directory.actors.map(rowToCsvRecord), { header: true, columns: [...ACTOR_COLUMNS] });
}
