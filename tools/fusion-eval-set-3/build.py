#!/usr/bin/env python3
"""Build the third hand-written fusion evaluation set (held-out test).

Writes tools/fusion-eval-set-3/handwritten-3.jsonl: short fictional reports from many kinds of
source about fictional incidents in real Pakistani districts (2025). Each line is a report in the
DESIGN §5 report input shape plus "gold_incidents" (ids of the incidents the report describes as
news; [] for none). Stdlib only.

    python3 tools/fusion-eval-set-3/build.py            # validate and write
    python3 tools/fusion-eval-set-3/build.py --check    # validate only
    python3 tools/fusion-eval-set-3/build.py --table    # print the gold table (markdown)

Fails loudly (exit 1, one line on stderr) on any invalid record.
"""
import csv
import datetime as dt
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "handwritten-3.jsonl"
ADMIN_CSV = ROOT / "src/main/resources/geo/pak_admin_units.csv"

PUB_FROM = dt.date(2025, 1, 5)
PUB_TO = dt.date(2025, 12, 20)
MAX_LAG_DAYS = 14
REPORTS_PER_INCIDENT = (2, 6)
MIN_SOURCES_PER_INCIDENT = 2
INCIDENT_COUNT = (26, 30)
REPORT_COUNT = (100, 120)
BODY_WORDS = (30, 200)

EVENT_TYPES = {
    "ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
    "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE",
}

# ---------------------------------------------------------------------------------------
# Gold incidents. district = name_en of the level-2 unit in pak_admin_units.csv.
# ---------------------------------------------------------------------------------------
GOLD = {
    "C01": dict(date="2025-01-14", pcode="PK503", district="Bannu", type="ARMED_ASSAULT",
                what="Tuesday-night attack on Miryan police station; 2 police killed, 4 injured",
                hard="same type as C02 the next night in the same district; 'Banu' spelling; TTP claims nine killed"),
    "C02": dict(date="2025-01-15", pcode="PK503", district="Bannu", type="ARMED_ASSAULT",
                what="Wednesday-night attack on FC check post at Jani Khel; 1 soldier killed, 3 attackers killed",
                hard="a night after C01 in the same district; round-up lists both; wire recalls C01 as background"),
    "C03": dict(date="2025-01-27", pcode="PK519", district="Lakki Marwat", type="BOMBING",
                what="IED hits police armoured personnel carrier on Lakki-Pezu road",
                hard="toll 2 -> 3; 'Lakki' only in flash; wire datelined from neighbouring Bannu"),
    "C04": dict(date="2025-02-08", pcode="PK518", district="Kurram", type="ARMED_ASSAULT",
                what="goods convoy for Parachinar ambushed at Ochat, Lower Kurram; drivers killed",
                hard="toll 4 -> 6 -> 9; international wire says only 'road to Parachinar'; 'Lower Kurram'"),
    "C05": dict(date="2025-02-20", pcode="PK213", district="Khuzdar", type="KIDNAPPING",
                what="construction workers abducted near Wadh on the N-25, machinery torched",
                hard="four vs six abducted; release follow-up four days later"),
    "C06": dict(date="2025-03-05", pcode="PK528", district="Peshawar", type="TARGETED_KILLING",
                what="CTD sub-inspector shot dead near his house in Mathra, morning",
                hard="same district and day as C07; round-up lists both"),
    "C07": dict(date="2025-03-05", pcode="PK528", district="Peshawar", type="BOMBING",
                what="hand grenade thrown at Chamkani police post, late night; 3 injured, none killed",
                hard="same district and day as C06; no deaths to match on"),
    "C08": dict(date="2025-03-16", pcode="PK228", district="Sibi", type="INFRASTRUCTURE_ATTACK",
                what="railway track blown up near Sibi at dawn; train held; no casualties",
                hard="BLA claim of a 'train carrying troops' inflates; international wire names only the province"),
    "C09": dict(date="2025-03-27", pcode="PK219", district="Loralai", type="INFRASTRUCTURE_ATTACK",
                what="two mobile phone towers set on fire in Mekhtar",
                hard="tehsil name 'Mekhtar' vs district; no casualties to match on"),
    "C10": dict(date="2025-04-06", pcode="PK525", district="North Waziristan", type="AIR_STRIKE",
                what="drone strike on a house in Hurmaz near Mir Ali; children among dead",
                hard="toll 3 -> 4; operator unknown; next day C11 in the same district; round-up lists both"),
    "C11": dict(date="2025-04-07", pcode="PK525", district="North Waziristan", type="BOMBING",
                what="IED hits security forces vehicle near Miran Shah; 2 soldiers killed",
                hard="a day after C10 in the same district; 'Miranshah' / 'Miran Shah'"),
    "C12": dict(date="2025-04-23", pcode="PK217", district="Lasbela", type="ARMED_ASSAULT",
                what="gunmen attack police patrol on RCD Highway near Hub industrial area; 2 police killed",
                hard="called 'Hub district', 'Hub', 'Lasbela', 'Uthal'; wire datelined Karachi"),
    "C13": dict(date="2025-05-04", pcode="PK507", district="Chitral Lower", type="ARMED_ASSAULT",
                what="cross-border attack on border posts in Arandu; 2 soldiers and 8 attackers killed",
                hard="'Chitral' / 'Lower Chitral' / 'Arandu'; TTP claims 15 soldiers killed"),
    "C14": dict(date="2025-05-15", pcode="PK222", district="Nasirabad", type="INFRASTRUCTURE_ATTACK",
                what="gas pipeline blown up near Dera Murad Jamali at night",
                hard="'Naseerabad' / 'Nasirabad' / 'Dera Murad Jamali'; repair follow-up"),
    "C15": dict(date="2025-05-26", pcode="PK712", district="Korangi Karachi", type="TARGETED_KILLING",
                what="police constable shot dead near Dawood Chowrangi, Landhi, morning",
                hard="same city, day and type as C16; two round-ups list both"),
    "C16": dict(date="2025-05-26", pcode="PK704", district="East Karachi", type="TARGETED_KILLING",
                what="prayer leader shot dead outside a mosque in Gulshan-e-Iqbal, evening",
                hard="same city, day and type as C15; international wire says only 'Karachi'"),
    "C17": dict(date="2025-06-10", pcode="PK226", district="Quetta", type="BOMBING",
                what="motorcycle bomb hits police van on Spinny Road, morning; toll 2 -> 3",
                hard="same district, day and type as C18; three round-ups"),
    "C18": dict(date="2025-06-10", pcode="PK226", district="Quetta", type="BOMBING",
                what="bomb in a handcart explodes in Hazarganji fruit market, evening; 1 killed, 9 injured",
                hard="same district, day and type as C17; told apart by target, place, time and toll"),
    "C19": dict(date="2025-06-10", pcode="PK211", district="Kech", type="KIDNAPPING",
                what="telecom technicians abducted while repairing a tower near Tump",
                hard="same day as C17/C18; provincial round-up lists all three; four vs three abducted"),
    "C20": dict(date="2025-06-24", pcode="PK530", district="South Waziristan", type="SECURITY_OPERATION",
                what="intelligence-based operation near Sararogha; 7 militants and 1 soldier killed",
                hard="'Upper South Waziristan'; local report has curfew and displaced families"),
    "C21": dict(date="2025-07-05", pcode="PK617", district="Lahore", type="SECURITY_OPERATION",
                what="CTD Punjab says three militants killed near Manga Mandi; explosives recovered",
                hard="a Muharram security review in Lahore two days earlier is a no-incident report"),
    "C22": dict(date="2025-07-29", pcode="PK513", district="Khyber", type="ARMED_CLASH",
                what="exchange of fire in Bagh Maidan, Tirah valley; 2 soldiers killed, civilians hurt",
                hard="'Tirah' spans two districts; no official release; dateline Bara"),
    "C23": dict(date="2025-08-18", pcode="PK510", district="Hangu", type="SUICIDE_ATTACK",
                what="vehicle-borne suicide attack on FC fort at Thal before dawn",
                hard="toll 3 -> 5; 'Thal' / 'Thall'; wire datelined Kohat; IMP claims 20 killed"),
    "C24": dict(date="2025-08-31", pcode="PK231", district="Zhob", type="SECURITY_OPERATION",
                what="infiltration bid from Afghanistan foiled near Sambaza; 11 militants killed",
                hard="international wire names only Balochistan; ISPR dates it 'night of 30/31 August'"),
    "C25": dict(date="2025-09-17", pcode="PK532", district="Swat", type="BOMBING",
                what="remote-controlled bomb hits former peace committee head's car in Kabal; guard killed",
                hard="intended target survives; 'Kabal' vs 'Swat'"),
    "C26": dict(date="2025-10-09", pcode="PK524", district="Mohmand", type="SUICIDE_ATTACK",
                what="suicide bomber on foot at police check post near Ghalanai",
                hard="toll 2 -> 3; JUA claim; condemnation names only the district"),
    "C27": dict(date="2025-11-06", pcode="PK514", district="Kohat", type="TARGETED_KILLING",
                what="local leader of a religious party shot dead in Darra Adam Khel bazaar",
                hard="'Darra Adam Khel' / 'Darra' / former 'FR Kohat' vs Kohat district"),
    "C28": dict(date="2025-12-02", pcode="PK607", district="Dera Ghazi Khan", type="ARMED_ASSAULT",
                what="night attack on Border Military Police post in the Taunsa tribal belt",
                hard="'Taunsa district' / 'D.G. Khan' / 'Dera Ghazi Khan'; attackers 'wounded' vs 'killed'; wire names only Punjab"),
}

