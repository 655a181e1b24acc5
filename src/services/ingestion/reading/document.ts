import { convert } from 'html-to-text';
import { type CountMention, findCounts } from './counts';
import { type DateMention, findDates } from './dates';
import { type DocumentLanguage, detectLanguage } from './language';
import { type AmountMention, findAmounts, speaksOfMoney } from './money';
import { findOrganisations, type OrganisationMention } from './organisations';
import { findPeople, type PersonMention } from './people';
import { findPlaces, type PlaceMention } from './places';
import { splitSentences } from './sentences';
import type { Span } from './spans';

/** What one sentence mentions: the material facts are proposed from. */
export interface SentenceReading {
  sentence: Span;
  organisations: OrganisationMention[];
  people: PersonMention[];
  places: PlaceMention[];
  amounts: AmountMention[];
  counts: CountMention[];
  dates: DateMention[];
}

export interface DocumentReading {
  language: DocumentLanguage;
  sentences: SentenceReading[];
}

/** A web page reduced to its text: paragraphs and list items on lines of their own, scripts and styles dropped. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'footer', format: 'skip' },
    ],
  });
}

/** The language to read a text in: the one given, else the one detected; undefined when neither French nor English. */
export function languageOf(text: string, given?: string): string | undefined {
  return given ?? detectLanguage(text);
}

/** Reads every sentence of a document's text: organisations, people, places, amounts, counts and dates, with offsets into the text. */
export function readDocument(text: string, language: DocumentLanguage): DocumentReading {
  // A run of bullets after a line about money is about money too: "L'opération est financée par :" then "- l'État, pour 3 millions ;".
  let moneyRun = false;
  const sentences = splitSentences(text).map((sentence) => {
    const bullet = /^\s*[-•*–]\s/u.test(sentence.text);
    const aboutMoney = bullet && moneyRun;
    moneyRun = (bullet && moneyRun) || speaksOfMoney(sentence.text);
    const organisations = findOrganisations(sentence);
    const places = findPlaces(sentence).filter(
      // A place inside a name is the name's ("CHU de Nîmes"); a place read alone as a name ("une entreprise de Montauban") stays a place.
      (place) =>
        place.cue !== 'BARE' ||
        !organisations.some((o) => o.start <= place.start && place.end <= o.end && !(o.start === place.start && o.end === place.end)),
    );
    return {
      sentence,
      organisations,
      people: findPeople(sentence),
      places,
      amounts: findAmounts(sentence, aboutMoney),
      counts: findCounts(sentence),
      dates: findDates(sentence),
    };
  });
  return { language, sentences };
}
