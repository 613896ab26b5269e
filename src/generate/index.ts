export { generateBundle, type GenerateOptions, type GenerateResult } from './generate-bundle.js';
export { isValidSchoolCode, makeSchoolCode, schoolCodeCheckDigit } from '../model/school-code.js';
export { usersFields, type UsersLayout } from './rows-users.js';
