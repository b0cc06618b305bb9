import { useEffect, useRef, type ReactNode } from "react";

type StepHeadingProps = { children: ReactNode; takeFocus?: boolean };

/**
 * Each screen replaces the previous one at the same address, so focus moves to its heading: screen readers
 * announce the new screen and the next Tab starts from its top.
 */
export function StepHeading({ children, takeFocus = true }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
