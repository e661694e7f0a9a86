/** Reading a packed .docx in tests: unzip with fflate (docx's own zip library) and pull text out of the XML. */
import { strFromU8, unzipSync } from 'fflate';

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no ${name} in the package; parts: ${[...parts.keys()].join(', ')}`);
  return xml;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    if (entity === 'amp') return '&';
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

/** Each paragraph's text as Word shows it: `<w:t>` contents, `<w:br/>` as a newline, `<w:tab/>` as a tab, without the invisible word joiners that keep a range such as 2026–2028 on one line. */
export function paragraphTexts(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => {
    let text = '';
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      if (m[0] === '<w:br/>') text += '\n';
      else if (m[0] === '<w:tab/>') text += '\t';
      else text += unescapeXml(m[1] ?? '');
    }
    return text.replaceAll('\u2060', '');
  });
}

/** Headings in document order as `[style, text]`. */
export function headings(xml: string): [string, string][] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const found: [string, string][] = [];
  for (const p of paragraphs) {
    const style = /<w:pStyle w:val="(Title|Heading[1-3])"\/>/.exec(p)?.[1];
    if (style !== undefined) found.push([style, paragraphTexts(p).join('')]);
  }
  return found;
}
