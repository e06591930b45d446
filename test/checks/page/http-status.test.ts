import httpStatus from '../../../src/checks/page/http-status.js';
import { checkCases } from '../../helpers/check-cases.js';

const page = '<title>Mairie de Saint-Exemple</title>';

checkCases(httpStatus, {
  pass: [{ html: page, status: 200, name: '200 OK' }],
  warn: [
    { html: page, status: 203, name: '203 Non-Authoritative Information', message: 'otherSuccess', values: { status: 203 } },
    { html: page, status: 206, name: '206 Partial Content', message: 'otherSuccess', values: { status: 206 } },
  ],
  fail: [
    { html: page, status: 404, name: '404 served as a page', message: 'unsuccessful', values: { status: 404 } },
    { html: page, status: 302, name: 'a redirect kept as a page', message: 'unsuccessful', values: { status: 302 } },
  ],
});
