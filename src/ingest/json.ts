// The one serialisation used for every output file lives with the report model (the browser's
// download writes the same bytes).
export { toJson } from '../domain/report-json';