# ---------------------------------------------------------------------------------------
# Sources. All media outlets are invented. Official bodies appear only as institutions.
# No private person is named anywhere; people appear only by role.
# ---------------------------------------------------------------------------------------
ISPR = "ISPR"
KPP = "Khyber Pakhtunkhwa Police"
BP = "Balochistan Police"
SP = "Sindh Police"
PP = "Punjab Police"
CTDP = "Counter Terrorism Department Punjab"
GKP = "Government of Khyber Pakhtunkhwa"
GOB = "Government of Balochistan"
GOP = "Government of Punjab"
PR = "Pakistan Railways"
MT = "The Margalla Times"          # national daily, Islamabad
DIO = "Daily Indus Observer"       # national daily, Karachi
PS = "The Peshawar Sentinel"       # KP daily
DT = "Derajat Times"               # southern KP local
WH = "Waziristan Herald"           # merged districts local
PVP = "Pakhtun Valley Post"        # Malakand division local
BT = "Bolan Tribune"               # Quetta daily
MV = "Makran Voice"                # Makran local
KMT = "Karachi Metro Times"        # Karachi city daily
LC = "Lahore Chronicle"            # Punjab daily
KNA = "Karakoram News Agency"      # national wire
ORB = "Orbis Newswire"             # international wire
S24 = "Sahar 24 News"              # TV channel, tickers
UFQ = "Ufaq News"                  # TV channel, tickers

REPORTS = []


def r(source, external_id, published_at, title, body, gold):
    REPORTS.append(dict(source=source, external_id=external_id, url=None,
                        published_at=published_at, title=title, body=" ".join(body.split()),
                        language="en", marking="TLP:CLEAR", gold_incidents=list(gold)))


# ----------------------------------- C01 / C02 Bannu -----------------------------------
r(S24, "S24-TKR-20250114-2241", "2025-01-14T22:41:00+05:00",
  "Banu: police station under attack",
  """Banu: terrorists attack Miryan police station from several directions with heavy weapons,
  intense exchange of fire continues, police reinforcements and armoured vehicles rushed to the
  area, casualties feared, police sources say.""", ["C01"])

r(KPP, "KPP/BNU/2025/0115-01", "2025-01-15T00:50:00+05:00",
  "Terrorists' attack on PS Miryan repulsed",
  """On the night of 14 January at about 2215 hours, terrorists armed with heavy and sophisticated
  weapons attacked Police Station Miryan, district Bannu, from three sides. The police personnel
  on duty retaliated valiantly and the attack was repulsed after an exchange of fire that lasted
  nearly one hour. Two constables embraced shahadat while four police personnel sustained
  injuries and were shifted to DHQ Hospital Bannu. The DPO Bannu reached the spot with
  reinforcements. The area has been cordoned off and a search operation is under way.""", ["C01"])

r(KNA, "KNA-20250115-0212", "2025-01-15T09:05:00+05:00",
  "Two policemen martyred in attack on Bannu police station",
  """BANNU, Jan 15 (KNA): Two policemen were martyred and four others injured when militants
  attacked the Miryan police station in Bannu late Tuesday night, police said. A police official
  said the attackers, who used rocket-propelled grenades and automatic weapons, fled under cover
  of darkness after the personnel returned fire. A portion of the boundary wall and a police
  vehicle were damaged. Security was tightened on the Bannu-Miranshah road after the
  attack.""", ["C01"])

r(KPP, "KPP/BNU/2025/0115-04", "2025-01-15T15:30:00+05:00",
  "Funeral prayers of Miryan martyrs offered",
  """The funeral prayers of the two constables who embraced shahadat in last night's attack on
  Police Station Miryan were offered at Police Lines Bannu. The Regional Police Officer Bannu,
  the DPO, officers of the district administration and a large number of citizens attended. A
  smartly turned-out contingent presented a guard of honour. The RPO said the sacrifices of the
  martyrs would not go in vain.""", ["C01"])

r(DT, "dt-2025-01-15-ttp-claims-miryan", "2025-01-15T19:10:00+05:00",
  "TTP claims Miryan attack; police reject 'nine killed' figure",
  """BANNU: The banned Tehreek-e-Taliban Pakistan claimed responsibility for Tuesday night's attack
  on the Miryan police station, saying in a statement sent to journalists that its fighters had
  killed nine policemen and captured weapons. A senior police officer dismissed the claim as
  propaganda, saying two constables were martyred and four injured, none of them critically. He
  said no weapons were taken from the station.""", ["C01"])

r(ISPR, "PR-09/2025-ISPR", "2025-01-16T10:45:00+05:00",
  "Khawarij attack on check post thwarted in Bannu",
  """On night 15/16 January 2025, khawarij attempted to attack a security forces check post in
  general area Jani Khel, Bannu District. Own troops effectively thwarted the attempt and, in
  the ensuing exchange of fire, three khawarij were sent to hell. However, during the intense
  exchange of fire, one soldier, having fought gallantly, embraced shahadat, while two were
  injured. Sanitisation operation is being carried out to eliminate any other khariji found in
  the area. Security Forces of Pakistan are determined to wipe out the menace of terrorism from
  the country.""", ["C02"])

r(DT, "dt-2025-01-16-jani-khel-post", "2025-01-16T11:20:00+05:00",
  "FC sepoy martyred as militants strike Jani Khel post",
  """JANI KHEL: A Frontier Corps sepoy was martyred and two others were injured when militants
  attacked a check post in Jani Khel late on Wednesday. Elders of the area said firing continued
  for almost two hours and mortar rounds were heard till midnight. Shops in the Jani Khel bazaar
  remained closed on Thursday and troops searched several compounds near the check
  post.""", ["C02"])

r(ORB, "ORB-PK-20250116-0077", "2025-01-16T13:30:00+05:00",
  "Pakistan says three militants killed in attack on border-area checkpoint",
  """ISLAMABAD, Jan 16 (Orbis) - Pakistan's military said on Thursday its troops had repulsed an
  attack on a checkpoint in the northwestern district of Bannu, killing three militants, while
  one soldier died. The district, which borders the North Waziristan region near the Afghan
  frontier, has seen a rise in attacks on police and troops; two policemen were killed there on
  Tuesday. Pakistan accuses Afghanistan's Taliban rulers of sheltering militants, a charge Kabul
  denies.""", ["C02"])

r(MT, "mt-2025-01-16-bannu-two-nights", "2025-01-16T07:30:00+05:00",
  "Bannu hit by attacks on two consecutive nights",
  """BANNU: Militants attacked security installations in Bannu on two consecutive nights, martyring
  three personnel. On Tuesday night, the Miryan police station came under attack from three sides;
  two constables were martyred and four injured. On Wednesday night, militants struck a Frontier
  Corps check post in Jani Khel, where one soldier was martyred and two injured, and officials
  said three attackers were killed. Residents of Bannu city said they had heard heavy firing on
  both nights. The district administration has imposed Section 144 and banned pillion riding for
  a week.""", ["C01", "C02"])

# ----------------------------------- no incident ---------------------------------------
r(GKP, "GKP-INFO-2025-0120-03", "2025-01-20T18:40:00+05:00",
  "Provincial Apex Committee reviews law and order in southern districts",
  """PESHAWAR: The Provincial Apex Committee met at the Chief Minister's House with the Corps
  Commander Peshawar and the Inspector General of Police in attendance. The forum reviewed the
  law and order situation in the southern districts, including Bannu, Lakki Marwat and Dera
  Ismail Khan, and approved additional funds for the police's counter-terrorism capacity,
  night-vision equipment and armoured vehicles. It was decided that district coordination
  committees would submit fortnightly progress reports.""", [])

# ----------------------------------- C03 Lakki Marwat ---------------------------------
r(S24, "S24-TKR-20250127-0948", "2025-01-27T09:48:00+05:00",
  "Lakki: blast on Pezu road",
  """Lakki: explosion on Lakki-Pezu road near Pezu this morning, police armoured vehicle targeted, casualties
  reported, rescue teams and police reinforcements reach the site, traffic suspended and area
  cordoned off, sources say.""", ["C03"])

r(KPP, "KPP/LKM/2025/0127-01", "2025-01-27T10:25:00+05:00",
  "Police APC hit by IED in Lakki Marwat",
  """At about 0915 hours today, an armoured personnel carrier of Lakki Marwat police was hit by an
  improvised explosive device planted along the Lakki-Pezu road near Pezu while the personnel were
  on their way to relieve a picket. Two police personnel embraced shahadat and three got injured.
  The injured were shifted to CMH Bannu. The bomb disposal unit has collected evidence and a
  search operation has been launched in the surrounding area.""", ["C03"])

