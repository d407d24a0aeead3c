/**
 * `npm run mock -- --port 8080 …`: serves the reference mock until SIGINT/SIGTERM.
 * Prints `listening http://127.0.0.1:PORT` last, after a `chaos: fixed choices {...}` line
 * (preset chaos) and a `flaky: ...` line (--flaky). Exit 0 on a clean stop, 2 on a bad
 * flag (one line, no stack), 1 if it cannot listen. The secret key is never printed.
 */
import { SEEDED_FAULTS } from './faults/index';
import { MockOptionsError } from './MockOptionsError';
import { parseCliArgs, USAGE } from './parseCliArgs';
import { startMockServer } from './startMockServer';

async function main(): Promise<number> {
  const request = parseCliArgs(process.argv.slice(2), process.env);
  if (request.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (request.kind === 'list-faults') {
    for (const fault of SEEDED_FAULTS) console.log(`${fault.name}  — breaks: ${fault.breaksRule}  — ${fault.description}`);
    return 0;
  }
  if (request.kind === 'error') {
    console.error(`mock: ${request.message} (see --help)`);
    return 2;
  }
  let mock;
  try {
    mock = await startMockServer(request.options);
  } catch (error) {
    const known = error instanceof MockOptionsError;
    console.error(`mock: ${known ? error.message : error instanceof Error ? error.message.split('\n')[0] : 'cannot start'}`);
    return known ? 2 : 1;
  }
  // The truth about the drawn run-wide choices, to compare with what a suite learned.
  if (request.options.preset === 'chaos') console.log(`chaos: fixed choices ${JSON.stringify(mock.fixedChoices())} (seed ${request.options.chaosSeed})`);
  const flaky = request.options.flaky;
  if (flaky) console.log(`flaky: reset ${flaky.reset ?? 0}, 502 ${flaky.badGateway ?? 0} (half after the mock applied the request), lost ${flaky.lost ?? 0}, seed ${flaky.seed}`);
  console.log(`listening ${mock.url}`);
  const running = mock;
  return new Promise<number>((resolve) => {
    const stop = () => void running.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`mock: ${error instanceof Error ? error.message.split('\n')[0] : 'failed'}`);
    process.exit(1);
  },
);
