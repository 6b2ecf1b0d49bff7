// Quotes around a name (「High-Flyer」, “Zenith”), which discovery and the matcher look for.

/** The opening and closing quotes, as characters of a regular expression's class. */
export const OPENING_QUOTES = '「『“"';
export const CLOSING_QUOTES = '」』”"';
export const isOpeningQuote = (ch: string | undefined) => !!ch && OPENING_QUOTES.includes(ch);
export const isClosingQuote = (ch: string | undefined) => !!ch && CLOSING_QUOTES.includes(ch);