r(KNA, "KNA-20250127-0533", "2025-01-27T12:10:00+05:00",
  "Two policemen killed in roadside blast in Lakki Marwat",
  """BANNU, Jan 27 (KNA): Two policemen were martyred and three injured when a roadside bomb struck
  their armoured vehicle in neighbouring Lakki Marwat district on Monday morning, police said.
  The injured were brought to a hospital in Bannu. Police said the device, weighing about eight
  kilogrammes, had been planted under a culvert. No group claimed responsibility.""", ["C03"])

r(DT, "dt-2025-01-28-pezu-blast-toll", "2025-01-28T08:15:00+05:00",
  "Pezu road blast: toll rises to three",
  """LAKKI MARWAT: One of the three policemen injured in Monday's roadside blast near Pezu succumbed
  to his injuries at CMH Bannu late on Monday night, raising the death toll to three, police
  said. Traders in Lakki city observed a shutter-down strike on Tuesday against the worsening law
  and order situation, and police have suspended movement of armoured vehicles on the road pending
  clearance by the bomb disposal unit.""", ["C03"])

# ----------------------------------- C04 Kurram ----------------------------------------
r(WH, "wh-2025-02-08-ochat-convoy", "2025-02-08T16:40:00+05:00",
  "Four drivers killed as convoy ambushed at Ochat",
  """LOWER KURRAM: Gunmen ambushed a convoy of goods trucks bound for Parachinar at Ochat in Lower
  Kurram this afternoon, killing four drivers and injuring several others. Eyewitnesses said the
  attackers fired from the hills on both sides of the road and set at least five trucks on fire.
  Security personnel escorting the convoy returned fire. The road was closed to all traffic and
  the remaining vehicles were sent back to Thall.""", ["C04"])

r(ORB, "ORB-PK-20250208-0141", "2025-02-08T20:30:00+05:00",
  "Gunmen attack aid convoy on road to Pakistani border town",
  """PESHAWAR, Feb 8 (Orbis) - Gunmen opened fire on a convoy of lorries carrying food and medicine
  to Parachinar, a town near the Afghan border in Pakistan's northwestern Khyber Pakhtunkhwa
  province, killing at least six people on Saturday, officials said. The only road to the town
  has been closed for months after sectarian clashes, causing shortages of food and medicine.
  Officials said several vehicles were burnt.""", ["C04"])

r(GKP, "GKP-INFO-2025-0209-01", "2025-02-09T11:00:00+05:00",
  "CM condemns attack on convoy in Kurram",
  """The Chief Minister Khyber Pakhtunkhwa has strongly condemned the attack on a convoy of goods
  vehicles in Lower Kurram in which six persons lost their lives. He directed the police and
  district administration to ensure the safe passage of convoys and bring the culprits to justice,
  and announced compensation for the families of the deceased drivers. He said elements opposed
  to the peace agreement in Kurram would not be allowed to succeed.""", ["C04"])

r(PS, "ps-2025-02-10-kurram-toll-nine", "2025-02-10T08:00:00+05:00",
  "Kurram convoy attack toll rises to nine",
  """PARACHINAR: Three more bodies were recovered from burnt trucks near Ochat on Sunday, raising
  the death toll in Saturday's attack on a Parachinar-bound convoy to nine, officials said. The
  dead include seven drivers and two helpers. Traders in Parachinar said shortages of flour and
  medicine had worsened since the road was closed after the attack, and a jirga was expected to
  meet officials in Kohat.""", ["C04"])

# ----------------------------------- C05 Khuzdar ---------------------------------------
r(BT, "bt-2025-02-21-wadh-abduction", "2025-02-21T08:10:00+05:00",
  "Four workers abducted near Wadh, machinery torched",
  """KHUZDAR: Armed men abducted four workers of a private construction company and set fire to its
  machinery near Wadh on the Karachi-Quetta highway on Thursday evening, Levies officials said.
  The gunmen arrived in two pickups, blocked the road for around an hour and took the workers,
  including a site engineer, towards the mountains. Two excavators and a water tanker were burnt.
  Levies and police launched a search in the area.""", ["C05"])

r(KNA, "KNA-20250221-0309", "2025-02-21T10:40:00+05:00",
  "Six road workers kidnapped in Khuzdar",
  """KHUZDAR, Feb 21 (KNA): Unidentified gunmen kidnapped six employees of a road construction
  firm working on the N-25 highway in Wadh area of Khuzdar district on Thursday, local sources
  said. The attackers also torched the company's vehicles. Traffic on the highway remained
  suspended for several hours.""", ["C05"])

r(GOB, "GOB-SPK-2025-0221-02", "2025-02-21T14:15:00+05:00",
  "Government takes notice of abduction of workers in Khuzdar",
  """The spokesperson of the Government of Balochistan said the provincial government had taken
  serious notice of the abduction of workers of a construction company in Khuzdar district. He
  said law enforcement agencies were using all available resources for their safe recovery and
  that development work on the highway would not be stopped by such cowardly acts.""", ["C05"])

r(BT, "bt-2025-02-24-wadh-workers-freed", "2025-02-24T09:00:00+05:00",
  "Workers abducted from Wadh return home",
  """KHUZDAR: The four construction workers abducted near Wadh last Thursday returned home unharmed
  on Sunday night, officials said. Tribal elders had mediated with the abductors, a Levies
  official said, without saying whether a ransom had been paid. Work on the highway section
  remained suspended, and the company said it would not resume until security was
  provided.""", ["C05"])

r(KNA, "KNA-20250227-0422", "2025-02-27T16:20:00+05:00",
  "ATC adjourns hearing of terror financing case",
  """RAWALPINDI, Feb 27 (KNA): An anti-terrorism court in Rawalpindi on Thursday adjourned until
  March 13 the hearing of a terror financing case against five accused, after the prosecution
  sought more time to produce witnesses. The accused, arrested by the Counter Terrorism Department
  last year, were produced in court under tight security. Defence counsel objected to repeated
  adjournments.""", [])

# ----------------------------------- C06 / C07 Peshawar -------------------------------
r(UFQ, "UFQ-TKR-20250305-0829", "2025-03-05T08:29:00+05:00",
  "Peshawar: CTD official shot dead",
  """Peshawar: sub-inspector of the Counter Terrorism Department shot dead by motorcyclists near his
  house in Mathra while leaving for duty, attackers escape, police cordon off the area and begin
  search, body shifted to Lady Reading Hospital.""", ["C06"])

r(KPP, "KPP/CCPO-PSH/2025/0305-02", "2025-03-05T10:15:00+05:00",
  "CTD sub-inspector martyred in Mathra",
  """At about 0750 hours today, a Sub-Inspector of the Counter Terrorism Department embraced
  shahadat when unknown motorcyclists opened fire on him near his residence in the jurisdiction
  of Police Station Mathra. The SSP Operations Peshawar reached the spot. Empties of a 30-bore
  pistol were collected and sent for forensic analysis. Teams have been constituted to trace the
  culprits through CCTV footage.""", ["C06"])

r(PS, "ps-2025-03-05-mathra-ctd-killing", "2025-03-05T13:20:00+05:00",
  "CTD official gunned down outside his home",
  """PESHAWAR: An official of the Counter Terrorism Department was shot dead outside his home in
  Mathra on Wednesday morning. Family members said he had received threats after taking part in
  raids in Khyber district last year. Two men on a motorcycle fired at him as he was about to get
  into his car and escaped towards the Warsak road. His funeral was held in the afternoon at his
  ancestral village.""", ["C06"])

r(KPP, "KPP/CCPO-PSH/2025/0306-01", "2025-03-06T00:30:00+05:00",
  "Grenade attack on police post in Chamkani",
  """At about 2245 hours, unknown miscreants hurled a hand grenade at Police Post Pajagi Road,
  Police Station Chamkani, from a passing vehicle. As a result three constables sustained minor
  injuries and have been shifted to Lady Reading Hospital, where their condition is stated to be
  out of danger. The building was partially damaged. A search and strike operation is in
  progress.""", ["C07"])

r(PS, "ps-2025-03-06-chamkani-grenade", "2025-03-06T09:10:00+05:00",
  "Three cops hurt in grenade attack on Chamkani post",
  """PESHAWAR: Three policemen were injured when unidentified men threw a hand grenade at a police
  post on Pajagi Road in Chamkani late Wednesday night. A police officer said the attackers were
  in a car and drove off towards the Ring Road. This is the third grenade attack on a police
  installation on the city's outskirts since December.""", ["C07"])

r(MT, "mt-2025-03-06-peshawar-two-attacks", "2025-03-06T07:30:00+05:00",
  "Peshawar: CTD official killed, police post attacked in a day",
  """PESHAWAR: A sub-inspector of the Counter Terrorism Department was shot dead and three policemen
  were injured in two separate attacks in the provincial capital on Wednesday. In the morning,
  the CTD official was killed by motorcyclists outside his house in Mathra. Late at night,
  attackers threw a hand grenade at a police post in Chamkani, injuring three constables. Police
  said it was too early to say whether the attacks were linked.""", ["C06", "C07"])

# ----------------------------------- C08 Sibi ------------------------------------------
r(PR, "PR-PRO-2025-0316-1", "2025-03-16T09:30:00+05:00",
  "Train operation suspended after track damaged near Sibi",
  """A portion of the railway track was damaged by an explosion near Sibi at about 0530 hours this
  morning. The Quetta-bound passenger train has been stopped at Sibi railway station and
  passengers are being provided refreshments. Repair teams have reached the site and the track is
  expected to be restored within six hours. Passengers are requested to contact the enquiry office
  for the revised schedule.""", ["C08"])

