import { loadTexts } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

export default async function HomePage() {
  const texts = await loadTexts();
  return (
    <>
      <h1>Les textes suivis</h1>
      <p className="lede">
        Palimpseste garde chaque version d&rsquo;un texte de loi, de l&rsquo;avant-projet à l&rsquo;arrêt de la Cour, et les
        compare mot à mot, article par article, même quand les articles changent de numéro.
      </p>
      {texts.length === 0 ? (
        <p>Aucun texte n&rsquo;est encore chargé.</p>
      ) : (
        <ul>
          {texts.map((t) => (
            <li key={t.slug} className="card">
              <h2 style={{ marginTop: 0 }}>
                <a href={addressOf({ kind: "text", text: t.slug })}>{t.shortTitle}</a>
              </h2>
              <p>{t.titleFr}</p>
              <p className="meta">
                {t.jurisdiction} · {t._count.versions} version{t._count.versions > 1 ? "s" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
