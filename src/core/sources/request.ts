/**
 * What a pane asks for when it makes the client list from the workbook's sheets (*Klantenlijst
 * maken*), and the build options it stands for. One shape for the Excel taskpane and the Google Sheets sidebar.
 */
import type { Language } from '../types.js';
import type { BuildOptions, SourceChoice, SourceRecognition } from './types.js';

/** One sheet of the workbook as a possible source. */
export type SheetSource = {
  sheet: string;
  /** Rows with something in them (as the host counts them: the used range's rows). */
  rows: number;
  recognition: SourceRecognition;
};

export type ListRequest = {
  /** The sheets in the order the user sees them: whether each is used, and the user's choices for it. */
  sheets: { sheet: string; use: boolean; choice?: SourceChoice }[];
  period?: string;
  paymentTermDays?: number;
  same?: [string, string][];
  apart?: [string, string][];
};

/** The sheets to read, in order, and the options whose `choices` follow that order. */
export function requestOptions(request: ListRequest, language: Language): { sheets: string[]; options: BuildOptions } {
  const used = request.sheets.filter((s) => s.use);
  return {
    sheets: used.map((s) => s.sheet),
    options: {
      language,
      ...(request.period ? { period: request.period } : {}),
      ...(request.paymentTermDays !== undefined ? { paymentTermDays: request.paymentTermDays } : {}),
      same: request.same ?? [],
      apart: request.apart ?? [],
      choices: used.map((s) => s.choice),
    },
  };
}
