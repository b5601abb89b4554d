/** Medusa's error answer, `{ type, message, code? }`, as the helpers throw it. */
export class SweetSpotApiError extends Error {
  readonly name = "SweetSpotApiError"

  constructor(
    /** The HTTP status, e.g. 400, 404, 409. */
    readonly status: number,
    /** Medusa's error type, e.g. `invalid_data`, `not_found`, `conflict`, `unauthorized`. */
    readonly type: string,
    message: string,
    /** Medusa's optional error code, e.g. `insufficient_inventory`. */
    readonly code?: string
  ) {
    super(message)
  }
}

/** Whether a thrown value is an error answer of the API (as opposed to a network failure). */
export const isSweetSpotApiError = (error: unknown): error is SweetSpotApiError => error instanceof SweetSpotApiError
