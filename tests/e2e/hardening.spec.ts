import { describeContentSecurityPolicy, describeOddRequests, describeResponseHeaders } from './hardening';

// Runs against the production server (`next start`: headers from next.config.ts, odd requests answered by
// proxy.ts) and against the static export as a static host serves it (headers from its _headers file, see
// scripts/serve-static.mjs): the project in playwright.config.ts decides which.
describeResponseHeaders();
describeContentSecurityPolicy();
describeOddRequests();
