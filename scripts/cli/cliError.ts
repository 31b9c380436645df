/** A failure the command explains itself: the message is for the user, the code for scripts (1 bad input, 2 bad usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
