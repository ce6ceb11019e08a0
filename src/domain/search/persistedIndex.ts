import type { Article } from '../knowledge/article.js';
import type { IndexData } from './knowledgeIndex.js';

/** Bumped whenever the stored layout or the term analysis changes: older files are rebuilt, not misread. */
export const INDEX_FORMAT_VERSION = 9;

/** The text half of a stored index: articles, vocabulary, and where each array sits in the binary half. */
interface IndexHeader {
  readonly version: number;
  readonly articles: readonly Article[];
  readonly terms: readonly string[];
  readonly surfaces: readonly string[];
  readonly termCount: number;
  readonly arrays: Record<ArrayName, { readonly offset: number; readonly length: number }>;
}

type ArrayName =
  | 'documentFrequencies'
  | 'surfaceTerms'
  | 'surfaceCases'
  | 'sentenceCounts'
  | 'sentenceSpans'
  | 'sentenceTermOffsets'
  | 'sentenceTerms'
  | 'baseOffsets'
  | 'baseKeys'
  | 'baseImpacts';

/**
 * Encodes an index as JSON (articles, terms, layout) plus one binary buffer holding its typed
 * arrays back to back, each aligned to 8 bytes so it can be viewed in place when loaded.
 */
export function encodeIndex(data: IndexData): { header: string; body: Buffer } {
  const arrays: [ArrayName, Uint8Array | Uint16Array | Uint32Array | Float32Array][] = [
    ['documentFrequencies', data.documentFrequencies],
    ['surfaceTerms', data.surfaceTerms],
    ['surfaceCases', data.surfaceCases],
    ['sentenceCounts', data.sentenceCounts],
    ['sentenceSpans', data.sentenceSpans],
    ['sentenceTermOffsets', data.sentenceTermOffsets],
    ['sentenceTerms', data.sentenceTerms],
    ['baseOffsets', data.base.offsets],
    ['baseKeys', data.base.keys],
    ['baseImpacts', data.base.impacts],
  ];
  const layout = {} as Record<ArrayName, { offset: number; length: number }>;
  let size = 0;
  for (const [name, array] of arrays) {
    layout[name] = { offset: size, length: array.length };
    size += align(array.byteLength);
  }
  const body = Buffer.alloc(size);
  for (const [name, array] of arrays) body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), layout[name].offset);
  const header: IndexHeader = { version: INDEX_FORMAT_VERSION, articles: data.articles, terms: data.terms, surfaces: data.surfaces, termCount: data.base.termCount, arrays: layout };
  return { header: JSON.stringify(header), body };
}

/** Decodes what {@link encodeIndex} wrote; null when the format is another version or the data is inconsistent. */
export function decodeIndex(headerText: string, body: Buffer): IndexData | null {
  let header: IndexHeader;
  try {
    header = JSON.parse(headerText) as IndexHeader;
  } catch {
    return null;
  }
  if (header.version !== INDEX_FORMAT_VERSION) return null;
  // Copy into a fresh, aligned buffer: a Buffer read from disk may start at any offset of its pool.
  const bytes = new Uint8Array(body.byteLength);
  bytes.set(body);
  const view = <T>(name: ArrayName, make: (buffer: ArrayBuffer, offset: number, length: number) => T, width: number): T | null => {
    const entry = header.arrays[name];
    if (entry === undefined || entry.offset + entry.length * width > bytes.byteLength) return null;
    return make(bytes.buffer, entry.offset, entry.length);
  };
  const u8 = (b: ArrayBuffer, o: number, l: number): Uint8Array => new Uint8Array(b, o, l);
  const u16 = (b: ArrayBuffer, o: number, l: number): Uint16Array => new Uint16Array(b, o, l);
  const u32 = (b: ArrayBuffer, o: number, l: number): Uint32Array => new Uint32Array(b, o, l);
  const f32 = (b: ArrayBuffer, o: number, l: number): Float32Array => new Float32Array(b, o, l);
  const documentFrequencies = view('documentFrequencies', u32, 4);
  const surfaceTerms = view('surfaceTerms', u32, 4);
  const surfaceCases = view('surfaceCases', u8, 1);
  const sentenceCounts = view('sentenceCounts', u16, 2);
  const sentenceSpans = view('sentenceSpans', u32, 4);
  const sentenceTermOffsets = view('sentenceTermOffsets', u32, 4);
  const sentenceTerms = view('sentenceTerms', u32, 4);
  const offsets = view('baseOffsets', u32, 4);
  const keys = view('baseKeys', u32, 4);
  const impacts = view('baseImpacts', f32, 4);
  if (
    documentFrequencies === null || surfaceTerms === null || surfaceTerms.length !== header.surfaces.length ||
    surfaceCases === null || surfaceCases.length !== header.surfaces.length || sentenceCounts === null || sentenceSpans === null || sentenceTermOffsets === null ||
    sentenceTerms === null || offsets === null || keys === null || impacts === null || documentFrequencies.length !== header.terms.length
  ) {
    return null;
  }
  return {
    articles: header.articles,
    terms: header.terms,
    documentFrequencies,
    surfaces: header.surfaces,
    surfaceTerms,
    surfaceCases,
    sentenceCounts,
    sentenceSpans,
    sentenceTermOffsets,
    sentenceTerms,
    base: { termCount: header.termCount, offsets, keys, impacts },
  };
}

function align(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}
