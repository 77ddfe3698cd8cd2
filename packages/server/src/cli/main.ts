import { runCli } from './program.js';

// A reader that stops early (`kurs check … | head`) closes the pipe: stop quietly, with the
// status of a process ended by SIGPIPE (128 + 13), as other Unix tools do, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

process.exitCode = await runCli(process.argv.slice(2));
