/**
 * The environment for a child conformance run: the parent's, minus what would leak the parent's
 * role into the child, plus the run's own variables.
 *
 * Why: a run started from inside a self-test inherits RCC_SUITE=self (which would make the child run
 * the self suite) and Playwright's worker variables (TEST_WORKER_INDEX, PW_*), which confuse a nested
 * Playwright runner. Variables set to `undefined` in `overrides` are removed.
 */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(TEST_|PW_|PLAYWRIGHT_|RCC_SUITE$|RCC_SELF_RESULTS$|NODE_OPTIONS$|FORCE_COLOR$)/.test(key)) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Overrides that make a run use the embedded mock whatever the caller's environment says:
 * an inherited CHAT_TARGET_URL or CHAT_REGION would send the run to a real target.
 * Empty values win over a `.env` file (dotenv never overrides a variable that is set).
 */
export const EMBEDDED_TARGET: Record<string, string | undefined> = {
  CHAT_TARGET_URL: '',
  CHAT_REGION: '',
  CHAT_SECRET_KEY: undefined,
  CHAT_SDKAPPID: undefined,
  CHAT_ADMIN: undefined,
};
