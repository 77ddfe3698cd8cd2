/*
 * One leg in its own process, started by run.mjs: imports the leg's group, lets the group
 * declare its legs, times the one asked for and sends the result back.
 */
import { pathToFileURL } from 'node:url';
import { createContext } from './lib/bench.context.mjs';
import { LegSkipped } from './lib/bench.measure.mjs';

const runInfo = JSON.parse(process.argv[2]);

// run.mjs forks this file, so the result goes back on the IPC channel.
const channel = process.send?.bind(process);
if (!channel) throw new Error('leg.mjs runs as a child of run.mjs (node bench/run.mjs --only <leg>)');

const send = (message) => new Promise((done) => channel(message, done));

try {
  const module = await import(pathToFileURL(runInfo.file).href);
  const { context, result } = createContext(runInfo, { leg: runInfo.leg });
  await module.run(context);
  if (!result()) throw new Error(`the group ${runInfo.group} did not declare the leg ${runInfo.leg}`);
  await send({ result: result() });
  process.exit(0);
} catch (error) {
  if (error instanceof LegSkipped) {
    await send({ skipped: error.message });
    process.exit(0);
  }
  await send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
