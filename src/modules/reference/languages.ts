/** Working languages: ISO 639-1 codes, as a person would type them. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
