import { useLocalized } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";

/** The statements the company rated lowest, each with what integrated companies do there. */
export function LowestItemsSection({ itemIds }: { itemIds: readonly string[] }) {
  const t = useRespondT().result;
  const localized = useLocalized();
  const { texts, answers } = useJourney();
  const items = itemIds.flatMap((id) => texts.items.filter((item) => item.id === id));
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="result-lowest">
      <h2 id="result-lowest">{t.lowestHeading}</h2>
      <p>{t.lowestIntro}</p>
      <ol className="lowest-items">
        {items.map((item) => {
          const label = texts.scale.find((s) => s.value === answers.values.get(item.id))?.label;
          return (
            <li key={item.id}>
              <p className="review-statement">{localized(item.statement)}</p>
              {label && <p className="hint">{t.yourAnswer(localized(label))}</p>}
              <p>
                <strong>{t.integratedPractice}</strong> {localized(item.integratedPractice)}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
