/**
 * Petition lists as Excel sheets (Apache POI): the export of a filtered list ({@link
 * vn.dannguyen.petition.excel.PetitionSheetExport}), the import template ({@link
 * vn.dannguyen.petition.excel.PetitionSheetTemplate}) and the reading of a filled-in template ({@link
 * vn.dannguyen.petition.excel.PetitionSheetReader}), on a reader of any sheet's rows within bounds a hostile
 * workbook cannot pass ({@link vn.dannguyen.petition.excel.BoundedSheetReader}). What is read is handed to
 * {@link vn.dannguyen.petition.PetitionImport} as {@link vn.dannguyen.petition.SheetRow}s, which know no Excel.
 */
package vn.dannguyen.petition.excel;
