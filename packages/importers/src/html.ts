const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
};

const TAG = /<\/?[a-z!][^>]*>/gi;
const BLOCKQUOTE = /<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi;
const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi;
const BLOCK_TAG = /<\/?(?:p|div|ul|ol|h[1-6]|pre|table|tr|section|article|figure|figcaption|hr)\b[^>]*>/gi;

/** Converts simple HTML (as blogs and comment systems store it) to markdown-ish text with no HTML left. */
export function htmlToMarkdown(html: string): string {
  return tidy(escapeTagLikeText(decodeEntities(convertTags(html))));
}

/** For one-line fields (titles, names, tags), which blogs also store HTML-escaped. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(TAG, '')).replace(/\s+/g, ' ').trim();
}

function convertTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCKQUOTE, (_, inner: string) => `\n\n${quote(convertTags(inner))}\n\n`)
    .replace(ANCHOR, (_, _quote, href: string, inner: string) => link(inner, href))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, '**$2**')
    .replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, '*$2*')
    .replace(/<h([1-6])\b[^>]*>/gi, (_, level: string) => `\n\n${'#'.repeat(Number(level))} `)
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(TAG, '');
}

function link(inner: string, href: string): string {
  const label = inner.replace(TAG, '').trim();
  const url = href.trim();
  if (!/^(https?:|mailto:)/i.test(url)) return label;
  if (label === '' || label === url) return url;
  return `[${label}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)})`;
}

function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line.trim()}`)
    .join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Text that was escaped in the source (`&lt;b&gt;`) must not turn into markup once decoded. */
function escapeTagLikeText(text: string): string {
  return text.replace(/<(?=[a-z/!?])/gi, '\\<');
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
