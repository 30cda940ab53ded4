import { Injectable } from '@nestjs/common';
import type { MeetingSearchHit } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { OrganizationsService } from '../organizations/organizations.service.js';

/** Matches are marked by two private-use characters: the client makes <mark> of them, no HTML travels. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
const HEADLINE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The region's meetings found by text (title, agenda, decisions, actions, the round's notes), with
 * PostgreSQL's Swedish full-text search: "platser" finds "platsen", "beslutade" finds "beslutar".
 * A closed meeting's text is indexed when it closes; the few open ones are read as they are now.
 */
@Injectable()
export class MeetingSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async search(caller: Caller, regionCode: string, text: string): Promise<MeetingSearchHit[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<
      {
        id: string;
        title: string;
        meeting_date: string;
        status: 'open' | 'closed';
        network_name: string | null;
        headline: string;
      }[]
    >(
      `WITH q AS (SELECT websearch_to_tsquery('swedish', $2) AS query),
       found AS (
         SELECT m.id, m.title, m.meeting_date, m.status, m.network_id, m.search, m.search_text
           FROM meetings m, q
          WHERE m.region_code = $1 AND m.search @@ q.query
         UNION ALL
         SELECT m.id, m.title, m.meeting_date, m.status, m.network_id,
                meeting_search_document(m.title, meeting_search_text(m.id)), meeting_search_text(m.id)
           FROM meetings m, q
          WHERE m.region_code = $1 AND m.search IS NULL
            AND meeting_search_document(m.title, meeting_search_text(m.id)) @@ q.query
       )
       SELECT f.id, f.title, f.meeting_date, f.status, n.name AS network_name,
              ts_headline('swedish', concat_ws(E'\\n', f.title, f.search_text), q.query, $3) AS headline
         FROM found f CROSS JOIN q LEFT JOIN networks n ON n.id = f.network_id
        ORDER BY ts_rank(f.search, q.query) DESC, f.meeting_date DESC
        LIMIT 50`,
      [regionCode, text, HEADLINE],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: row.meeting_date,
      status: row.status,
      networkName: row.network_name,
      headline: row.headline,
    }));
  }
}