r(BT, "bt-2025-03-16-sibi-track-blast", "2025-03-16T14:00:00+05:00",
  "Blast damages rail track near Sibi",
  """SIBI: Unidentified men blew up a section of the railway track a few kilometres from Sibi
  railway station early on Sunday, suspending train traffic between Quetta and the rest of the
  country. Railway officials said about two and a half feet of track was destroyed. No one was
  hurt. Police said explosives had been planted under the rails during the night.""", ["C08"])

r(ORB, "ORB-PK-20250316-0098", "2025-03-16T17:45:00+05:00",
  "Militants blow up railway track in Pakistan's Balochistan",
  """QUETTA, March 16 (Orbis) - Militants blew up a section of railway track in Pakistan's
  southwestern Balochistan province on Sunday, halting train services to the provincial capital,
  officials said. No casualties were reported. Separatist groups seeking independence for the
  resource-rich province frequently target railway lines, gas pipelines and security
  forces.""", ["C08"])

r(DIO, "dio-2025-03-17-bla-claim-sibi", "2025-03-17T07:00:00+05:00",
  "BLA claims Sibi track blast; railways deny train was hit",
  """QUETTA: The banned Balochistan Liberation Army claimed responsibility for Sunday's blast on the
  railway track near Sibi, saying in a statement that it had 'targeted a train carrying military
  personnel'. Pakistan Railways said no train was passing at the time and the damaged track had
  been repaired by Sunday afternoon. Train services resumed on Sunday evening after a
  delay of about ten hours.""", ["C08"])

# ----------------------------------- C09 Loralai ---------------------------------------
r(BT, "bt-2025-03-27-mekhtar-towers", "2025-03-27T16:00:00+05:00",
  "Two mobile phone towers torched in Mekhtar",
  """LORALAI: Unidentified armed men set fire to two mobile phone towers in the Mekhtar area of
  Loralai district in the early hours of Thursday, suspending cellular services in several
  villages. The guards were held at gunpoint while the attackers poured petrol on the generators
  and equipment. Levies officials said the attackers escaped towards the mountains.""", ["C09"])

r(KNA, "KNA-20250327-0611", "2025-03-27T18:20:00+05:00",
  "Cellular towers set ablaze in Loralai",
  """LORALAI, March 27 (KNA): Armed men torched two towers of a cellular company in Mekhtar tehsil
  on Thursday, officials said. No casualties were reported. The company estimated the loss at
  several million rupees. This was the second such incident in the district this
  year.""", ["C09"])

r(S24, "S24-TKR-20250327-1112", "2025-03-27T11:12:00+05:00",
  "Loralai: towers set on fire",
  """Loralai: armed men set two mobile phone towers on fire in Mekhtar after holding guards at
  gunpoint, cellular and internet services suspended in the area, Levies begin search, no loss of
  life reported, officials say.""", ["C09"])

# ----------------------------------- C10 / C11 North Waziristan ------------------------
r(UFQ, "UFQ-TKR-20250406-1210", "2025-04-06T12:10:00+05:00",
  "North Waziristan: drone strike on house",
  """North Waziristan: drone strike on a house in Hurmaz village near Mir Ali, several people
  including children reportedly killed and injured, locals shift the injured to Mir Ali hospital,
  officials yet to comment.""", ["C10"])

r(WH, "wh-2025-04-06-hurmaz-drone", "2025-04-06T15:30:00+05:00",
  "Three killed, five hurt as drone hits house in Mir Ali",
  """MIR ALI: Three people, including two children, were killed and five others injured when a
  drone struck a house in Hurmaz village near Mir Ali on Sunday morning, residents said. They said
  a woman was among the injured. Nobody claimed the strike and officials did not comment.
  Elders said they would not bury the dead until those responsible were identified.""", ["C10"])

r(ORB, "ORB-PK-20250407-0052", "2025-04-07T10:00:00+05:00",
  "Residents protest after drone strike kills four in Pakistan's northwest",
  """PESHAWAR, April 7 (Orbis) - Hundreds of residents in Pakistan's North Waziristan region staged a
  sit-in with the bodies of four people, including children, killed in a drone strike, a local
  elder said on Monday. It was not clear who had operated the drone. Pakistan's military did not
  respond to a request for comment. Militants in the region have also used commercial drones to
  drop explosives on security posts.""", ["C10"])

r(ISPR, "PR-58/2025-ISPR", "2025-04-07T19:00:00+05:00",
  "Two soldiers embrace shahadat in IED blast in North Waziristan",
  """On 7 April 2025, khawarij detonated an improvised explosive device targeting a security forces
  vehicle in general area Miran Shah, North Waziristan District. As a result of the blast, two
  soldiers, having fought bravely, embraced shahadat, while one was injured. A sanitisation
  operation is being conducted and perpetrators of this heinous act will be brought to
  justice.""", ["C11"])

r(KNA, "KNA-20250407-0702", "2025-04-07T21:05:00+05:00",
  "Two soldiers martyred in Miranshah roadside blast",
  """MIRANSHAH, April 7 (KNA): Two soldiers were martyred and one was injured when a roadside bomb
  hit their vehicle near Miranshah on Monday afternoon, officials said. Officials said the vehicle
  was on its way back from a routine patrol. A curfew was imposed in parts of the
  town.""", ["C11"])

r(WH, "wh-2025-04-08-waziristan-sitin-ied", "2025-04-08T08:00:00+05:00",
  "Mir Ali sit-in continues as IED kills two soldiers in Miran Shah",
  """MIR ALI: A sit-in by residents of Hurmaz with the bodies of those killed in Sunday's drone
  strike entered its second day on Monday; the death toll rose to four after an injured boy died.
  On Monday afternoon, two soldiers were martyred when an improvised explosive device hit their
  vehicle near Miran Shah. Mobile internet was suspended across North Waziristan for the
  day.""", ["C10", "C11"])

r(ISPR, "PR-61/2025-ISPR", "2025-04-15T17:00:00+05:00",
  "COAS visits Corps Headquarters Peshawar",
  """The Chief of Army Staff visited Headquarters Peshawar Corps, where he was given a detailed
  briefing on the prevailing security situation and ongoing counter-terrorism operations in
  Khyber Pakhtunkhwa. The COAS lauded the professionalism of the formations and directed that
  coordination with the police and civil administration be further enhanced. Earlier, on arrival,
  he was received by the Corps Commander Peshawar.""", [])

# ----------------------------------- C12 Lasbela (Hub) ---------------------------------
r(BP, "BP-HUB-2025-0423-01", "2025-04-23T23:10:00+05:00",
  "Two policemen martyred in attack on patrol in Hub",
  """At about 2100 hours, unknown armed terrorists opened fire on a patrolling mobile of Police
  Station Hub City on the RCD Highway near the industrial area. As a result, two police personnel
  embraced shahadat while one was injured and shifted to a hospital in Karachi. The attackers fled
  towards the hills. Heavy contingents of police reached the spot and a search operation has been
  started.""", ["C12"])

r(ORB, "ORB-PK-20250424-0033", "2025-04-24T08:00:00+05:00",
  "Gunmen kill two police on outskirts of Pakistan's Karachi",
  """KARACHI, April 24 (Orbis) - Gunmen killed two policemen in an attack on their patrol vehicle on
  the outskirts of Karachi late on Wednesday, police said. The attack took place in Hub, an
  industrial town just across the provincial boundary in Balochistan. No group claimed
  responsibility, but separatists have carried out attacks in the area.""", ["C12"])

r(KMT, "kmt-2025-04-24-hub-cops", "2025-04-24T09:15:00+05:00",
  "Two cops martyred in Hub district",
  """HUB: Two policemen were martyred and another injured when gunmen attacked their mobile on the
  RCD Highway in Hub district on Wednesday night. The injured policeman was brought to a private
  hospital in Karachi. Factory owners in the Hub industrial estate demanded more police pickets,
  saying many of their workers commute from Karachi at night.""", ["C12"])

r(GOB, "GOB-SPK-2025-0424-01", "2025-04-24T12:30:00+05:00",
  "Chief Minister condemns attack on police in Hub",
  """The Chief Minister Balochistan strongly condemned the attack on a police patrol in district
  Hub in which two policemen embraced shahadat. He said the sacrifices of the police would not go
  in vain, directed that the injured be provided the best treatment and sought a report from the
  Inspector General of Police.""", ["C12"])

r(BT, "bt-2025-04-25-uthal-funeral", "2025-04-25T08:30:00+05:00",
  "Funeral prayers held in Uthal for martyred policemen",
  """UTHAL: Funeral prayers for the two policemen martyred on the RCD Highway near Hub on Wednesday
  night were offered at Police Lines Uthal on Thursday. Senior officers of Lasbela police attended.
  The bodies were sent to their native towns in Lasbela. Police said two suspects had been
  detained for questioning.""", ["C12"])

