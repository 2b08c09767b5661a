// The small French page of an error the site's layout cannot render (an address Next cannot
// decode, a request Node's parser refuses): a title, a sentence, a way back. Pure.

/** `title` and `text` are the site's own fixed wording (never taken from the request). */
export function errorPage(title: string, text: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Palimpseste</title></head>
<body><main><h1>${title}</h1>
<p>${text}</p>
<p><a href="/">Retour à la liste des textes</a></p></main></body></html>
`;
}
