/** Who may read a reflection: its author always; the team only once it is brought to the team. */
export interface ReflectionVisibility {
  authorUserId: string;
  teamId: string;
  isShared: boolean;
}

export interface ReflectionReader {
  userId: string;
  /** The teams the reader is in, whatever their role there. */
  teamIds: ReadonlySet<string>;
}

export function canReadReflection(
  reflection: ReflectionVisibility,
  reader: ReflectionReader,
): boolean {
  if (reflection.authorUserId === reader.userId) {
    return true;
  }
  return reflection.isShared && reader.teamIds.has(reflection.teamId);
}

/** Only the author changes or removes a reflection, shared or not. */
export function canChangeReflection(reflection: ReflectionVisibility, userId: string): boolean {
  return reflection.authorUserId === userId;
}
