import { NotFoundBody } from "@/app/_components/not-found-body";

// A boundary inside the segment: the 404 is then rendered in the page's HTML, readable without JavaScript.
export default function NotFound() {
  return <NotFoundBody />;
}
