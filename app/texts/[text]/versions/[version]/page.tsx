import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { asSources, formatDate, isoDate } from "@/app/_components/format";
import { ProvisionTree } from "@/app/_components/provisions";
import { SourcesList } from "@/app/_components/sources";
import { StatusBadge, StatusBanner } from "@/app/_components/status";
import { loadVersion } from "@/lib/texts/loaders";

type Params = { params: Promise<{ text: string; version: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const view = await loadVersion(p.text, p.version);
  if (!view) return {};
  return {
    title: `${view.version.title} — ${view.version.text.shortTitle}`,
    description: `${view.version.title} (${formatDate(view.version.date)}), ${view.version.adoptedBy}.`,
  };
}

export default async function VersionPage({ params }: Params) {
  const p = await params;
  const view = await loadVersion(p.text, p.version);
  if (!view) notFound();
  const { version, tree } = view;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Fil d'Ariane">
        <ol>
          <li><a href="/">Textes</a></li>
          <li><a href={`/texts/${version.text.slug}`}>{version.text.shortTitle}</a></li>
          <li aria-current="page">{version.title}</li>
        </ol>
      </nav>
      <h1>
        {version.title} <StatusBadge status={version.textStatus} />
      </h1>
      <dl className="facts">
        <dt>Date</dt>
        <dd><time dateTime={isoDate(version.date)}>{formatDate(version.date)}</time></dd>
        <dt>Adopté par</dt>
        <dd>{version.adoptedBy}</dd>
        {version.documentNumber ? (<><dt>Document</dt><dd>{version.documentNumber}</dd></>) : null}
        {version.numac ? (<><dt>Numac</dt><dd>{version.numac}</dd></>) : null}
        <dt>Empreinte SHA-256</dt>
        <dd><code>{version.sha256}</code></dd>
      </dl>
      <StatusBanner status={version.textStatus} notes={version.notes} />
      <h2 id="texte">Texte</h2>
      {tree.length === 0 ? <p>Cette version ne contient aucune disposition.</p> : <ProvisionTree nodes={tree} sources={asSources(version.sources)} />}
      <h2 id="sources">Sources</h2>
      <SourcesList sources={version.sources} />
    </>
  );
}