# ----------------------------------- C13 Chitral ---------------------------------------
r(ISPR, "PR-72/2025-ISPR", "2025-05-04T17:20:00+05:00",
  "Infiltration attack on border posts repulsed in Chitral",
  """On 4 May 2025, a large group of khawarij attempted to attack border posts in general area
  Arandu, Chitral District, from across the Pak-Afghan border. Own troops responded swiftly and
  effectively, and eight khawarij were sent to hell. During the intense exchange of fire, two
  soldiers embraced shahadat. Pakistan expects the Interim Afghan Government to fulfil its
  obligations and deny the use of its soil by khawarij for perpetrating acts of terrorism against
  Pakistan.""", ["C13"])

r(PVP, "pvp-2025-05-04-arandu-fighting", "2025-05-04T20:00:00+05:00",
  "Heavy fighting in Arandu; residents move to Drosh",
  """CHITRAL: Heavy fighting was reported in the Arandu area of Lower Chitral on Sunday after
  militants attacked border posts from across the border, residents said. Several families left
  their homes for Drosh. Officials said the attack had been repulsed by the afternoon. The
  Chitral-Arandu road was closed to traffic.""", ["C13"])

r(PS, "ps-2025-05-05-chitral-ttp-claim", "2025-05-05T08:20:00+05:00",
  "TTP claim on Chitral attack rejected",
  """PESHAWAR: The banned TTP claimed in a statement that its fighters had captured two border posts
  in Chitral on Sunday and killed 15 soldiers. Security officials rejected the claim as baseless,
  saying two soldiers were martyred and eight attackers were killed when the attack in Arandu was
  repulsed. They said the militants had crossed from Afghanistan's Kunar
  province.""", ["C13"])

r(ORB, "ORB-PK-20250505-0021", "2025-05-05T10:10:00+05:00",
  "Pakistan says eight militants killed in cross-border raid",
  """ISLAMABAD, May 5 (Orbis) - Pakistan's military said eight militants and two soldiers were
  killed when fighters crossing from Afghanistan attacked border posts in the mountainous northern
  district of Chitral on Sunday. The Afghan Taliban government did not immediately comment.
  Tensions between the neighbours have risen over attacks by the Pakistani Taliban.""", ["C13"])

# ----------------------------------- C14 Nasirabad -------------------------------------
r(BT, "bt-2025-05-16-dmj-pipeline", "2025-05-16T08:00:00+05:00",
  "Gas pipeline blown up near Dera Murad Jamali",
  """DERA MURAD JAMALI: Unidentified miscreants blew up a 12-inch gas pipeline near Dera Murad Jamali
  in Naseerabad district late on Thursday night, suspending gas supply to the town and adjoining
  areas. The blast was heard several kilometres away and flames were visible for hours. Police
  said explosives had been planted under the pipeline.""", ["C14"])

r(KNA, "KNA-20250516-0418", "2025-05-16T10:30:00+05:00",
  "Gas supply suspended after pipeline blast in Nasirabad",
  """NASIRABAD, May 16 (KNA): Gas supply to several towns of Nasirabad division was suspended after
  unidentified men blew up a pipeline on Thursday night, officials of the gas utility said. No
  group claimed responsibility. Repair teams were sent to the site under police
  escort.""", ["C14"])

r(DIO, "dio-2025-05-17-dmj-gas-restored", "2025-05-17T07:00:00+05:00",
  "Gas supply restored after pipeline repair",
  """QUETTA: Gas supply to Dera Murad Jamali and adjoining areas was restored on Friday night after
  the gas utility repaired the pipeline damaged in Thursday night's blast, a company spokesperson
  said. Consumers had faced a day without gas for cooking. The company said it was the third act of
  sabotage on its network in the province this year.""", ["C14"])

# ----------------------------------- C15 / C16 Karachi --------------------------------
r(SP, "SP-KOR-2025-0526-03", "2025-05-26T10:05:00+05:00",
  "Constable martyred in Landhi",
  """At about 0815 hours, a constable of Police Station Landhi, District Korangi, embraced shahadat
  when two unidentified motorcyclists opened fire on him near Dawood Chowrangi while he was on his
  way to duty. The SSP Korangi reached the spot. Empties have been collected and sent for forensic
  examination and CCTV footage of the area is being obtained.""", ["C15"])

r(KMT, "kmt-2025-05-26-landhi-constable", "2025-05-26T13:00:00+05:00",
  "Policeman shot dead in Landhi",
  """KARACHI: A police constable was shot dead near Dawood Chowrangi in Landhi on Monday morning.
  Witnesses said two men on a motorcycle followed him from his house and fired four shots before
  escaping through the lanes of Landhi No 6. Police said a 9mm pistol was used and that the
  killing appeared to be targeted.""", ["C15"])

r(SP, "SP-EST-2025-0526-07", "2025-05-26T21:30:00+05:00",
  "Prayer leader shot dead in Gulshan-e-Iqbal",
  """At about 1930 hours, a prayer leader was shot dead by unknown motorcyclists outside a mosque in
  Block 13-D, Gulshan-e-Iqbal, jurisdiction of Police Station Gulshan-e-Iqbal, District East, as he
  came out after Maghrib prayers. The SSP East reached the spot. The body was shifted to Jinnah
  Postgraduate Medical Centre for medico-legal formalities.""", ["C16"])

r(UFQ, "UFQ-TKR-20250526-2015", "2025-05-26T20:15:00+05:00",
  "Karachi: two killed in separate firing incidents",
  """Karachi: two killed in separate incidents of targeted firing, a policeman near Dawood Chowrangi
  in Landhi this morning and a prayer leader outside a mosque in Gulshan-e-Iqbal this evening,
  police say.""", ["C15", "C16"])

r(KMT, "kmt-2025-05-27-gulshan-prayer-leader", "2025-05-27T08:00:00+05:00",
  "Prayer leader gunned down in Gulshan; protest staged",
  """KARACHI: A prayer leader was gunned down outside a mosque in Gulshan-e-Iqbal Block 13-D on Monday
  evening. Activists of a religious party blocked University Road for two hours after the killing,
  demanding the arrest of the killers. Police said the victim had been threatened before, and that
  the killing might be sectarian.""", ["C16"])

r(DIO, "dio-2025-05-27-karachi-two-killings", "2025-05-27T07:00:00+05:00",
  "Two targeted killings in Karachi in a day",
  """KARACHI: A policeman and a prayer leader were shot dead in two separate targeted attacks in the
  city on Monday. The constable was killed near Dawood Chowrangi in Landhi in the morning while on
  his way to duty. In the evening, a prayer leader was killed outside a mosque in Gulshan-e-Iqbal.
  In both cases the attackers were riding motorcycles. Police said the two killings were not
  believed to be linked.""", ["C15", "C16"])

r(ORB, "ORB-PK-20250527-0019", "2025-05-27T09:30:00+05:00",
  "Cleric shot dead in Pakistan's Karachi",
  """KARACHI, May 27 (Orbis) - A Sunni cleric was shot dead by gunmen on a motorcycle as he left a
  mosque in Pakistan's southern port city of Karachi on Monday evening, police said. No one claimed
  responsibility. Karachi, a city of more than 20 million people, has a history of sectarian
  killings.""", ["C16"])

# ----------------------------------- C17 / C18 Quetta, C19 Kech ------------------------
r(S24, "S24-TKR-20250610-0851", "2025-06-10T08:51:00+05:00",
  "Quetta: blast on Spinny Road",
  """Quetta: explosion on Spinny Road near a police vehicle, several policemen injured, rescue
  teams shift the injured to Civil Hospital, emergency declared in hospitals of the city, police
  sources say.""", ["C17"])

r(BP, "BP-QTA-2025-0610-02", "2025-06-10T10:00:00+05:00",
  "Police van targeted on Spinny Road",
  """At about 0830 hours, an improvised explosive device fitted to a motorcycle parked on Spinny Road
  exploded as a police van of the Quick Response Force passed by. As a result two police personnel
  embraced shahadat and five sustained injuries. The injured were shifted to Civil Hospital
  Quetta. The Bomb Disposal Squad estimated the device at 4 to 5 kg.""", ["C17"])

r(UFQ, "UFQ-TKR-20250610-1825", "2025-06-10T18:25:00+05:00",
  "Quetta: blast in Hazarganji market",
  """Quetta: blast in Hazarganji fruit and vegetable market, several people injured, panic in the
  market, police and rescue teams reach the site, injured taken to Trauma Centre, second blast in
  the city today.""", ["C18"])

r(BP, "BP-QTA-2025-0610-05", "2025-06-10T19:40:00+05:00",
  "Explosion in Hazarganji market",
  """At about 1800 hours, an explosion occurred in the fruit and vegetable market, Hazarganji, when an
  explosive device concealed in a handcart went off among the stalls. As a result one person died
  and nine were injured, all of them labourers and vendors. The Bomb Disposal Squad estimated the
  device at 1.5 kg. Police have cordoned off the area.""", ["C18"])

r(GOB, "GOB-SPK-2025-0610-04", "2025-06-10T21:00:00+05:00",
  "Chief Minister condemns two blasts in Quetta",
  """The Chief Minister Balochistan strongly condemned the two explosions in Quetta today, one
  targeting a police van on Spinny Road in the morning and the other in the Hazarganji market in
  the evening. He expressed grief over the loss of precious lives, directed the health department
  to provide the best treatment to the injured and said the enemies of Balochistan would not
  succeed in their designs.""", ["C17", "C18"])

