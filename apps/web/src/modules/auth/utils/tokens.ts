/** The shape of an emailed link's secret (contract `emailedToken`); anything else is a mangled link. */
export const isLinkToken = (value: string): boolean => /^[A-Za-z0-9_-]{20,200}$/.test(value);
