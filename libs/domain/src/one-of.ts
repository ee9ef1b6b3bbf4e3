// A file of its own: the web's list page checks its URL with it, and a page takes the whole file of what it imports.

/** Whether a value from outside (a form, a URL, a stored text) is one of a list of codes. */
export function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  // Exported, so it never throws either: a list that is not one contains nothing.
  return typeof value === 'string' && Array.isArray(list) && (list as readonly string[]).includes(value);
}
