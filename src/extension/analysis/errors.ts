/** Rejection reason of a request whose AbortSignal fired; callers tell it apart from engine failures. */
export class CancelledError extends Error {
  constructor(what = 'Analysis cancelled') {
    super(what);
    this.name = 'CancelledError';
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof Error && (e.name === 'CancelledError' || e.name === 'Canceled' || e.name === 'AbortError');
}
