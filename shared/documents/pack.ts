/**
 * Packing a built document to the bytes of a .docx file, separate from
 * building it. `Packer.toArrayBuffer` zips with fflate and needs neither
 * Node's Buffer (`toBuffer`) nor the DOM's Blob (`toBlob`), so the same
 * call runs in the renderer, in Electron's main process and in tests.
 */
import { Packer } from 'docx';
import type { Document } from 'docx';

export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
