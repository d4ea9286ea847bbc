/** The body of every error answer other than a validation error: a short, stable name a client can act on. */
export function errorBody(error: string): { type: 'error'; error: string } {
  return { type: 'error', error };
}
