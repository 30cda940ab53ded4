import { equipmentItemInputSchema, type EquipmentInventory as Inventory, type EquipmentItem } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { CaptionedTable } from '../../../components/captioned-table';
import { TextField } from '../../../components/form-field';
import { formatNumber, formatShortDay } from '../../../lib/format';
import { parseNumber } from '../../../lib/parse-number';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateItem, useUpdateItem } from '../api/equipment-api';
import type { Directory } from '../utils/directory';
import { CommandFailed } from './command-failed';
import { OfferStatusBadge } from './request-status-badge';

/**
 * The region's equipment: how many of each item it has, how many are out, where each lot is and
 * when it is due back (overdue marked), live as loans are decided and returned.
 */
export function EquipmentInventory({ inventory, directory }: { inventory: Inventory; directory: Directory }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="section" aria-labelledby="items-title">
        <h2 id="items-title">{t('equipment.items.title')}</h2>
        {inventory.items.length === 0 ? (
          <p className="muted">{t('equipment.items.none')}</p>
        ) : (
          <CaptionedTable
            id="equipment-items"
            testId="equipment-items"
            caption={t('equipment.items.caption')}
            headers={[
              t('equipment.items.name'),
              t('equipment.items.total'),
              t('equipment.items.lent'),
              t('equipment.items.available'),
              ...(inventory.editable ? [t('equipment.items.change')] : []),
            ]}
          >
            {inventory.items.map((item) => (
              <tr key={item.id} data-testid={`item-${item.name}`}>
                <th scope="row">{item.name}</th>
                <td className="num">{formatNumber(item.total)}</td>
                <td className="num">{formatNumber(item.lent)}</td>
                <td className="num" data-testid="available">
                  {formatNumber(item.available)}
                </td>
                {inventory.editable ? (
                  <td>
                    <CountForm region={inventory.region} item={item} />
                  </td>
                ) : null}
              </tr>
            ))}
          </CaptionedTable>
        )}
        {inventory.editable ? <NewItemForm region={inventory.region} /> : null}
      </section>
      <section className="section" aria-labelledby="lots-title">
        <h2 id="lots-title">{t('equipment.lots.title')}</h2>
        {inventory.lots.length === 0 ? (
          <p className="muted">{t('equipment.lots.none')}</p>
        ) : (
          <CaptionedTable
            id="equipment-lots"
            testId="equipment-lots"
            caption={t('equipment.lots.caption')}
            headers={[
              t('equipment.lots.borrower'),
              t('equipment.lots.item'),
              t('equipment.lots.quantity'),
              t('equipment.lots.status'),
              t('equipment.lots.due'),
              t('equipment.lots.request'),
            ]}
          >
            {inventory.lots.map((lot) => (
              <tr key={lot.offerId} className={lot.overdue ? 'row--overdue' : undefined} data-testid={`lot-${lot.borrowerCode}`}>
                <th scope="row">{directory.nameOf(lot.borrowerCode)}</th>
                <td>{lot.itemName}</td>
                <td className="num">{formatNumber(lot.quantity)}</td>
                <td>
                  <OfferStatusBadge status={lot.status} />
                </td>
                <td>
                  {formatShortDay(lot.due)}
                  {lot.overdue ? (
                    <Badge tone="critical" icon="overdue">
                      {t('equipment.lots.overdue')}
                    </Badge>
                  ) : null}
                </td>
                <td>
                  <Link to={`/region/${inventory.region}/requests/${lot.requestId}`}>
                    {t('requests.number', { number: lot.requestNumber })}
                  </Link>
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </section>
    </>
  );
}

function NewItemForm({ region }: { region: string }) {
  const { t } = useTranslation();
  const create = useCreateItem(region);
  const [name, setName] = useState('');
  const [total, setTotal] = useState('');
  const { errors, parse, setErrors, showServerErrors } = useFieldErrors();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const input = parse(equipmentItemInputSchema, { name, total: parseNumber(total) });
    if (!input) return;
    setErrors({});
    create.mutate(input, {
      onSuccess: () => {
        setName('');
        setTotal('');
      },
      onError: showServerErrors,
    });
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('equipment.items.add')}>
      <TextField id="item-name" label={t('equipment.items.name')} value={name} onChange={setName} error={errors.name} />
      <TextField id="item-total" label={t('equipment.items.total')} value={total} onChange={setTotal} error={errors.total} />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {t('equipment.items.add')}
      </button>
      {create.isError && Object.keys(errors).length === 0 ? <CommandFailed mutation={create} /> : null}
    </form>
  );
}

function CountForm({ region, item }: { region: string; item: EquipmentItem }) {
  const { t } = useTranslation();
  const update = useUpdateItem(region);
  const [total, setTotal] = useState(String(item.total));
  const { errors, setErrors, showServerErrors } = useFieldErrors();
  const id = `item-${item.id}-total`;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const value = parseNumber(total);
    if (value === undefined || !Number.isInteger(value) || value < 0) {
      setErrors({ total: 'validation.wholeNumber' });
      return;
    }
    setErrors({});
    update.mutate({ id: item.id, change: { total: value } }, { onError: showServerErrors });
  }

  return (
    <form className="inline-form inline-form--compact" onSubmit={submit} noValidate>
      <TextField
        id={id}
        label={t('equipment.items.newTotal', { name: item.name })}
        value={total}
        onChange={setTotal}
        error={errors.total}
      />
      <button type="submit" className="button button--small button--secondary" disabled={update.isPending}>
        {t('equipment.items.save')}
      </button>
    </form>
  );
}
