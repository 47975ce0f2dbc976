/**
 * The core's public API: pure TypeScript, no host. Every host (Excel, Sheets, xlsx/CLI) imports from here.
 */
export * from './types.js';
export * from './fields.js';
export {
  readClientTable, HEAD_ROWS, bindDrivers, normaliseHeader, fieldForHeader, isTotalLabel, missingFieldProblems,
  detectSeparator, separatorCandidates, durationCellText, durationFromCell, isDurationText, parseDurationText, timeFormatShape,
} from './read/index.js';
export { columnLetter } from './a1.js';
export { interpretHeader, fieldVocabulary, VOCABULARY } from './headers.js';
export type { HeaderMeaning } from './headers.js';
export type { ReadOptions, TableRest } from './read/index.js';
export { analyseColumns, analyseTable, clientColumns, materialise, materialiseOne, SIGNAL_IDS } from './analyse.js';
export type { ClientColumns, ColumnarAnalysis } from './analyse.js';
export { resolveSettings, DEFAULT_SETTINGS, SETTING_SOURCES, todayIso, countryOfLanguage, withLanguageCountry } from './settings.js';
export { SETTINGS, SETTING_LIST, settingDefinition, isNumberKind, flagName, defaultsOf } from './settings-registry.js';
export type {
  SettingDefinition, SettingKind, SettingChoice, SettingsRegistry, DefaultSource, ReportShow, Texts,
} from './settings-registry.js';
export { checkSettings, settingIssueText, settingNumberFromText, SETTING_ISSUE_MESSAGES } from './settings-check.js';
export type { SettingIssue, SettingRule } from './settings-check.js';
export { STATUTORY_RATES, statutoryRateOn, averageStatutoryRate } from './interest.js';
export * from './figures.js';
export * from './cost.js';
export { abcFixed, abcComputed, pyramidTiers, tierBounds, whaleCurve, CLASS_LETTERS, TIER_CODES, CURRY_REVENUE_SHARE } from './classify.js';
export { computedAbc } from './abc-computed.js';
export { parseNumberText, settleNotation } from './numbers.js';
export type { Notation } from './numbers.js';
export { roundToCents } from './cents.js';
export * from './messages.js';
export * from './i18n.js';
export { rankDescending } from './sort.js';
export * from './report/index.js';
export { releaseScratch } from './scratch.js';
export { profileOf, measureOf, medianOf, furthest, profileSentence, profileValueText, MIN_PROFILE_CLIENTS } from './profile.js';
export type { ProfileInput } from './profile.js';
export * from './conversation/index.js';
export * from './sources/index.js';
export { headerCandidates, KIND_FIELDS } from './sources/columns.js';
export { escapeXml } from './xml.js';
