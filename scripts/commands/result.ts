/**
 * What a command-line script did, as data: each editor command is a function that returns its output
 * and exit status, which the unit tests check without starting a process; scripts/<name>.ts only
 * writes it out.
 */
export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Collects lines as console.log and console.error would print them. */
export class CommandOutput {
  private readonly out: string[] = [];
  private readonly err: string[] = [];

  log(line: string): void {
    this.out.push(`${line}\n`);
  }

  error(line: string): void {
    this.err.push(`${line}\n`);
  }

  result(status: number): CommandResult {
    return { status, stdout: this.out.join(''), stderr: this.err.join('') };
  }
}

/** The end of every entry point: the command's output on stdout and stderr, its status as exit code. */
export function finish(result: CommandResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status;
}
