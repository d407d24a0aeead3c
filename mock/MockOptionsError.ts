/** A bad mock option: one line that names the option. Thrown at the edge only (startMockServer, cli). */
export class MockOptionsError extends Error {
  override readonly name = 'MockOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}
