export { dateProblemMessage, IsoDatePicker, readFieldText } from './IsoDatePicker';
export type { IIsoDatePickerProps } from './IsoDatePicker';
export { dateFormatting, datePickerStrings, isoToPickerDate, parseTypedDate, pickerDateToIso } from './datePickerStrings';
