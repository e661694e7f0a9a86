/**
 * zod's settings for the renderer, imported by main.tsx before any module
 * that builds a schema (zod reads the setting when a schema is built).
 *
 * The Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval';
 * shared/security/) blocks `new Function`, so zod's compiled fast path for
 * objects can never run here and every parse takes the interpreted path.
 * `jitless` says so: zod does not try to compile, and skips the probe that
 * would otherwise be refused (and reported as a CSP violation) at start.
 * Node (tests, the desktop main process) has no such policy and keeps the
 * default.
 */
import { z } from 'zod';

z.config({ jitless: true });
