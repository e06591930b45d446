// A resolver for the fictional `.test` host names of the fixture web: they all live on 127.0.0.1.
import { lookup as systemLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

export const fixtureLookup: LookupFunction = (hostname, options, callback) => {
  if (!hostname.endsWith('.test')) return systemLookup(hostname, options, callback);
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};
