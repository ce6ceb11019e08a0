/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Characters across every embed of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  fields: 25,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/gu;

/**
 * Cuts `text` to at most `max` characters, at the last sentence end that keeps at least half of it
 * (else at a word boundary), and appends `note` (counted in `max`). Text that fits is returned as is.
 */
export function truncateText(text: string, max: number, note = ' …'): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - note.length);
  let cut = -1;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > room) break;
    cut = end;
  }
  if (cut < room / 2) {
    const space = text.lastIndexOf(' ', room);
    cut = space > room / 2 ? space : room;
  }
  return `${text.slice(0, cut).trimEnd()}${note}`.slice(0, max);
}
