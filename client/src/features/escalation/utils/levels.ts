import {
  isHeightenedLevel,
  meetingCadence,
  mayDecideForRegion,
  situationDeadlines,
  type EscalationLevelState,
  type Situation,
  type UserInfo,
} from '@lagesbild/shared';

export interface BannerLevels {
  /** The region's declared level, when it is above normalläge. */
  region: EscalationLevelState | null;
  /** The user's own municipality's, when it is above normalläge. */
  own: EscalationLevelState | null;
  /** Beds closed for lack of staff in the region's hospitals (estimate, as the overview's totals). */
  closedBeds: number;
  /** From stabsläge, the meeting cadence offered to whoever decides for the region (else empty). */
  cadence: string[];
}

const raised = (level: EscalationLevelState | undefined): EscalationLevelState | null =>
  level && level.level !== 'normal' ? level : null;

/** What the banner on every screen shows: the region's level and the viewer's own municipality's. */
export function bannerLevels(
  situation: Pick<Situation, 'region' | 'levels' | 'totals' | 'reporting'>,
  user: UserInfo,
): BannerLevels {
  const region = raised(situation.levels.find((level) => level.organizationCode === situation.region));
  const own =
    user.organizationCode !== situation.region
      ? raised(situation.levels.find((level) => level.organizationCode === user.organizationCode))
      : null;
  const offerCadence = region !== null && isHeightenedLevel(region.level) && mayDecideForRegion(user, situation.region);
  return {
    region,
    own,
    closedBeds: situation.totals.estimated.hospital.closedBeds,
    cadence: offerCadence ? meetingCadence(situationDeadlines(situation)) : [],
  };
}
