import type { Language } from '../domain/labels.js';

// Validation messages are keys, so the server's 400 and the form's inline errors come from one
// source and the client can show them in the user's language.
export const VALIDATION_MESSAGES = {
  'validation.required': { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
  'validation.wholeNumber': { sv: 'Ange ett heltal, 0 eller större.', en: 'Enter a whole number, 0 or more.' },
  'validation.tooLarge': { sv: 'Värdet är orimligt stort.', en: 'The value is unreasonably large.' },
  'validation.percent': { sv: 'Ange en procentsats mellan 0 och 100.', en: 'Enter a percentage between 0 and 100.' },
  'validation.staffing': {
    sv: 'Välj bemanning: normal, ansträngd eller kritisk.',
    en: 'Choose staffing: normal, strained or critical.',
  },
  'validation.surgeBelowCapacity': {
    sv: '"Kan utökas till" får inte vara mindre än disponibla platser.',
    en: '"Can grow to" cannot be less than available places.',
  },
  'validation.destinationSum': {
    sv: 'Utskrivningar per mottagare ska summera till totalt antal utskrivningar.',
    en: 'Discharges by destination must add up to total discharges.',
  },
  'validation.readmissionsAboveAdmissions': {
    sv: 'Återinskrivningar kan inte vara fler än inskrivningar samma dag.',
    en: 'Readmissions cannot exceed admissions on the same day.',
  },
  'validation.text': { sv: 'Texten är för lång (högst 1000 tecken).', en: 'The text is too long (at most 1000 characters).' },
  'validation.date': { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  'validation.futureDate': { sv: 'Datum i framtiden kan inte rapporteras.', en: 'Future dates cannot be reported.' },
  'validation.version': { sv: 'Ogiltigt versionsnummer.', en: 'Invalid version number.' },
  'validation.unknownField': { sv: 'Okänt fält.', en: 'Unknown field.' },
  'validation.forbiddenKey': { sv: 'Fältnamnet är inte tillåtet.', en: 'This field name is not allowed.' },
  'validation.nulCharacter': {
    sv: 'Texten innehåller ett otillåtet tecken (NUL).',
    en: 'The text contains a character that is not allowed (NUL).',
  },
  'validation.municipalityCode': { sv: 'Ange en kommunkod med fyra siffror.', en: 'Enter a four-digit municipality code.' },
  'validation.duplicateMunicipality': {
    sv: 'Kommunen förekommer mer än en gång.',
    en: 'The municipality appears more than once.',
  },
  'validation.unknownMunicipality': {
    sv: 'Kommunen hör inte till regionen.',
    en: 'The municipality does not belong to the region.',
  },
  'validation.rowsRequired': { sv: 'Minst en rad krävs.', en: 'At least one row is required.' },
  'validation.invalid': { sv: 'Ogiltigt värde.', en: 'Invalid value.' },
  'validation.name': { sv: 'Ange ett namn (1–100 tecken).', en: 'Enter a name (1–100 characters).' },
  'validation.title': { sv: 'Ange en rubrik (1–200 tecken).', en: 'Enter a title (1–200 characters).' },
  'validation.role': { sv: 'Ogiltig roll.', en: 'Invalid role.' },
  'validation.username': {
    sv: 'Användarnamnet ska vara 2–64 tecken: a–z, 0–9, punkt, bindestreck eller understreck.',
    en: 'The username must be 2–64 characters: a–z, 0–9, dot, hyphen or underscore.',
  },
  'validation.password': { sv: 'Lösenordet ska vara minst 12 tecken.', en: 'The password must be at least 12 characters.' },
  'validation.tokenExpiry': {
    sv: 'Ange hur många dagar nyckeln ska gälla, 1–365.',
    en: 'Enter how many days the key is valid, 1–365.',
  },
  'validation.unknownOrganization': { sv: 'Okänd organisation.', en: 'Unknown organisation.' },
  'validation.roleNeedsMunicipality': { sv: 'En rapportör hör till en kommun.', en: 'A reporter belongs to a municipality.' },
  'validation.roleNeedsRegion': {
    sv: 'Rollen hör till regionens organisation.',
    en: 'This role belongs to the region organisation.',
  },
  'validation.ownAdminRole': {
    sv: 'Du kan inte ta bort din egen administratörsbehörighet.',
    en: 'You cannot remove your own administrator rights.',
  },
  'validation.usernameTaken': { sv: 'Användarnamnet är upptaget.', en: 'The username is taken.' },
  'validation.unitKindMismatch': {
    sv: 'Enhetstypen passar inte organisationen.',
    en: 'The unit type does not fit the organisation.',
  },
  'validation.range': { sv: 'Perioden får vara högst 2 år.', en: 'The period may be at most 2 years.' },
  'validation.rangeFiveYears': { sv: 'Perioden får vara högst 5 år.', en: 'The period may be at most 5 years.' },
  'validation.periodOrder': {
    sv: 'Från-datumet måste vara samma dag som eller före till-datumet.',
    en: 'The from date must be on or before the to date.',
  },
  'validation.holidayPeriod': {
    sv: 'Välj period: jul och nyår, påsk, Kristi himmelsfärd, midsommar, röda dagar eller egna datum.',
    en: 'Choose a period: Christmas and New Year, Easter, Ascension, Midsummer, red days or your own dates.',
  },
  'validation.year': { sv: 'Ange ett år mellan 2000 och 2100.', en: 'Enter a year between 2000 and 2100.' },
  'validation.customPeriod': {
    sv: 'Ange första och sista dag, högst 92 dagar.',
    en: 'Enter the first and last day, at most 92 days.',
  },
  'validation.planDayOutsidePeriod': { sv: 'Dagen ligger utanför perioden.', en: 'The day is outside the period.' },
  'validation.duplicateDay': { sv: 'Dagen förekommer mer än en gång.', en: 'The day appears more than once.' },
  'validation.phone': {
    sv: 'Ange ett telefonnummer, till exempel 023-123 45 eller 070-123 45 67.',
    en: 'Enter a phone number, for example 023-123 45 or 070-123 45 67.',
  },
  'validation.yesNo': { sv: 'Ange ja eller nej.', en: 'Enter yes or no.' },
  'validation.meetingDate': { sv: 'Mötet kan inte ligga i framtiden.', en: 'The meeting cannot be in the future.' },
  'validation.meetingStep': { sv: 'Steget finns inte i rundan.', en: 'There is no such step in the round.' },
  'validation.participants': {
    sv: 'Deltagarna ska vara regionens organisationer, var och en en gång.',
    en: 'Participants must be the region’s organisations, each once.',
  },
  'validation.email': {
    sv: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
    en: 'Enter a valid e-mail address, for example name@municipality.se.',
  },
  'validation.sameEmail': { sv: 'Det är redan din e-postadress.', en: 'That is already your e-mail address.' },
  'validation.emailToken': {
    sv: 'Länken är ogiltig, har gått ut eller gäller ett annat konto. Begär en ny från Mitt konto.',
    en: 'The link is invalid, has expired or belongs to another account. Ask for a new one from My account.',
  },
  'validation.mailOff': {
    sv: 'Servern skickar ingen e-post, så en ny adress kan inte bekräftas. Be en administratör ändra den.',
    en: 'The server sends no e-mail, so a new address cannot be confirmed. Ask an administrator to change it.',
  },
  'validation.notificationId': { sv: 'Ogiltigt id för en avisering.', en: 'Invalid notification id.' },
  'validation.pageSize': { sv: 'Ange hur många, 1–100.', en: 'Enter how many, 1–100.' },
  'validation.quantity': { sv: 'Ange ett heltal från 1 till 1000.', en: 'Enter a whole number from 1 to 1000.' },
  'validation.lineKind': {
    sv: 'Välj vad raden gäller: platser, personal eller utrustning.',
    en: 'Choose what the line is for: places, staff or equipment.',
  },
  'validation.staffRole': { sv: 'Välj yrkesroll.', en: 'Choose a profession.' },
  'validation.tooManyLines': { sv: 'Högst 20 rader per avrop.', en: 'At most 20 lines per request.' },
  'validation.pastDate': { sv: 'Datumet har redan passerat.', en: 'The date has already passed.' },
  'validation.unknownItem': {
    sv: 'Utrustningen finns inte i regionens förråd.',
    en: 'The item is not in the region’s inventory.',
  },
  'validation.equipmentFromRegion': {
    sv: 'Utrustning lånas ut ur regionens förråd; regionen kan inte avropa från sig själv.',
    en: 'Equipment is lent from the region’s inventory; the region cannot request it from itself.',
  },
  'validation.unknownLine': { sv: 'Raden finns inte i avropet.', en: 'There is no such line in the request.' },
  'validation.unknownUnit': {
    sv: 'Välj en av er egen organisations enheter av rätt slag.',
    en: 'Choose one of your own organisation’s units of the right kind.',
  },
  'validation.offerTooLarge': {
    sv: 'Fler än vad som fortfarande behövs på raden.',
    en: 'More than the line still needs.',
  },
  'validation.moreThanOffered': { sv: 'Fler än vad som erbjöds.', en: 'More than was offered.' },
  'validation.unknownOffer': { sv: 'Erbjudandet finns inte.', en: 'There is no such offer.' },
  'validation.notAvailable': {
    sv: 'Så många finns inte lediga i förrådet just nu.',
    en: 'Not that many are available in the inventory right now.',
  },
  'validation.ownRequest': {
    sv: 'Ni kan inte erbjuda på er egen organisations avrop.',
    en: 'You cannot offer on your own organisation’s request.',
  },
  'validation.offerNotPending': {
    sv: 'Erbjudandet är inte längre öppet: det har redan antagits, avböjts eller återtagits.',
    en: 'The offer is no longer open: it has already been accepted, declined or withdrawn.',
  },
  'validation.offerNotAccepted': {
    sv: 'Bara ett antaget erbjudande kan markeras som levererat.',
    en: 'Only an accepted offer can be marked as delivered.',
  },
  'validation.offerNotDelivered': {
    sv: 'Bara det som har levererats kan återlämnas.',
    en: 'Only what has been delivered can be returned.',
  },
  'validation.requestNotDraft': {
    sv: 'Bara ett utkast kan ändras eller skickas.',
    en: 'Only a draft can be changed or sent.',
  },
  'validation.requestNotOpen': {
    sv: 'Avropet tar inte längre emot erbjudanden eller beslut.',
    en: 'The request no longer takes offers or decisions.',
  },
  'validation.requestNotActive': {
    sv: 'Avropet är redan avslutat, återkallat eller utgånget.',
    en: 'The request is already closed, cancelled or expired.',
  },
  'validation.requestHasDeliveries': {
    sv: 'Något har redan levererats: avsluta avropet i stället för att återkalla det.',
    en: 'Something has already been delivered: close the request instead of cancelling it.',
  },
  'validation.totalBelowLent': {
    sv: 'Antalet kan inte vara lägre än det som är utlånat.',
    en: 'The count cannot be lower than what is lent out.',
  },
  'validation.itemNameTaken': {
    sv: 'Det finns redan utrustning med det namnet.',
    en: 'There is already an item with that name.',
  },
  'validation.coordinatorNeedsRegion': {
    sv: 'Samordnaren hör till regionens organisation.',
    en: 'The coordinator belongs to the region organisation.',
  },
  'validation.link': {
    sv: 'Ange en länk som börjar med https:// eller http://.',
    en: 'Enter a link that starts with https:// or http://.',
  },
  'validation.endBeforeStart': { sv: 'Sluttiden måste vara efter starttiden.', en: 'The end time must be after the start time.' },
  'validation.tooMany': { sv: 'För många rader.', en: 'Too many rows.' },
  'validation.decisionPhrase': {
    sv: 'Ange hur nätverket beslutar, t.ex. "LSVO beslutar" (1–100 tecken).',
    en: 'Enter how the network decides, e.g. "LSVO decides" (1–100 characters).',
  },
  'validation.paragraph': { sv: 'Ange ett paragrafnummer, 1 eller större.', en: 'Enter a paragraph number, 1 or more.' },
  'validation.memberName': { sv: 'Ange personens namn (1–200 tecken).', en: 'Enter the person’s name (1–200 characters).' },
  'validation.unknownUser': { sv: 'Användaren finns inte i regionen.', en: 'No such user in the region.' },
  'validation.memberEmailTaken': {
    sv: 'En medlem med den e-postadressen finns redan i nätverket.',
    en: 'A member with that e-mail address is already in the network.',
  },
  'validation.notNetworkMember': { sv: 'Personen är inte medlem i nätverket.', en: 'The person is not a member of the network.' },
  'validation.notDeputy': {
    sv: 'Ersättaren är inte ersättare för den medlemmen.',
    en: 'That person is not a deputy for this member.',
  },
  'validation.deputyOfDeputy': {
    sv: 'En ersättare kan inte ha en egen ersättare.',
    en: 'A deputy cannot have a deputy of their own.',
  },
  'validation.substituteNeedsAbsent': {
    sv: 'En ersättare går in bara för en frånvarande medlem.',
    en: 'A deputy stands in only for an absent member.',
  },
  'validation.duplicateMember': { sv: 'Personen förekommer mer än en gång.', en: 'The person appears more than once.' },
  'validation.attendance': { sv: 'Välj närvarande eller frånvarande.', en: 'Choose present or absent.' },
  'validation.unknownNetwork': { sv: 'Nätverket finns inte i regionen.', en: 'No such network in the region.' },
  'validation.networkNameTaken': {
    sv: 'Det finns redan ett nätverk med det namnet.',
    en: 'There is already a network with that name.',
  },
  'validation.unknownCalendarEntry': {
    sv: 'Mötestiden finns inte i nätverkets kalender.',
    en: 'No such meeting in the network’s calendar.',
  },
  'validation.calendarEntryUsed': {
    sv: 'Mötet i kalendern har redan hållits.',
    en: 'That calendar meeting has already been held.',
  },
  'validation.networkMeetingOpen': {
    sv: 'Nätverket har redan ett pågående möte. Avsluta det först.',
    en: 'The network already has a meeting in progress. Close it first.',
  },
  'validation.meetingWithoutNetwork': {
    sv: 'Mötet hör inte till något nätverk och har ingen dagordning.',
    en: 'The meeting belongs to no network and has no agenda.',
  },
  'validation.meetingClosed': {
    sv: 'Mötet är avslutat; protokollet kan inte ändras.',
    en: 'The meeting is closed; the minutes cannot be changed.',
  },
  'validation.meetingOpen': {
    sv: 'Protokollet skickas när mötet är avslutat.',
    en: 'The minutes are sent once the meeting is closed.',
  },
  'validation.noRecipients': {
    sv: 'Ingen i sändlistan har en e-postadress.',
    en: 'No one on the distribution list has an e-mail address.',
  },
  'validation.minutesMailOff': {
    sv: 'E-post är inte inställd på servern (SMTP_URL).',
    en: 'Mail is not configured on the server (SMTP_URL).',
  },
  'validation.agendaItemType': {
    sv: 'Välj typ: Information, Beslut, Dialog eller Lägesbild.',
    en: 'Choose a type: Information, Decision, Dialogue or Situation.',
  },
  'validation.agendaContent': { sv: 'Okänt slag av punkt.', en: 'Unknown kind of item.' },
  'validation.unknownAgendaItem': { sv: 'Punkten finns inte på dagordningen.', en: 'No such item on the agenda.' },
  'validation.agendaOrder': {
    sv: 'Ordningen ska innehålla dagordningens alla punkter, var och en en gång.',
    en: 'The order must hold every item of the agenda, each once.',
  },
  'validation.minutesSending': {
    sv: 'Protokollet håller redan på att skickas.',
    en: 'The minutes are already being sent.',
  },
  'validation.itemInUse': {
    sv: 'Punkten har beslut eller åtgärder; ta bort dem först.',
    en: 'The item has decisions or actions; remove them first.',
  },
  'validation.decisionFigure': { sv: 'Okänd siffra.', en: 'Unknown figure.' },
  'validation.figureNeedsOrganization': {
    sv: 'Välj organisationen som siffran gäller.',
    en: 'Choose the organisation the figure belongs to.',
  },
  'validation.noFigure': {
    sv: 'Organisationen har ingen sådan siffra i de frysta siffrorna.',
    en: 'The organisation has no such figure in the frozen snapshot.',
  },
  'validation.dueBeforeMeeting': {
    sv: 'Datumet kan inte ligga före mötet.',
    en: 'The date cannot be before the meeting.',
  },
  'validation.dueOrNextMeeting': {
    sv: 'Välj ett datum eller "till nästa möte", inte båda.',
    en: 'Choose a date or "until the next meeting", not both.',
  },
  'validation.actionStatus': { sv: 'Välj öppen, klar eller struken.', en: 'Choose open, done or struck.' },
  'validation.unknownAction': {
    sv: 'Åtgärden finns inte bland mötets eller de tidigare mötenas öppna åtgärder.',
    en: 'No such action among this or earlier meetings’ actions.',
  },
  'validation.searchText': { sv: 'Ange vad du söker (1–200 tecken).', en: 'Enter what to search for (1–200 characters).' },
  'validation.plannedDate': {
    sv: 'En planerad ändring gäller från i dag eller senare.',
    en: 'A planned change applies from today or later.',
  },
  'validation.plannedMode': {
    sv: 'Välj om platserna utökas med eller ändras till ett antal.',
    en: 'Choose whether the places increase by or change to a number.',
  },
  'validation.plannedAddNone': {
    sv: 'Ange hur många platser som tillkommer, minst 1.',
    en: 'Enter how many places are added, at least 1.',
  },
  'validation.plannedUnitKind': {
    sv: 'Planerade platser anges för korttidsenheter.',
    en: 'Planned places are given for short-term units.',
  },
  'validation.forecastDays': { sv: 'Ange antal dagar framåt, 1–28.', en: 'Enter a number of days ahead, 1–28.' },
  'validation.forecastFuture': {
    sv: 'En prognos kan inte utgå från en dag i framtiden.',
    en: 'A forecast cannot start from a day in the future.',
  },
  'validation.forecastBeforeData': {
    sv: 'Regionen har inga siffror så tidigt.',
    en: 'The region has no figures that early.',
  },
  'validation.escalationLevel': {
    sv: 'Välj ett läge: normalläge, förstärkningsläge, stabsläge eller katastrofläge.',
    en: 'Choose a level: normal, reinforced, staff mode or major incident.',
  },
  'validation.reasonRequired': {
    sv: 'Ange skälet till läget (högst 500 tecken).',
    en: 'Give the reason for the level (at most 500 characters).',
  },
  'validation.measure': { sv: 'Okänd eller upprepad åtgärd.', en: 'Unknown or repeated measure.' },
  'validation.time': { sv: 'Ange en tid som TT:MM, t.ex. 10:00.', en: 'Enter a time as HH:MM, e.g. 10:00.' },
  'validation.deadlineCount': { sv: 'Ange en eller två tidsgränser per dag.', en: 'Give one or two deadlines a day.' },
  'validation.deadlineOrder': {
    sv: 'Den andra tidsgränsen ska vara senare än den första.',
    en: 'The second deadline must be later than the first.',
  },
  'validation.threshold': { sv: 'Gränsvärdet är orimligt.', en: 'The threshold is not sensible.' },
  'validation.suggestedLevel': {
    sv: 'Ett förslag kan gälla förstärkningsläge eller stabsläge, aldrig katastrofläge.',
    en: 'A suggestion may be reinforced or staff mode, never a major incident.',
  },
  'validation.suggestionDecided': {
    sv: 'Förslaget är redan hanterat.',
    en: 'The suggestion has already been handled.',
  },
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationMessage(key: string, language: Language = 'sv'): string {
  const entry = (VALIDATION_MESSAGES as Record<string, { sv: string; en: string }>)[key];
  return entry ? entry[language] : key;
}
