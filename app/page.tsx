import { loadTexts } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";
import { interfaceOf } from "@/lib/i18n/server";

export default async function HomePage() {
  const texts = await loadTexts();
  const { language, t } = await interfaceOf();
  // The texts' titles are French: read with a French voice on a page in another language.
  const fr = language === "fr" ? undefined : "fr";
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lede">{t("home.lede")}</p>
      {texts.length === 0 ? (
        <p>{t("home.empty")}</p>
      ) : (
        <ul>
          {texts.map((text) => (
            <li key={text.slug} className="card">
              <h2 style={{ marginTop: 0 }}>
                <a href={addressOf({ kind: "text", text: text.slug })} lang={fr}>
                  {text.shortTitle}
                </a>
              </h2>
              <p lang={fr}>{text.titleFr}</p>
              <p className="meta">
                <span lang={fr}>{text.jurisdiction}</span> · {t("home.versions", { count: text._count.versions })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