r(MV, "mv-2025-06-10-tump-technicians", "2025-06-10T22:00:00+05:00",
  "Four telecom technicians abducted near Tump",
  """TUMP: Four technicians of a cellular company were abducted by armed men on Tuesday afternoon
  while repairing a tower near Tump, locals said. The gunmen also set the company's vehicle on
  fire. The technicians, three of them from Turbat, had come to restore the tower, which had been
  off air for a week.""", ["C19"])

r(BT, "bt-2025-06-11-quetta-twin-blasts", "2025-06-11T08:00:00+05:00",
  "Quetta rocked by two blasts",
  """QUETTA: Three people were killed and 14 injured in two bomb blasts in the provincial capital on
  Tuesday. In the morning, a bomb fitted to a motorcycle struck a police van on Spinny Road,
  martyring two policemen and injuring five. In the evening, a device hidden in a handcart went off
  in the Hazarganji fruit market, killing a labourer and injuring nine. Traders announced a strike
  on Wednesday.""", ["C17", "C18"])

r(KNA, "KNA-20250611-0233", "2025-06-11T09:00:00+05:00",
  "Three technicians kidnapped in Kech",
  """TURBAT, June 11 (KNA): Three employees of a telecommunication company were kidnapped from near
  Tump in Kech district on Tuesday, officials said, adding that a fourth man had managed to flee.
  The kidnappers also torched the company's pickup. Police registered a case.""", ["C19"])

r(ORB, "ORB-PK-20250611-0064", "2025-06-11T11:00:00+05:00",
  "Bombings kill three, gunmen kidnap workers in Pakistan's Balochistan",
  """QUETTA, June 11 (Orbis) - Two bombings in the capital of Pakistan's Balochistan province killed
  three people on Tuesday, and gunmen abducted telecom workers in the province's southwest, officials
  said. A bomb on a motorcycle hit a police van in the morning and a second device exploded in a
  crowded fruit market in the evening. In a separate incident, armed men kidnapped workers repairing
  a mobile phone tower in Kech district. No group claimed the attacks.""", ["C17", "C18", "C19"])

r(KNA, "KNA-20250611-0540", "2025-06-11T15:30:00+05:00",
  "Spinny Road blast toll rises to three",
  """QUETTA, June 11 (KNA): A policeman injured in Tuesday's bomb attack on a police van on Spinny
  Road succumbed to his injuries at the Combined Military Hospital on Wednesday, raising the death
  toll to three, police said. Funeral prayers for the martyred personnel were offered at Police
  Lines Quetta.""", ["C17"])

r(MV, "mv-2025-06-14-tump-families-protest", "2025-06-14T17:00:00+05:00",
  "Families of abducted technicians protest in Turbat",
  """TURBAT: Families of the technicians abducted near Tump on Tuesday staged a protest outside the
  Turbat press club on Saturday, demanding their safe recovery. They said they had received no
  contact from the abductors. The company suspended maintenance work in the area until further
  notice.""", ["C19"])

# ----------------------------------- C20 South Waziristan ------------------------------
r(ISPR, "PR-96/2025-ISPR", "2025-06-24T20:10:00+05:00",
  "Seven khawarij sent to hell in South Waziristan",
  """On 24 June 2025, security forces conducted an intelligence-based operation in general area
  Sararogha, South Waziristan District, on the reported presence of khawarij. During the conduct of
  the operation, own troops effectively engaged the khawarij location and, as a result, seven
  khawarij were sent to hell. Weapons and ammunition were also recovered. During the intense
  exchange of fire, one soldier embraced shahadat.""", ["C20"])

r(MT, "mt-2025-06-25-sararogha-ibo", "2025-06-25T07:30:00+05:00",
  "Seven militants killed in South Waziristan operation",
  """RAWALPINDI: Security forces killed seven militants in an intelligence-based operation in South
  Waziristan on Tuesday, the military's media wing said. A soldier was martyred in the exchange of
  fire. The operation was conducted in the Sararogha area. Security forces have intensified
  operations in the region since the start of the year.""", ["C20"])

r(WH, "wh-2025-06-25-sararogha-curfew", "2025-06-25T11:00:00+05:00",
  "Curfew in Sararogha as operation continues",
  """UPPER SOUTH WAZIRISTAN: A curfew was imposed in parts of Sararogha tehsil on Wednesday as
  security forces continued a search operation a day after seven militants were killed in the area,
  residents said. Several families moved to Tank. Mobile phone service remained suspended, and
  schools were closed.""", ["C20"])

# ----------------------------------- C21 Lahore ----------------------------------------
r(GOP, "GOP-HD-2025-0703-02", "2025-07-03T17:00:00+05:00",
  "Cabinet committee reviews Muharram security arrangements",
  """LAHORE: The Cabinet Committee on Law and Order reviewed security arrangements for Muharram at
  the Home Department. The committee approved the deployment of army and Rangers in sensitive
  districts, a ban on pillion riding on 9th and 10th Muharram, and mobile phone service suspension
  along procession routes where needed. Lahore's 'A' category processions will be monitored
  through Safe City cameras.""", [])

r(CTDP, "CTDP-PR-2025-0705", "2025-07-05T11:00:00+05:00",
  "Three terrorists killed in CTD operation in Lahore",
  """CTD Punjab conducted an intelligence-based operation near Manga Mandi, Lahore, in the early hours
  of Saturday on information about the presence of terrorists planning to attack Muharram
  processions. On seeing the CTD team, the terrorists opened fire. In the exchange of fire, three
  terrorists were killed by the firing of their own accomplices, who escaped under cover of
  darkness. A suicide jacket, two hand grenades, 2 kg of explosives and weapons were recovered.
  Search of the escaped terrorists is under way.""", ["C21"])

r(KNA, "KNA-20250705-0318", "2025-07-05T13:10:00+05:00",
  "CTD says three terrorists killed on outskirts of Lahore",
  """LAHORE, July 5 (KNA): The Counter Terrorism Department (CTD) Punjab on Saturday claimed to have
  killed three terrorists in an exchange of fire near Manga Mandi on the outskirts of Lahore. A CTD
  spokesperson said the men belonged to a banned outfit and had planned to attack Muharram
  processions.""", ["C21"])

r(LC, "lc-2025-07-05-manga-mandi-encounter", "2025-07-05T16:00:00+05:00",
  "Three suspected militants killed in Manga Mandi 'encounter'",
  """LAHORE: Three suspected militants were killed in what the CTD described as an encounter near
  Manga Mandi early on Saturday. Relatives of one of the dead told reporters he had been picked up
  from his home in Kasur two weeks earlier, an allegation the CTD denied. The bodies were shifted to
  the Jinnah Hospital morgue.""", ["C21"])

# ----------------------------------- C22 Khyber (Tirah) --------------------------------
r(S24, "S24-TKR-20250729-1940", "2025-07-29T19:40:00+05:00",
  "Tirah: heavy exchange of fire",
  """Tirah: heavy exchange of fire between security forces and militants in Bagh Maidan area,
  mortar shells land near houses, residents confined indoors, casualties reported on both sides,
  local sources say.""", ["C22"])

r(KNA, "KNA-20250729-0805", "2025-07-29T22:00:00+05:00",
  "Two soldiers martyred in Tirah clash",
  """BARA, July 29 (KNA): Two soldiers were martyred in an exchange of fire with militants in the
  Bagh Maidan area of Tirah valley in Khyber district on Tuesday, officials said. A civilian was
  injured when a mortar shell hit his house. Officials said the militants suffered casualties but
  gave no figure.""", ["C22"])

r(WH, "wh-2025-07-30-tirah-clashes", "2025-07-30T08:00:00+05:00",
  "Heavy clashes in Tirah; two soldiers martyred",
  """TIRAH: Two soldiers were martyred and three civilians, including a child, were injured during
  clashes between security forces and militants in Bagh Maidan on Tuesday afternoon, residents
  said. It was not clear who had started the firing. Elders said several militants were also
  believed to have been killed. Families started leaving for Bara and Peshawar on
  Wednesday.""", ["C22"])

# ----------------------------------- no incident ---------------------------------------
r(BT, "bt-2025-08-04-martyrs-cheques", "2025-08-04T09:00:00+05:00",
  "Families of martyred policemen receive compensation cheques",
  """QUETTA: The Inspector General of Police Balochistan distributed compensation cheques among the
  families of police personnel martyred in the line of duty at a ceremony at Police Lines Quetta on
  Sunday. He said 47 personnel had been martyred in the province in the first half of the year and
  that the force had been given new armoured vehicles.""", [])

# ----------------------------------- C23 Hangu (Thal) ---------------------------------
r(S24, "S24-TKR-20250818-0540", "2025-08-18T05:40:00+05:00",
  "Thal: explosion near FC fort",
  """Thal: loud explosion heard near Frontier Corps fort followed by heavy firing, security forces
  cordon off the area, casualties feared, residents asked to stay indoors, mosques announce
  curfew, sources say.""", ["C23"])

