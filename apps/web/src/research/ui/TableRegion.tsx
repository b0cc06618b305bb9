import { useId, type ReactNode } from "react";

type TableRegionProps = {
  caption: string;
  captionHidden?: boolean;
  /** Tighter cells for wide tables of figures, so they fit a laptop screen without scrolling. */
  compact?: boolean;
  children: ReactNode;
};

/**
 * A table that scrolls sideways on a phone instead of squeezing its columns. The scrolling box is focusable and
 * named by the caption, so keyboard users can scroll it too.
 */
export function TableRegion({ caption, captionHidden, compact, children }: TableRegionProps) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={compact ? "compact" : undefined}>
        <caption id={id} className={captionHidden ? "visually-hidden" : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
