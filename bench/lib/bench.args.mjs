export const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.mjs [options] after npm run build)

Prints speed figures of Kurs on a large plan and writes them to bench/out/results.json.

Options:
  --only NAMES   run only these legs: comma-separated names or starts of names
                 (a group such as "core", or "storage.import", or "core.parse.json")
  --quick        smaller sizes (a tenth or so), to try the bench out; targets are for full sizes
  --json FILE    write the results to FILE instead of bench/out/results.json
  --list         list the legs and stop
  --profile      write a CPU profile of each leg to bench/out/profiles (node --cpu-prof)
  --help         this text

PostgreSQL legs use postgres://postgres@127.0.0.1:5432 (KURS_BENCH_PG_ADMIN_URL overrides it)
in a fresh database kurs_bench_<time>, dropped at the end; they are skipped with a notice when
PostgreSQL is not reachable.`;

export class UsageError extends Error {}

export function parseArgs(argv) {
  const options = { only: /** @type {string[]} */ ([]), quick: false, json: undefined, list: false, profile: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--only') options.only.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (arg.startsWith('--only=')) options.only.push(...arg.slice(7).split(',').map((s) => s.trim()).filter(Boolean));
    else if (arg === '--json') options.json = value();
    else if (arg.startsWith('--json=')) options.json = arg.slice(7);
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--list') options.list = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new UsageError(`unknown option ${arg}`);
  }
  return options;
}

/** A leg is chosen by its full name or a start of it that ends at a dot ("core", "storage.import"). */
export function chosen(leg, only) {
  return only.length === 0 || only.some((name) => leg.name === name || leg.name.startsWith(name.endsWith('.') ? name : `${name}.`));
}
