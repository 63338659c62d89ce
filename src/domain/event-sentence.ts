/**
 * The sentence of a dated event, for a timeline that shows the date beside
 * it: "On 15 January 2024, Kim Jong Un told…" becomes "Kim Jong Un told…".
 * Pure, unit-tested.
 */
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of `text` around `offset`, without a leading "On <date>, " (the timeline shows the date). */
export function eventSentence(text: string, offset: number, shownDate: string): string {
  let sentence = text;
  for (const s of SENTENCES.segment(text)) {
    if (offset >= s.index && offset < s.index + s.segment.length) {
      sentence = s.segment;
      break;
    }
  }
  sentence = sentence.trim();
  const lead = new RegExp(`^(?:(?:On|In) )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?${escape(shownDate)}(?:,|:)\\s*`);
  const rest = sentence.replace(lead, '');
  return rest === sentence || rest.length === 0 ? sentence : rest[0]!.toUpperCase() + rest.slice(1);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
