import type { Session } from "../journey/steps";

/** What the review screen shows: the profile, the answers, the performance figures and the configuration. */
export type ReviewContent = {
  readonly session: Session;
  readonly answers: ReadonlyMap<string, number>;
};

const sorted = <T>(list: readonly T[], key: (item: T) => string) =>
  [...list].sort((a, b) => key(a).localeCompare(key(b)));

/** Whether two reviews show the same content, e.g. the one on screen and what the server holds now. */
export function sameReview(a: ReviewContent, b: ReviewContent): boolean {
  const shown = (content: ReviewContent) =>
    JSON.stringify([
      content.session.profile,
      sorted([...content.answers], ([itemId]) => itemId),
      sorted(content.session.performance, (p) => p.indicatorId),
      content.session.configuration,
    ]);
  return shown(a) === shown(b);
}
