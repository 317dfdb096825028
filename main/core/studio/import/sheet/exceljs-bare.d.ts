// exceljs's prebuilt bundle without polyfills: the same API as the package's main entry (its types).
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
