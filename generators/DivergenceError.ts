import type { Divergence } from '../lib/oracle/types';

/**
 * Thrown inside a property run when the target's answer differs from the model's. Its
 * message is the one readable divergence line; fast-check catches it and shrinks.
 */
export class DivergenceError extends Error {
  override readonly name = 'DivergenceError';
  constructor(readonly divergence: Divergence) {
    super(divergence.line);
  }
}

/**
 * Thrown when the target gave no answer (retries exhausted, timeouts) or a fixture
 * failed: the run proves nothing either way, so it must not be shrunk as a failure.
 */
export class InconclusiveError extends Error {
  override readonly name = 'InconclusiveError';
}
