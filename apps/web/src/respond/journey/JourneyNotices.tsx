import { useRespondT } from "../i18n";
import { useJourney } from "./journey-context";

/**
 * What the respondent should know on arriving at a screen: how far they got when they come back, and statements
 * whose answer from this device was not used because they were answered differently elsewhere meanwhile.
 */
export function JourneyNotices({ returning }: { returning: boolean }) {
  const t = useRespondT().notices;
  const { texts, answers } = useJourney();
  const numbers = answers.changedElsewhere
    .map((itemId) => texts.items.findIndex((item) => item.id === itemId) + 1)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const answered = texts.items.filter((item) => answers.values.has(item.id)).length;
  return (
    <>
      {numbers.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t.changedElsewhere(numbers)}</p>
        </div>
      )}
      {returning && (
        <div className="notice" role="status">
          <p>{t.welcomeBack(answered, texts.items.length)}</p>
        </div>
      )}
    </>
  );
}
