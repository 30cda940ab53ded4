import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

/**
 * A full-width table named by its visible caption, scrolling sideways on narrow screens: the
 * caption, one column header per entry, and the rows the caller renders.
 */
export function CaptionedTable({
  id,
  caption,
  headers,
  testId,
  children,
}: {
  id: string;
  caption: string;
  headers: readonly string[];
  testId?: string;
  children: ReactNode;
}) {
  const captionId = `${id}-caption`;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table" data-testid={testId}>
        <caption id={captionId} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
