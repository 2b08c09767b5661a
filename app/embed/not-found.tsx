import { NotFoundBody } from "@/app/_components/not-found-body";

// An embed's 404 sits in another site's frame: the same card as the embeds, not a bare page.
export default function NotFound() {
  return (
    <main className="embed-card">
      <NotFoundBody />
    </main>
  );
}
