// zod 4 probes `new Function('')` on its first object parse to decide whether to compile parsers; the pages' CSP
// allows no 'unsafe-eval' (scripts/lib/securityHeaders.cjs), so the probe is blocked and reported as a violation
// on every load. jitless mode skips both the probe and the compiler (zod's `config({ jitless: true })`).
// Imported first by the service modules, before any Graph or auth code parses a response.
import { config } from 'zod';

config({ jitless: true });