r(KPP, "KPP/HNG/2025/0818-01", "2025-08-18T09:30:00+05:00",
  "Suicide attack on FC fort in Thall",
  """At about 0455 hours, a suicide bomber drove an explosive-laden vehicle into the boundary wall of
  the Frontier Corps fort at Thall, district Hangu, after which terrorists tried to enter the fort.
  Three FC personnel embraced shahadat and 12 were injured. The injured have been shifted to CMH
  Kohat and THQ Hospital Thall. District police, along with the FC, cordoned off the
  area.""", ["C23"])

r(KNA, "KNA-20250818-0215", "2025-08-18T11:10:00+05:00",
  "Three FC men martyred in suicide attack in Thal",
  """KOHAT, Aug 18 (KNA): Three Frontier Corps personnel were martyred and 12 injured when a suicide
  bomber rammed an explosives-laden vehicle into an FC fort in Thal tehsil of neighbouring Hangu
  district early on Monday, officials said. The injured were brought to CMH Kohat. Windows of
  houses several hundred metres away were shattered.""", ["C23"])

r(ISPR, "PR-131/2025-ISPR", "2025-08-18T18:15:00+05:00",
  "Khawarij attack on FC fort in Thal foiled",
  """In the early hours of 18 August 2025, khawarij attempted to enter the Frontier Corps fort at
  Thal, Hangu District, after ramming a vehicle-borne improvised explosive device into its
  perimeter wall. The entry was effectively denied by own troops and all four khawarij were sent
  to hell. During the intense exchange of fire, five soldiers, having fought gallantly, embraced
  shahadat.""", ["C23"])

r(PS, "ps-2025-08-19-thal-claim", "2025-08-19T08:10:00+05:00",
  "Militant alliance claims Thal attack",
  """PESHAWAR: The militant alliance Ittehad-ul-Mujahideen Pakistan claimed responsibility for Monday's suicide attack on the
  FC fort in Thal, saying in a statement that 20 soldiers had been killed. Officials said five FC
  personnel were martyred and 12 injured, and that four attackers were killed. It was the deadliest
  attack in Hangu district this year.""", ["C23"])

# ----------------------------------- C24 Zhob ------------------------------------------
r(ISPR, "PR-139/2025-ISPR", "2025-08-31T14:00:00+05:00",
  "Infiltration bid foiled in Zhob, 11 khawarij sent to hell",
  """On night 30/31 August 2025, security forces observed the movement of a group of khawarij
  attempting to infiltrate through the Pakistan-Afghanistan border in general area Sambaza, Zhob
  District. Own troops effectively engaged and thwarted the infiltration attempt. As a result,
  eleven khawarij were sent to hell. A large cache of weapons, ammunition and explosives was
  recovered.""", ["C24"])

r(ORB, "ORB-PK-20250831-0047", "2025-08-31T18:00:00+05:00",
  "Pakistan says 11 militants killed crossing from Afghanistan",
  """ISLAMABAD, Aug 31 (Orbis) - Pakistan's military said on Sunday it had killed 11 militants trying
  to cross from Afghanistan into the southwestern province of Balochistan. The military did not
  say whether any soldiers were hurt. Islamabad says militants use Afghan territory to launch
  attacks, which the Taliban administration denies.""", ["C24"])

r(BT, "bt-2025-09-01-sambaza-bodies", "2025-09-01T08:00:00+05:00",
  "Bodies of militants shifted to Zhob hospital",
  """ZHOB: The bodies of the militants killed near Sambaza during the night between Saturday and
  Sunday were shifted to the District Headquarters Hospital Zhob for identification, officials
  said. Residents of villages near the border said firing continued for several hours. Security
  was tightened on the Zhob-Qamaruddin Karez road.""", ["C24"])

# ----------------------------------- C25 Swat ------------------------------------------
r(KPP, "KPP/SWT/2025/0917-01", "2025-09-17T11:00:00+05:00",
  "Constable martyred in Kabal blast",
  """At about 0920 hours today, a remote-controlled improvised explosive device exploded near the
  vehicle of a former head of the peace committee in the jurisdiction of Police Station Kabal,
  district Swat. As a result, his guard, a police constable, embraced shahadat, while he and his
  driver sustained injuries and were shifted to Saidu Sharif Teaching Hospital.""", ["C25"])

r(PVP, "pvp-2025-09-17-kabal-blast", "2025-09-17T12:30:00+05:00",
  "Former peace committee head survives bomb attack in Kabal",
  """KABAL: A former head of the local peace committee survived a bomb attack on his car in Kabal this
  morning, but his police guard was killed. Residents said the bomb had been hidden in a drain by
  the roadside and was set off as the car passed. He had survived a similar attack in
  2012.""", ["C25"])

r(GKP, "GKP-INFO-2025-0917-05", "2025-09-17T16:00:00+05:00",
  "CM condemns blast in Swat",
  """The Chief Minister Khyber Pakhtunkhwa has strongly condemned the blast in Swat in which a police
  constable embraced shahadat and two persons were injured. He prayed for the departed soul, directed
  the provision of the best medical treatment to the injured and sought a report from the
  Inspector General of Police.""", ["C25"])

r(MT, "mt-2025-09-18-swat-remote-bomb", "2025-09-18T07:30:00+05:00",
  "Policeman killed in Swat bomb attack on ex-peace committee chief",
  """MINGORA: A policeman was killed and two people were injured when a remote-controlled bomb hit the
  vehicle of a former peace committee chief in the Kabal area of Swat on Wednesday. Police said the
  target survived with injuries. No group claimed responsibility. Peace committee members have
  been targeted several times in Swat in recent years.""", ["C25"])

# ----------------------------------- C26 Mohmand --------------------------------------
r(UFQ, "UFQ-TKR-20251009-1205", "2025-10-09T12:05:00+05:00",
  "Mohmand: suicide blast at check post",
  """Mohmand: suicide blast at police check post near Ghalanai, two policemen martyred and several
  injured, injured shifted to Ghalanai headquarters hospital, security forces cordon off the area,
  police sources say.""", ["C26"])

r(KPP, "KPP/MMD/2025/1009-01", "2025-10-09T13:00:00+05:00",
  "Suicide attack on police check post in Mohmand",
  """At about 1140 hours, a suicide bomber on foot tried to enter the police check post near Ghalanai,
  district Mohmand. On being stopped by the jawans on duty, he blew himself up at the gate. As a
  result two constables embraced shahadat and four police personnel were injured. The body parts
  of the bomber have been collected for forensic examination.""", ["C26"])

r(GKP, "GKP-INFO-2025-1009-02", "2025-10-09T18:00:00+05:00",
  "CM condemns suicide attack in Mohmand",
  """The Chief Minister Khyber Pakhtunkhwa has condemned the suicide attack on police in district
  Mohmand and paid tribute to the martyred personnel, who stopped the bomber at the gate and foiled
  a bigger tragedy. He directed that the best treatment be provided to the injured.""", ["C26"])

r(WH, "wh-2025-10-10-ghalanai-toll-claim", "2025-10-10T08:00:00+05:00",
  "Ghalanai blast toll rises to three; JuA claims attack",
  """GHALANAI: A policeman injured in Thursday's suicide attack on a check post near Ghalanai died at
  Lady Reading Hospital Peshawar overnight, raising the toll to three. Jamaatul Ahrar claimed the
  attack in a statement, saying eight policemen had been killed. Police said three had been
  martyred and three were still under treatment.""", ["C26"])

r(DIO, "dio-2025-10-20-karachi-crime-stats", "2025-10-20T07:00:00+05:00",
  "Targeted killings in Karachi down, says police chief",
  """KARACHI: The Karachi police chief told a news conference on Sunday that targeted killings in the
  city had fallen by about 30 per cent in the first nine months of the year compared with last
  year, while street crime remained the main challenge. He said the Counter Terrorism Department
  had arrested 41 suspects linked to banned outfits since January.""", [])

# ----------------------------------- C27 Kohat (Darra Adam Khel) ----------------------
r(KPP, "KPP/KHT/2025/1106-02", "2025-11-06T15:00:00+05:00",
  "Man shot dead in Darra Adam Khel",
  """At about 1320 hours, a local leader of a religious-political party was shot dead by unknown
  armed men in the main bazaar, Darra Adam Khel, in the jurisdiction of Police Station Darra Adam
  Khel, district Kohat. The assailants fled on foot into the adjoining streets. The body was
  shifted to THQ Hospital Darra. A case has been registered.""", ["C27"])

r(KNA, "KNA-20251106-0733", "2025-11-06T17:10:00+05:00",
  "Religious party leader gunned down in Darra",
  """KOHAT, Nov 6 (KNA): A local leader of a religious-political party was gunned down in the Darra
  bazaar on Thursday afternoon, police said. Party workers blocked the Indus Highway in protest
  for about an hour.""", ["C27"])

r(PS, "ps-2025-11-07-darra-killing", "2025-11-07T08:10:00+05:00",
  "Party leader's killing in Darra sparks protest",
  """DARRA ADAM KHEL: A local leader of a religious-political party was shot dead in the crowded main
  bazaar of Darra Adam Khel, formerly known as FR Kohat, on Thursday afternoon. Shopkeepers said
  two young men walked up to him and opened fire. Party workers blocked the Indus Highway and
  demanded the arrest of the killers within three days.""", ["C27"])

