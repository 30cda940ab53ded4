import { Fragment, type ReactNode } from 'react';
import { Dialog } from '../../../components/dialog';

/** A dialog about one item: open while there is one, with a fresh form for each (keyed by `itemKey`). */
export function ItemDialog<T>({
  item,
  itemKey,
  title,
  onClose,
  children,
}: {
  item: T | null;
  itemKey: (item: T) => string;
  title: (item: T) => string;
  onClose: () => void;
  children: (item: T) => ReactNode;
}) {
  return (
    <Dialog open={item !== null} title={item === null ? '' : title(item)} onClose={onClose}>
      {item === null ? null : <Fragment key={itemKey(item)}>{children(item)}</Fragment>}
    </Dialog>
  );
}
