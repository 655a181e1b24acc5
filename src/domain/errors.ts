/** Write refusals, independent of GraphQL; src/errors.ts maps them to BAD_USER_INPUT and CONFLICT. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    /** The argument or field at fault, e.g. `input.place`. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}
