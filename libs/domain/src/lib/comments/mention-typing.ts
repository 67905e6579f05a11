/** Typing a mention in the web's comment field: "@" starts it, letters after it filter members. */

/** Letters, digits, spaces inside a name, hyphens and apostrophes; a mention query stays short. */
const QUERY = /(?:^|\s)@([\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+)?)$/u;
const MAX_QUERY = 40;

export interface MentionQuery {
  /** Where the "@" stands. */
  start: number;
  query: string;
}

/** The mention being typed just before the caret, or null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = QUERY.exec(before);
  if (!match || match[1].length > MAX_QUERY) {
    return null;
  }
  return { start: caret - match[1].length - 1, query: match[1] };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** Members whose name contains the query (accents and case ignored), in the order given. */
export function mentionCandidates<T extends { displayName: string }>(
  members: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const wanted = fold(query.trim());
  return members.filter((member) => fold(member.displayName).includes(wanted)).slice(0, limit);
}

/** The text with the mention being typed replaced by "@Name ", and where the caret goes next. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  displayName: string,
): { text: string; caret: number } {
  const inserted = `@${displayName} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret),
    caret: mention.start + inserted.length,
  };
}

/** The picked members whose "@Name" is still in the text: deleting the name drops the mention. */
export function mentionsStillInText<T extends { displayName: string }>(
  text: string,
  picked: readonly T[],
): T[] {
  return picked.filter((member) => text.includes(`@${member.displayName}`));
}
