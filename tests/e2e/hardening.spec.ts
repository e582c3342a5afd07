import { describeContentSecurityPolicy, describeOddRequests, describeResponseHeaders } from './hardening';

// The production server (`next start`): headers from next.config.ts, odd requests answered by proxy.ts.
describeResponseHeaders();
describeContentSecurityPolicy();
describeOddRequests();
