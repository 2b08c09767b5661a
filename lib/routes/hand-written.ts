// What a hand-written internal address looks like in source text: a string literal or a template
// (or the part of one after `${origin}`) that starts with one of the site's paths. Comments and
// import specifiers ("@/lib/texts/…") do not start with a slash right after the quote.
const ADDRESS = /[`"'}](\/api\/v1(?=[/`"'$?#])|\/api\/oembed(?=[`"'$?#])|\/embed(?=[/`"'$?#])|\/texts(?=[/`"'$?#])|\/login(?=[`"'?#]))/u;

export interface HandWritten {
  line: number;
  text: string;
}

/** The lines of a source file that write an internal address by hand (1-based). */
export function handWrittenAddresses(source: string): HandWritten[] {
  return source.split("\n").flatMap((text, i) => {
    const code = text.trimStart();
    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) return [];
    return ADDRESS.test(text) ? [{ line: i + 1, text: code.slice(0, 160) }] : [];
  });
}
