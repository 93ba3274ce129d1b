/**
 * A command that cannot do what was asked, for a reason the user can act on (an `--out` it refuses,
 * a build step that failed): the message is printed as it is, with no stack trace, exit status 1.
 *
 * @example
 * throw new CommandError(`--out ${out} is a file, not a folder`);
 */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}
