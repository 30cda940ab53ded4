import type { Role } from '@lagesbild/shared';

export const DEMO_PASSWORD = 'demo';

/** "Malung-Sälen" → "malung-salen": the contract's demo usernames. */
export function demoUsername(municipalityName: string): string {
  return municipalityName.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '-');
}

export interface DemoAccount {
  username: string;
  role: Role;
  organizationCode: string;
  /** `<username>@lagesbild.example`, so a demo started with SMTP_URL mails its reminders. */
  email: string;
}

/** The demo's addresses: the reserved .example domain, never a real mailbox. */
export const demoEmail = (username: string) => `${username}@lagesbild.example`;

export function demoAccounts(municipalities: readonly { code: string; name: string }[]): DemoAccount[] {
  const accounts: Omit<DemoAccount, 'email'>[] = [
    // One admin for the demo, for Region Dalarna (admins manage their own region).
    { username: 'admin', role: 'admin', organizationCode: '20' },
    { username: 'region-dalarna', role: 'analyst', organizationCode: '20' },
    { username: 'region-blekinge', role: 'analyst', organizationCode: '10' },
    { username: 'chair-dalarna', role: 'chair', organizationCode: '20' },
    { username: 'chair-blekinge', role: 'chair', organizationCode: '10' },
    ...municipalities.map((m) => ({ username: demoUsername(m.name), role: 'reporter' as const, organizationCode: m.code })),
  ];
  return accounts.map((account) => ({ ...account, email: demoEmail(account.username) }));
}
