import { useId, type ReactNode } from "react";

type TableRegionProps = { caption: string; captionHidden?: boolean; children: ReactNode };

/**
 * A table that scrolls sideways on a phone instead of squeezing its columns. The scrolling box is focusable and
 * named by the caption, so keyboard users can scroll it too.
 */
export function TableRegion({ caption, captionHidden, children }: TableRegionProps) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id} className={captionHidden ? "visually-hidden" : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
