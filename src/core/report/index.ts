/** The analysis sheet as a host-neutral model, and the function that builds it from an analysis. */
export * from './model.js';
export { buildReportFromColumns, firmOfContext, MIN_PRINT_SCALE, MAX_PRINT_SCALE, displayDate, clientCount, profitability, FORMATS, COLORS, THIN_MARGIN } from './build.js';
export type { ReportOptions } from './build.js';
export { adviceValue, topAdvice, topAdviceOfColumns } from './top-advice.js';
export { REPORT_LABELS, SETTING_LABELS, SOURCE_LABELS, MEASURE_LABELS } from './labels.js';
export type { ReportLabelId, SourceId } from './labels.js';
export { driverColumns, unusedColumns } from './sections/mapping.js';
