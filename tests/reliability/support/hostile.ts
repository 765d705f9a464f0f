import fc from 'fast-check';

const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u202Eevil\u202C',
  'e\u0301\u0308\u0327\u0335',
  '👩‍👩‍👧‍👦',
  'ﷺ',
  '𝕳𝖊𝖑𝖑𝖔',
  "'; drop table comments; --",
  "' or 1=1 --",
  '1) union select password_hash from users --',
  '$1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '../../../etc/passwd',
  '%00',
  '%ZZ',
  '__proto__',
  'constructor',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '9'.repeat(400),
  '00000000-0000-0000-0000-000000000000',
];

/** Strings a hostile or careless client sends: unicode edge cases, SQL, HTML, huge ones. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 70_000).map((n) => 'x'.repeat(n)) },
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** JSON text nested `depth` times: parsers and validators that recurse may overflow. */
const deepJson = fc.integer({ min: 50, max: 5000 }).map((depth) => {
  const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '[' : '{"body":')).join('');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 ? ']' : '}')).reverse().join('');
  return `${open}"bottom"${close}`;
});

// Field names the contracts use, so wrong types reach the validators and handlers rather than
// stopping at "unknown object".
const FIELDS = [
  'body', 'title', 'tags', 'parentId', 'handle', 'email', 'password', 'login', 'displayName', 'role', 'status',
  'moderationMode', 'authorBio', 'slowModeMinutes', 'studyId', 'stance', 'quote', 'identifiers', 'shortName', 'design',
  'sampleSize', 'authors', 'doi', 'reason', 'note', 'action', 'ids', 'decision', 'until', 'days', 'minutes', 'enabled',
  'state', 'visibility', 'text', 'level', 'source', 'kind', 'message', 'outcome', 'settings', 'value', 'key',
];

/** A valid body with one field replaced or added: the rest passes, so the odd value reaches the handler. */
function nearValid(example: Record<string, unknown>) {
  return fc.oneof(
    fc.constant(example),
    fc.tuple(fc.constantFrom(...Object.keys(example), 'extra'), anyValue).map(([key, value]) => ({ ...example, [key]: value })),
  );
}

/** Request bodies: a route's valid body with one odd field, right names with wrong types, any JSON. */
export function hostileBody(example: Record<string, unknown> | undefined): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: example ? 8 : 0, arbitrary: nearValid(example ?? {}) },
    { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Raw payloads sent as they are, whatever their declared type: broken JSON, deep nesting. */
export const rawPayload = fc.oneof(deepJson, fc.constantFrom('{', '{"body":', 'null', '[]', '"text"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', 'body=hello&title=x', '<xml/>'));

export const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/problem+json',
  '',
  'garbage/\u0000',
);

/** Percent-encodes for a URL or header; a lone surrogate cannot be encoded, so it becomes U+FFFD there (bodies keep it). */
export const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

const QUERY_KEYS = ['sort', 'cursor', 'limit', 'q', 'tag', 'state', 'page', 'since', 'topic', 'kind', 'before', 'after', 'status', 'threadId', 'userId', 'design'];

/** Querystrings: known keys and odd ones, repeated keys, bracket syntax. */
export const hostileQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString, fc.constant('a[b][c]')), hostileString), { maxLength: 5 })
  .map((pairs) => (pairs.length ? '?' + pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&') : ''));

/** A path segment: a real id of the right kind, a random uuid, or a hostile string (mostly encoded). */
export function pathSegment(real: string[]) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: hostileString.map((s) => encode(s.slice(0, 300)) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%00', '..', '%2e%2e%2f', '%C0%AF', '%uD800') },
  );
}
