// The browser-safe ingest API (no node:*, no Buffer): what the report importer's worker calls.
export {
  parseReportFile,
  checkReport,
  type ParsedReportFile,
  type ParseStage,
  type ReportFileInput,
} from './report-file';
export { readSource, SUPPORTED_EXTENSIONS, MAX_FILE_BYTES } from './read-source';
export { parseDocument, buildReport, type ParsedDocument } from './parse';
export { IngestError, messages, type IngestErrorCode } from './errors';
export { sha256Hex } from './sha256';
export { toJson } from './json';
