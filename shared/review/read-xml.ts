/**
 * A strict, single-pass XML reader for the parts of a returned Word file.
 * shared/templates/word-xml.ts reads our own and the secretariat's documents
 * leniently; a file back from a reviewer may be anything, so this one refuses
 * instead of guessing: every character must belong to a token, every
 * element must close in order, and any DOCTYPE, entity declaration or
 * entity other than the five XML ones is refused (nothing is ever expanded,
 * so no entity bomb can grow). The scan is linear: no token can run past the
 * next `<` except comments, CDATA and processing instructions, which must close.
 */
import { attribute, decodeXmlEntities } from '../templates/word-xml.ts';

export { attribute };

export interface XmlTag {
  /** Qualified name as written: `w:comment`. */
  name: string;
  prefix: string;
  local: string;
  /** The raw attribute text; read values with `attribute`. */
  attributes: string;
  selfClosing: boolean;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  /** Also called right after `open` for a self-closing tag. */
  close?(tag: XmlTag): void;
  /** Character data, entities decoded; whitespace between tags included. */
  text?(text: string): void;
}

/** Why a part cannot be read: `unsafe` for DOCTYPE/entities, `broken` for anything else that is not well-formed. */
export interface XmlFault {
  kind: 'unsafe' | 'broken';
  /** Swedish, completes "… är inte giltig XML: " / "… innehåller ". */
  detail: string;
}

const tokenPattern =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!([A-Za-z]+)|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;

const knownEntity = /&(?:lt|gt|amp|quot|apos|#x[0-9A-Fa-f]{1,8}|#[0-9]{1,10});/y;

/** Where in the text a position is, for a message a person can follow. */
function lineOf(xml: string, index: number): number {
  let line = 1;
  for (let at = xml.indexOf('\n'); at >= 0 && at < index; at = xml.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** Checks that every `&` starts one of the entities XML itself defines. */
function unknownEntity(text: string): string | null {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    knownEntity.lastIndex = at;
    if (!knownEntity.test(text)) return /^&[A-Za-z_][\w.-]*;/.exec(text.slice(at, at + 60))?.[0] ?? '&';
  }
  return null;
}

/**
 * Reads `xml`, calling the handlers in document order, and returns the first
 * fault, or null when the part is well-formed. Handlers see everything up to
 * the fault; a caller that gets a fault must throw away what it gathered.
 */
export function readXml(xml: string, handlers: XmlHandlers): XmlFault | null {
  const stack: string[] = [];
  let roots = 0;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const broken = (detail: string): XmlFault => ({ kind: 'broken', detail: `${detail} (rad ${lineOf(xml, at)})` });
  tokenPattern.lastIndex = at;
  while (at < xml.length) {
    const m = tokenPattern.exec(xml);
    if (!m) {
      const rest = xml.slice(at, at + 9);
      if (rest.startsWith('<!--') || rest.startsWith('<![CDATA[') || rest.startsWith('<?')) return broken('en kommentar eller instruktion avslutas aldrig');
      return broken('ett tecken «<» som inte börjar någon tagg');
    }
    at = tokenPattern.lastIndex;
    const [, cdata, declaration, slash, name, attributes, selfClose, text] = m;
    if (declaration !== undefined) {
      const upper = declaration.toUpperCase();
      return upper === 'DOCTYPE' || upper === 'ENTITY'
        ? { kind: 'unsafe', detail: `en ${upper}-deklaration, som ett Word-dokument aldrig har och som kan användas för att spränga minnet (en «entity-bomb»)` }
        : broken(`en okänd deklaration «<!${declaration}»`);
    }
    if (text !== undefined) {
      const unknown = unknownEntity(text);
      if (unknown !== null)
        return unknown === '&' ? broken('ett «&» som inte börjar någon entitet') : { kind: 'unsafe', detail: `entiteten «${unknown}», som bara en DOCTYPE kan definiera` };
      if (stack.length === 0) {
        if (text.trim() !== '') return broken('text utanför dokumentets rotelement');
        continue;
      }
      handlers.text?.(decodeXmlEntities(text));
      continue;
    }
    if (cdata !== undefined) {
      if (stack.length === 0) return broken('text utanför dokumentets rotelement');
      handlers.text?.(cdata);
      continue;
    }
    if (name === undefined) continue; // a comment or processing instruction
    const colon = name.indexOf(':');
    const tag: XmlTag = {
      name,
      prefix: colon < 0 ? '' : name.slice(0, colon),
      local: colon < 0 ? name : name.slice(colon + 1),
      attributes: attributes ?? '',
      selfClosing: selfClose === '/',
    };
    if (slash === '/') {
      if (tag.selfClosing || tag.attributes.trim() !== '') return broken(`sluttaggen «${name}» är felskriven`);
      const expected = stack.pop();
      if (expected !== name) return broken(expected === undefined ? `sluttaggen «${name}» har ingen starttagg` : `«${expected}» avslutas med «${name}»`);
      handlers.close?.(tag);
      continue;
    }
    const unknown = unknownEntity(tag.attributes);
    if (unknown !== null)
      return unknown === '&' ? broken('ett «&» som inte börjar någon entitet') : { kind: 'unsafe', detail: `entiteten «${unknown}», som bara en DOCTYPE kan definiera` };
    if (stack.length === 0) {
      roots += 1;
      if (roots > 1) return broken('mer än ett rotelement');
    }
    handlers.open?.(tag);
    if (tag.selfClosing) handlers.close?.(tag);
    else stack.push(name);
  }
  if (stack.length > 0) return broken(`filen tar slut innan «${stack.at(-1) ?? ''}» avslutas; den är avkortad`);
  if (roots === 0) return broken('inget rotelement');
  return null;
}

/** The namespaces the root element declares: URI → prefix ('' for the default namespace). */
export function rootNamespaces(attributes: string): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const m of attributes.matchAll(/(?:^|\s)xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const uri = decodeXmlEntities(m[2] ?? m[3] ?? '');
    if (!prefixes.has(uri)) prefixes.set(uri, m[1] ?? '');
  }
  return prefixes;
}

/** WordprocessingML's main namespace, transitional and strict. */
export const wordNamespaces = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
export const word2010Namespace = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const word2012Namespace = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const compatibilityNamespace = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The prefix a root binds to the first of `uris` it declares, else `fallback`. */
export function prefixOf(namespaces: ReadonlyMap<string, string>, uris: readonly string[], fallback: string): string {
  for (const uri of uris) {
    const prefix = namespaces.get(uri);
    if (prefix !== undefined) return prefix;
  }
  return fallback;
}

/** An OOXML date as ISO 8601 when it is one (`2026-11-20T10:15:00Z`), else null. */
export function isoDate(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(trimmed) ? trimmed : null;
}
