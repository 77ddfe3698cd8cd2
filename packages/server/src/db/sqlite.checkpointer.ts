import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * Copies the write-ahead log back into the database file beside the event loop. SQLite does
 * it itself at a commit, on the thread that commits: after a large import that is seconds in
 * which no request is answered. A passive checkpoint never waits for a reader or a writer.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy with another checkpoint, or the file is going away: the next round does it.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  process.exit(0);
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, everyMs = 1000): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, everyMs } });
  // It never keeps the process alive on its own.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: async () => {
      // Held again while it closes, so that the process waits for it.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
