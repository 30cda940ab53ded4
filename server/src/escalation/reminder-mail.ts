/** A reminder's or digest's mail, in Swedish (MailService adds the footer). */
export interface ReminderMail {
  subject: string;
  text: string;
}

const longDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' });
const dayOf = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`));

/** To the reporters of an organisation that has not reported by the deadline, with a link to the entry form. */
export function reminderMail(input: {
  organizationName: string;
  date: string;
  deadline: string;
  missing: readonly string[];
  again: boolean;
  link: string;
}): ReminderMail {
  return {
    subject: `Lägesbild: ${input.again ? 'påminnelse igen, ' : ''}${input.organizationName} har inte rapporterat`,
    text:
      `Hej!\n\n${input.organizationName} har inte rapporterat dagens siffror (${dayOf(input.date)}) till tidsgränsen ${input.deadline}.\n\n` +
      `Saknas:\n${input.missing.map((name) => `- ${name}`).join('\n')}\n\n` +
      `Rapportera här:\n${input.link}\n\n` +
      'Du får påminnelsen för att du rapporterar för enheten. Påminnelser via e-post stänger du av under Mitt konto.',
  };
}

/** To the chair and the analysts, half an hour after the deadline: who is still missing. */
export function digestMail(input: {
  regionName: string;
  date: string;
  deadline: string;
  organizations: readonly { name: string; partly: boolean }[];
  link: string;
}): ReminderMail {
  const lines = input.organizations.map((org) => `- ${org.name}${org.partly ? ' (delvis rapporterat)' : ''}`);
  return {
    subject: `Lägesbild: ${input.organizations.length} saknar rapport efter ${input.deadline} (${input.regionName})`,
    text:
      `Hej!\n\nEfter tidsgränsen ${input.deadline} ${dayOf(input.date)} saknas fortfarande rapporter från:\n${lines.join('\n')}\n\n` +
      `Lägesbilden för ${input.regionName}:\n${input.link}\n\n` +
      'Påminnelser via e-post stänger du av under Mitt konto.',
  };
}