# ----------------------------------- C28 Dera Ghazi Khan -------------------------------
r(PP, "PP-DGK-2025-1203-01", "2025-12-03T01:15:00+05:00",
  "Terrorists' attack on BMP post repulsed",
  """On the night of 2 December at about 2230 hours, terrorists attacked a Border Military Police
  check post in the tribal area of Taunsa, district Dera Ghazi Khan, near the Balochistan border.
  The jawans retaliated bravely and the attack was repulsed. One BMP jawan embraced shahadat and
  two were injured. Police and CTD teams reached the spot and a search operation was
  started.""", ["C28"])

r(LC, "lc-2025-12-03-taunsa-bmp-attack", "2025-12-03T09:00:00+05:00",
  "BMP jawan martyred in Taunsa check post attack",
  """TAUNSA: A Border Military Police jawan was martyred and two others were injured when militants
  attacked a check post in the tribal belt of Taunsa district late on Tuesday night. Officials
  said the attackers came from the Balochistan side of the border and retreated after an hour of
  firing. Police said three attackers were wounded.""", ["C28"])

r(KNA, "KNA-20251203-0250", "2025-12-03T11:20:00+05:00",
  "Militants attack check post in D.G. Khan tribal area",
  """DERA GHAZI KHAN, Dec 3 (KNA): A policeman was martyred and two were injured when militants
  attacked a check post in the tribal area of D.G. Khan late Tuesday night, police said. The Punjab
  Inspector General of Police said four attackers had been killed, a figure that could not be
  independently confirmed.""", ["C28"])

r(ORB, "ORB-PK-20251203-0071", "2025-12-03T14:00:00+05:00",
  "Rare militant attack in Pakistan's Punjab province kills policeman",
  """LAHORE, Dec 3 (Orbis) - Militants attacked a police post in a remote area of Pakistan's Punjab
  province bordering Khyber Pakhtunkhwa and Balochistan late on Tuesday, killing one officer, police
  said. Punjab, the country's most populous province, has largely been spared the violence seen in
  the northwest.""", ["C28"])

# ----------------------------------- no incident ---------------------------------------
r(MT, "mt-2025-12-10-bannu-dcc", "2025-12-10T07:30:00+05:00",
  "Bannu district committee reviews progress on directives",
  """BANNU: The District Coordination Committee Bannu met on Tuesday under the chairmanship of the
  Deputy Commissioner to review progress on directives of the Provincial Apex Committee. The
  meeting was told that 14 new police pickets had been set up, CCTV cameras installed at city
  entry points and verification of tenants completed in 60 per cent of the urban area. Delays in
  the recruitment of additional police were noted.""", [])


# ---------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------
class Invalid(Exception):
    pass


def load_districts():
    if not ADMIN_CSV.exists():
        raise Invalid(f"admin units file not found: {ADMIN_CSV}")
    with ADMIN_CSV.open(encoding="utf-8") as f:
        return {row["pcode"]: row["name_en"] for row in csv.DictReader(f) if row["level"] == "2"}


def parse_pub(value, where):
    if not isinstance(value, str) or len(value) != 25 or value[10] != "T":
        raise Invalid(f"{where}: published_at {value!r} is not ISO-8601 'YYYY-MM-DDTHH:MM:SS+05:00'")
    try:
        ts = dt.datetime.fromisoformat(value)
    except ValueError as e:
        raise Invalid(f"{where}: published_at {value!r} is not ISO-8601: {e}")
    if ts.utcoffset() != dt.timedelta(hours=5):
        raise Invalid(f"{where}: published_at {value!r} must carry +05:00")
    if not PUB_FROM <= ts.date() <= PUB_TO:
        raise Invalid(f"{where}: published_at {value} outside {PUB_FROM}..{PUB_TO}")
    return ts


def validate():
    districts = load_districts()
    gold_dates = {}
    for gid, g in GOLD.items():
        if set(g) != {"date", "pcode", "district", "type", "what", "hard"}:
            raise Invalid(f"GOLD {gid}: fields must be date, pcode, district, type, what, hard")
        try:
            d = dt.date.fromisoformat(g["date"])
        except (TypeError, ValueError):
            raise Invalid(f"GOLD {gid}: date {g['date']!r} is not ISO YYYY-MM-DD")
        if not PUB_FROM <= d <= PUB_TO:
            raise Invalid(f"GOLD {gid}: date {d} outside {PUB_FROM}..{PUB_TO}")
        if g["pcode"] not in districts:
            raise Invalid(f"GOLD {gid}: {g['pcode']} is not a district in {ADMIN_CSV.name}")
        if districts[g["pcode"]] != g["district"]:
            raise Invalid(f"GOLD {gid}: {g['pcode']} is {districts[g['pcode']]!r}, not {g['district']!r}")
        if g["type"] not in EVENT_TYPES:
            raise Invalid(f"GOLD {gid}: unknown event type {g['type']!r}")
        gold_dates[gid] = d

    keys, bodies = set(), set()
    uses = defaultdict(list)
    for i, rep in enumerate(REPORTS, 1):
        where = f"report #{i} ({rep.get('source')}/{rep.get('external_id')})"
        for field in ("source", "external_id", "published_at", "title", "body"):
            if not isinstance(rep.get(field), str) or not rep[field].strip():
                raise Invalid(f"{where}: {field} missing or empty")
        if rep.get("url") is not None:
            raise Invalid(f"{where}: url must be null")
        key = (rep["source"], rep["external_id"])
        if key in keys:
            raise Invalid(f"{where}: duplicate (source, external_id)")
        keys.add(key)
        if rep["body"] in bodies:
            raise Invalid(f"{where}: duplicate body")
        bodies.add(rep["body"])
        words = len(rep["body"].split())
        if not BODY_WORDS[0] <= words <= BODY_WORDS[1]:
            raise Invalid(f"{where}: body has {words} words; want {BODY_WORDS[0]}..{BODY_WORDS[1]}")
        if rep["language"] != "en" or rep["marking"] != "TLP:CLEAR":
            raise Invalid(f"{where}: language must be 'en' and marking 'TLP:CLEAR'")
        ts = parse_pub(rep["published_at"], where)
        gids = rep["gold_incidents"]
        if not isinstance(gids, list) or len(set(gids)) != len(gids):
            raise Invalid(f"{where}: gold_incidents must be a list of distinct ids")
        for gid in gids:
            if gid not in GOLD:
                raise Invalid(f"{where}: gold id {gid} is not defined in GOLD")
            if ts.date() < gold_dates[gid]:
                raise Invalid(f"{where}: published {ts.date()} before incident {gid} ({gold_dates[gid]})")
            if (ts.date() - gold_dates[gid]).days > MAX_LAG_DAYS:
                raise Invalid(f"{where}: published more than {MAX_LAG_DAYS} days after {gid}")
            uses[gid].append(rep)

    lo, hi = REPORTS_PER_INCIDENT
    for gid in GOLD:
        reps = uses.get(gid, [])
        if not lo <= len(reps) <= hi:
            raise Invalid(f"GOLD {gid}: {len(reps)} reports; want {lo}..{hi}")
        if len({x["source"] for x in reps}) < MIN_SOURCES_PER_INCIDENT:
            raise Invalid(f"GOLD {gid}: fewer than {MIN_SOURCES_PER_INCIDENT} distinct sources")
    if not INCIDENT_COUNT[0] <= len(GOLD) <= INCIDENT_COUNT[1]:
        raise Invalid(f"{len(GOLD)} gold incidents; want {INCIDENT_COUNT[0]}..{INCIDENT_COUNT[1]}")
    if not REPORT_COUNT[0] <= len(REPORTS) <= REPORT_COUNT[1]:
        raise Invalid(f"{len(REPORTS)} reports; want {REPORT_COUNT[0]}..{REPORT_COUNT[1]}")


def stats():
    pairs = sum(1 for a, b in itertools.combinations(REPORTS, 2)
                if set(a["gold_incidents"]) & set(b["gold_incidents"]))
    return dict(reports=len(REPORTS), incidents=len(GOLD),
                no_incident=sum(1 for x in REPORTS if not x["gold_incidents"]),
                multi_incident=sum(1 for x in REPORTS if len(x["gold_incidents"]) > 1),
                positive_pairs=pairs,
                all_pairs=len(REPORTS) * (len(REPORTS) - 1) // 2,
                sources=len({x["source"] for x in REPORTS}))


def table():
    lines = ["| id | date | district | type | what | what makes it hard |", "|---|---|---|---|---|---|"]
    for gid, g in GOLD.items():
        lines.append(f"| {gid} | {g['date']} | {g['district']} ({g['pcode']}) | {g['type']} "
                     f"| {g['what']} | {g['hard']} |")
    return "\n".join(lines)


def main(argv):
    try:
        validate()
    except Invalid as e:
        print(f"build.py: INVALID: {e}", file=sys.stderr)
        return 1
    if "--table" in argv:
        print(table())
        return 0
    if "--check" not in argv:
        ordered = sorted(REPORTS, key=lambda x: (dt.datetime.fromisoformat(x["published_at"]),
                                                 x["source"], x["external_id"]))
        with OUT.open("w", encoding="utf-8") as f:
            for rep in ordered:
                f.write(json.dumps(rep, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.relative_to(ROOT)}")
    print(json.dumps(stats()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
