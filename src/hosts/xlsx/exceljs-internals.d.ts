// The two ExcelJS 4 internals the streaming writer reuses (stream-writer.ts), so its styles and text escaping are
// ExcelJS's own: the same style ids and the same `styles.xml` as ExcelJS's writer produces.
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  class StylesXform {
    constructor(initialise: boolean);
    /** The cellXfs index of a style object (ExcelJS caches it per object, by first use). */
    addStyleModel(style: object, cellType: number): number;
    readonly xml: string;
  }
  export default StylesXform;
}

declare module 'exceljs/lib/utils/utils.js' {
  const utils: { xmlEncode(text: string): string };
  export default utils;
}
