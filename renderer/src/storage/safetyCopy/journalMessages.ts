/** What the window asks the journal worker. */
export type JournalCommand =
  | { op: 'append'; projectId: string; file: string; line: string }
  /** Let go of the project's open journal (the next append opens its file anew). */
  | { op: 'close'; projectId: string };

export type JournalRequest = JournalCommand & { id: number };

export type JournalReply = { id: number; ok: true } | { id: number; ok: false; message: string };
