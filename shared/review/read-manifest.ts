/**
 * The review manifest our export puts in the package as a custom XML part
 * (customXml/itemN.xml; Word and LibreOffice both keep these through a save).
 * Only found and returned here, as text; shared/review/anchors.ts parses it.
 */
import { readXml, rootNamespaces, type XmlFault } from './read-xml.ts';
import { REVIEW_MANIFEST_NAMESPACE } from './read-types.ts';

/** customXml/item1.xml …, not the itemProps that describe them. */
export const customXmlItemPattern = /^customXml\/item\d*\.xml$/i;

export type ManifestCheck = { ok: true; isManifest: boolean } | { ok: false; fault: XmlFault };

/** Whether a custom XML part is well-formed and its root is in the manifest's namespace. */
export function checkCustomXml(xml: string): ManifestCheck {
  let isManifest = false;
  let rootSeen = false;
  const fault = readXml(xml, {
    open(tag) {
      if (rootSeen) return;
      rootSeen = true;
      const namespaces = rootNamespaces(tag.attributes);
      isManifest = namespaces.get(REVIEW_MANIFEST_NAMESPACE) === tag.prefix;
    },
  });
  return fault ? { ok: false, fault } : { ok: true, isManifest };
}
