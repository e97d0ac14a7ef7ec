/**
 * The extractor's name and version, stored with every claim. Bump it when the
 * rules change what they produce: ingest re-extracts articles whose claims
 * came from another version. Kept in a file of its own so that callers that
 * only need the version do not load the NLP libraries.
 */
export const EXTRACTOR_VERSION = 'newsfacts-rules@123';
