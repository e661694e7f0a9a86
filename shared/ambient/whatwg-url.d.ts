/**
 * shared/ has neither DOM nor Node types, yet both hosts provide the WHATWG
 * URL class; this declares the part shared/ uses. Only shared/tsconfig.json
 * sees this file (the other layers get URL from their own libs).
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
