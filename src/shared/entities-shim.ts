// Stands in for the `entities` package inside markdown-it's bundle: its full HTML entity table is
// half of markdown-it's size, and a design document uses a handful of entities. Numeric entities
// are all decoded; named ones from the list below; any other is left as written (as in source).
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  rarr: '→', larr: '←', harr: '↔', uarr: '↑', darr: '↓', rArr: '⇒', lArr: '⇐', hArr: '⇔', times: '×', divide: '÷',
  plusmn: '±', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', deg: '°', micro: 'µ', middot: '·', bull: '•',
  sect: '§', para: '¶', euro: '€', pound: '£', yen: '¥', cent: '¢', check: '✓', cross: '✗', shy: '\u00ad',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
};

function decodeOne(entity: string): string {
  const body = entity.slice(1, entity.endsWith(';') ? -1 : undefined);
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? entity;
}

export function decodeHTML(text: string): string {
  return text.replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, decodeOne);
}

export function decodeHTMLStrict(text: string): string {
  return text.replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, decodeOne);
}
