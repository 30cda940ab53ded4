import { shiftDay } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import { newFeedToken } from '../networks/networks.service.js';

interface DemoMember {
  name: string;
  organizationCode: string;
  role: string;
  /** The demo account of the member's municipality, so their open actions show on its start page. */
  username?: string;
  deputy?: { name: string; role: string };
}

interface DemoNetwork {
  regionCode: string;
  name: string;
  decisionPhrase: string;
  description: string;
  nextParagraph: number | null;
  extraRecipients: string[];
  members: DemoMember[];
  place: string;
  link: string | null;
  startTime: string;
  endTime: string;
  /** Days between meetings, and the first one's distance from today. */
  every: number;
  first: number;
}

const mail = (name: string, organizationCode: string): string =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')}@${organizationCode}.lagesbild.example`;

const NETWORKS: DemoNetwork[] = [
  {
    regionCode: '20',
    name: 'LSVO',
    decisionPhrase: 'LSVO beslutar',
    description: 'Ledningsgrupp för samverkan inom vård och omsorg i Dalarna',
    nextParagraph: 183,
    extraRecipients: ['registrator@20.lagesbild.example'],
    place: 'Dalarnas hus, Falun',
    link: 'https://mote.lagesbild.example/lsvo',
    startTime: '13:00',
    endTime: '15:00',
    every: 28,
    first: 0,
    members: [
      { name: 'Anna Lindqvist', organizationCode: '20', role: 'hälso- och sjukvårdsdirektör', username: 'chair-dalarna' },
      {
        name: 'Karin Ström',
        organizationCode: '2080',
        role: 'förvaltningschef',
        username: 'falun',
        deputy: { name: 'Per Ek', role: 'verksamhetschef' },
      },
      { name: 'Jonas Berg', organizationCode: '2081', role: 'förvaltningschef', username: 'borlange' },
      {
        name: 'Maria Holm',
        organizationCode: '2084',
        role: 'socialchef',
        username: 'avesta',
        deputy: { name: 'Lena Sjö', role: 'enhetschef' },
      },
      { name: 'Erik Dahl', organizationCode: '2085', role: 'socialchef', username: 'ludvika' },
      { name: 'Sara Nord', organizationCode: '2062', role: 'socialchef', username: 'mora' },
    ],
  },
  {
    regionCode: '20',
    name: 'Länschefsnätverket',
    decisionPhrase: 'Länschefsnätverket beslutade',
    description: 'Förvaltningschefer för äldreomsorgen i Dalarnas kommuner',
    nextParagraph: null,
    extraRecipients: [],
    place: 'Teams',
    link: 'https://mote.lagesbild.example/lanschefer',
    startTime: '09:00',
    endTime: '11:00',
    every: 14,
    first: 3,
    members: [
      { name: 'Karin Ström', organizationCode: '2080', role: 'förvaltningschef', username: 'falun' },
      { name: 'Jonas Berg', organizationCode: '2081', role: 'förvaltningschef', username: 'borlange' },
      { name: 'Ulla Ask', organizationCode: '2083', role: 'förvaltningschef', username: 'hedemora' },
      { name: 'Olle Fors', organizationCode: '2082', role: 'förvaltningschef', username: 'sater' },
    ],
  },
  {
    regionCode: '20',
    name: 'Socialchefsnätverket',
    decisionPhrase: 'Socialchefsnätverket beslutar',
    description: 'Socialchefer i Dalarnas kommuner',
    nextParagraph: 41,
    extraRecipients: [],
    place: 'Borlänge stadshus',
    link: null,
    startTime: '10:00',
    endTime: '12:00',
    every: 42,
    first: 10,
    members: [
      { name: 'Maria Holm', organizationCode: '2084', role: 'socialchef', username: 'avesta' },
      { name: 'Erik Dahl', organizationCode: '2085', role: 'socialchef', username: 'ludvika' },
      { name: 'Sara Nord', organizationCode: '2062', role: 'socialchef', username: 'mora' },
    ],
  },
  {
    regionCode: '10',
    name: 'Samverkansgruppen Blekinge',
    decisionPhrase: 'Samverkansgruppen beslutar',
    description: 'Region Blekinge och länets fem kommuner',
    nextParagraph: 1,
    extraRecipients: [],
    place: 'Blekingesjukhuset Karlskrona',
    link: null,
    startTime: '14:00',
    endTime: '15:30',
    every: 14,
    first: 1,
    members: [
      { name: 'Lars Viklund', organizationCode: '10', role: 'regiondirektör', username: 'chair-blekinge' },
      { name: 'Eva Blom', organizationCode: '1083', role: 'förvaltningschef', username: 'solvesborg' },
      { name: 'Nils Strand', organizationCode: '1080', role: 'förvaltningschef', username: 'karlskrona' },
    ],
  },
];

/** The demo's networks: members with deputies and a calendar of the next six meetings. */
export async function seedDemoNetworks(manager: Pick<EntityManager, 'query'>, today: string): Promise<number> {
  for (const network of NETWORKS) {
    const [created] = await manager.query<{ id: string }[]>(
      `INSERT INTO networks (region_code, name, decision_phrase, description, next_paragraph, extra_recipients, feed_token, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'demo') RETURNING id`,
      [
        network.regionCode,
        network.name,
        network.decisionPhrase,
        network.description,
        network.nextParagraph,
        network.extraRecipients,
        newFeedToken(),
      ],
    );
    const id = (created as { id: string }).id;
    for (const member of network.members) {
      const [inserted] = await manager.query<{ id: string }[]>(
        `INSERT INTO network_members (network_id, name, organization_code, role, email, username)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          id,
          member.name,
          member.organizationCode,
          member.role,
          mail(member.name, member.organizationCode),
          member.username ?? null,
        ],
      );
      if (member.deputy)
        await manager.query(
          `INSERT INTO network_members (network_id, name, organization_code, role, email, deputy_for)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            id,
            member.deputy.name,
            member.organizationCode,
            member.deputy.role,
            mail(member.deputy.name, member.organizationCode),
            (inserted as { id: string }).id,
          ],
        );
    }
    for (let index = 0; index < 6; index += 1)
      await manager.query(
        `INSERT INTO network_calendar (network_id, meeting_date, start_time, end_time, place, link, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'demo')`,
        [
          id,
          shiftDay(today, network.first + index * network.every),
          network.startTime,
          network.endTime,
          network.place,
          network.link,
        ],
      );
  }
  return NETWORKS.length;
}
