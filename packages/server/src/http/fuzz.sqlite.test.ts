import { fuzzWriteRoutes } from '../testing/openapi-fuzz.suite.js';

// The sqlite half of the fuzz suite of the write routes, in a file of its own so that it runs beside the other.
fuzzWriteRoutes('sqlite');
