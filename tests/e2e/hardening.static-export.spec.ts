import { describeContentSecurityPolicy, describeOddRequests, describeResponseHeaders } from './hardening';

// The static export (out/) as a static host serves it: headers from its _headers file (see
// scripts/serve-static.mjs); the file name puts these tests in the static-export project.
describeResponseHeaders();
describeContentSecurityPolicy();
describeOddRequests();
