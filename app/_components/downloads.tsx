import { interfaceOf } from "@/lib/i18n/server";
// The files a page's content can be carried away in (Akoma Ntoso, Markdown, CSV): plain links to
// the API's exports, which work without JavaScript; not printed.
export interface Download {
  href: string;
  label: string;
  /** The file's media type, announced on the link. */
  type: string;
  /** The name the browser saves it under. */
  filename: string;
}

export async function Downloads({ files }: { files: readonly Download[] }) {
  const { t } = await interfaceOf();
  return (
    <p className="downloads meta no-print">
      {t("downloads.label")}{" "}
      {files.map((f, i) => (
        <span key={f.href}>
          {i > 0 ? " · " : ""}
          <a href={f.href} type={f.type} download={f.filename}>{f.label}</a>
        </span>
      ))}
    </p>
  );
}
