export type { ArticleSource } from './article-source.js';
export { articleId, buildArticle, sha256, type BuiltArticle } from './article-builder.js';
export { decodeHtml } from './charset.js';
export { decodeUtf8Text, looksBinary } from './decode.js';
export { FileSource, FileSourceOptions, manifestEntryFor } from './file-source.js';
export { HttpSource, HttpSourceOptions, classifyFetchError, parseRetryAfter, type HostGate, type HttpSourceDeps } from './http-source.js';
export { dateFromUrl, extractHtmlArticle, isoDay, type HtmlArticle } from './html-article.js';
export { Manifest, ManifestEntry } from './manifest.js';
export { DocumentFormat, DocumentRef, RawDocument } from './raw-document.js';
