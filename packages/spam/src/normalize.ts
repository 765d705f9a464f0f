const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X'
      ? parseInt(name.slice(2), 16)
      : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** Keeps the address of a link written as HTML, since the address is the evidence. */
function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<a\s[^>]{0,300}?href\s*=\s*["']?([^"'\s>]+)[^>]{0,300}>/gi, ' $1 ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]{0,300}>/gi, ' ');
}

/**
 * Undoes the disguises spam uses to slip past word filters: HTML entities,
 * styled Unicode letters (NFKC folds them) and invisible characters.
 */
export function normalize(text: string): string {
  return stripTags(decodeEntities(text))
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}
