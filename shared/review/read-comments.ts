/**
 * word/comments.xml and word/commentsExtended.xml: who wrote what, and
 * which comment answers which. A reply is tied to its parent through the
 * w14:paraId of each comment's last paragraph (commentsExtended.xml's
 * w15:paraId/w15:paraIdParent); w15:done="1" marks a resolved thread.
 */
import { formatInteger } from '../format.ts';
import { attribute, isoDate, prefixOf, readXml, rootNamespaces, word2010Namespace, word2012Namespace, wordNamespaces, type XmlFault } from './read-xml.ts';

export interface CommentEntry {
  id: string;
  author: string;
  initials: string;
  date: string | null;
  text: string;
  /** The last paragraph's w14:paraId, null when it has none. */
  lastParaId: string | null;
}

export type CommentsParsed = { ok: true; comments: CommentEntry[] } | { ok: false; fault: XmlFault } | { ok: false; tooMany: string };

/** Reads comments.xml; stops at the first fault or when there are more than `maxComments`. */
export function parseComments(xml: string, maxComments: number): CommentsParsed {
  const comments: CommentEntry[] = [];
  let w = 'w';
  let w14 = 'w14';
  let current: (CommentEntry & { paragraphs: string[] }) | null = null;
  let paragraph: string[] | null = null;
  let inText = 0;
  let inDeleted = 0;
  let tooMany = false;
  const fault = readXml(xml, {
    open(tag) {
      if (tooMany) return;
      if (comments.length === 0 && current === null && tag.local === 'comments') {
        const namespaces = rootNamespaces(tag.attributes);
        w = prefixOf(namespaces, wordNamespaces, 'w');
        w14 = prefixOf(namespaces, [word2010Namespace], 'w14');
      }
      if (tag.prefix !== w) return;
      switch (tag.local) {
        case 'comment':
          if (comments.length >= maxComments) {
            tooMany = true;
            return;
          }
          current = {
            id: attribute(tag.attributes, `${w}:id`) ?? '',
            author: attribute(tag.attributes, `${w}:author`) ?? '',
            initials: attribute(tag.attributes, `${w}:initials`) ?? '',
            date: isoDate(attribute(tag.attributes, `${w}:date`)),
            text: '',
            lastParaId: null,
            paragraphs: [],
          };
          break;
        case 'p':
          if (current) {
            paragraph = [];
            current.lastParaId = attribute(tag.attributes, `${w14}:paraId`);
          }
          break;
        case 't':
          inText += 1;
          break;
        case 'del':
        case 'moveFrom':
          inDeleted += 1;
          break;
        case 'tab':
          if (inDeleted === 0) paragraph?.push('\t');
          break;
        case 'br':
        case 'cr':
          if (inDeleted === 0) paragraph?.push('\n');
          break;
      }
    },
    close(tag) {
      if (tooMany || tag.prefix !== w) return;
      switch (tag.local) {
        case 'comment':
          if (current) {
            const { paragraphs, ...entry } = current;
            comments.push({ ...entry, text: paragraphs.join('\n').trim() });
          }
          current = null;
          break;
        case 'p':
          if (current && paragraph) current.paragraphs.push(paragraph.join(''));
          paragraph = null;
          break;
        case 't':
          inText -= 1;
          break;
        case 'del':
        case 'moveFrom':
          inDeleted -= 1;
          break;
      }
    },
    text(text) {
      if (inText > 0 && inDeleted === 0) paragraph?.push(text);
    },
  });
  if (tooMany) return { ok: false, tooMany: `filen har fler än ${formatInteger(maxComments)} kommentarer, vilket ingen granskning har; den lästes inte in` };
  if (fault) return { ok: false, fault };
  return { ok: true, comments };
}

export interface CommentState {
  /** paraId of the parent comment's last paragraph. */
  parentParaId: string | null;
  done: boolean;
}

export type CommentsExtendedParsed = { ok: true; byParaId: Map<string, CommentState> } | { ok: false; fault: XmlFault };

/** Reads commentsExtended.xml: per paraId, its parent's paraId and whether it is resolved. */
export function parseCommentsExtended(xml: string): CommentsExtendedParsed {
  const byParaId = new Map<string, CommentState>();
  let w15 = 'w15';
  let rootSeen = false;
  const fault = readXml(xml, {
    open(tag) {
      if (!rootSeen) {
        rootSeen = true;
        w15 = prefixOf(rootNamespaces(tag.attributes), [word2012Namespace], 'w15');
      }
      if (tag.prefix !== w15 || tag.local !== 'commentEx') return;
      const paraId = attribute(tag.attributes, `${w15}:paraId`);
      if (paraId === null) return;
      const done = attribute(tag.attributes, `${w15}:done`);
      byParaId.set(paraId.toUpperCase(), {
        parentParaId: attribute(tag.attributes, `${w15}:paraIdParent`)?.toUpperCase() ?? null,
        done: done !== null && /^(1|true|on)$/i.test(done.trim()),
      });
    },
  });
  return fault ? { ok: false, fault } : { ok: true, byParaId };
}
