import {
  freePlaces,
  isMunicipalUnitKind,
  isoWeek,
  occupancyPct,
  overcrowding,
  type Meeting,
  type SituationOrganization,
  type UnitKind,
} from '@lagesbild/shared';

const STAFFING_SV = { normal: 'normal', strained: 'ansträngd', critical: 'kritisk' } as const;
const dateTimeSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const dateSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function figures(organization: SituationOrganization, kinds: (kind: UnitKind) => boolean) {
  const reports = organization.units.filter((unit) => kinds(unit.kind)).map((unit) => unit.report ?? null);
  const reported = reports.filter((report) => report !== null);
  if (reported.length === 0) return null;
  const capacity = reported.reduce((sum, r) => sum + r.capacity, 0);
  const occupied = reported.reduce((sum, r) => sum + r.occupied, 0);
  const staffing = reported.some((r) => r.staffing === 'critical')
    ? 'critical'
    : reported.some((r) => r.staffing === 'strained')
      ? 'strained'
      : 'normal';
  const sick = reported.map((r) => r.sickLeavePct).filter((v): v is number => v !== null);
  return {
    capacity,
    occupied,
    free: reported.reduce((sum, r) => sum + freePlaces(r.capacity, r.occupied), 0),
    over: reported.reduce((sum, r) => sum + overcrowding(r.capacity, r.occupied), 0),
    occupancy: occupancyPct(capacity, occupied),
    staffing: STAFFING_SV[staffing],
    sickLeave: sick.length > 0 ? Math.max(...sick) : null,
    comments: reported
      .map((r) => r.comment)
      .filter(Boolean)
      .join(' '),
    complete: reported.length === reports.length,
  };
}

/** The minutes as Markdown, ready to be sent out as they are. */
export function minutesMarkdown(meeting: Meeting, regionName: string): string {
  const byCode = new Map(meeting.snapshot.organizations.map((organization) => [organization.code, organization]));
  const participants = meeting.participants
    .map((code) => byCode.get(code))
    .filter((o): o is SituationOrganization => o !== undefined);
  const lines: string[] = [
    `# ${meeting.title}`,
    '',
    `**${regionName}** · ${dateSv.format(new Date(`${meeting.date}T12:00:00Z`))} (v. ${isoWeek(meeting.date)}) · ${meeting.status === 'closed' ? 'avslutat' : 'pågående'}`,
    '',
    `Siffrorna är frysta ${dateTimeSv.format(new Date(meeting.snapshotAt))}. Deltagare: ${participants.map((o) => o.name).join(', ')}.`,
    '',
    '## Läget',
    '',
    '| Organisation | Platser | Belagda | Lediga | Beläggning | Överbeläggning | Bemanning | Sjukfrånvaro | Utskrivningsklara |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const organization of participants) {
    const f = figures(organization, organization.kind === 'region' ? (kind) => kind === 'hospital' : isMunicipalUnitKind);
    if (!f) {
      lines.push(`| ${cell(organization.name)} | ej rapporterat | | | | | | | ${cell(organization.flows?.readyForDischarge)} |`);
      continue;
    }
    lines.push(
      `| ${cell(organization.name)}${f.complete ? '' : ' (delvis)'} | ${f.capacity} | ${f.occupied} | ${f.free} | ${cell(f.occupancy === null ? null : `${f.occupancy} %`)} | ${f.over} | ${f.staffing} | ${cell(f.sickLeave === null ? null : `${f.sickLeave} %`)} | ${cell(organization.flows?.readyForDischarge)} |`,
    );
  }
  const totals = meeting.snapshot.totals.reported;
  lines.push(
    '',
    `Totalt kommunala platser: ${totals.municipal.capacity}, belagda ${totals.municipal.occupied}, lediga ${totals.municipal.free}. ` +
      `Sjukhus: ${totals.hospital.capacity} vårdplatser, ${totals.hospital.occupied} belagda, överbeläggning ${totals.hospital.overcrowding}, covid ${totals.hospital.covidPatients}. ` +
      `IVA: ${totals.icu.occupied} av ${totals.icu.capacity}. Utskrivningsklara: ${totals.readyForDischarge}.`,
  );

  const notes = meeting.notes.filter((note) => note.text.trim());
  if (notes.length > 0) {
    lines.push('', '## Rundan', '');
    for (const organization of participants) {
      const note = notes.find((n) => n.organizationCode === organization.code);
      if (note) lines.push(`- **${organization.name}:** ${note.text.trim()}`);
    }
  }
  lines.push('', '## Beslut', '');
  if (meeting.decisions.length === 0) lines.push('Inga beslut.');
  else {
    lines.push(`${regionName} och kommunerna beslutar`);
    for (const decision of meeting.decisions) lines.push(`- ${decision.text}`);
  }
  lines.push('', '## Åtgärder', '');
  if (meeting.actions.length === 0) lines.push('Inga åtgärder.');
  else {
    lines.push('| Vem | Vad | Senast |', '| --- | --- | --- |');
    for (const action of meeting.actions) lines.push(`| ${cell(action.who)} | ${cell(action.what)} | ${cell(action.due)} |`);
  }
  lines.push('');
  return lines.join('\n');
}
