#!/usr/bin/env python3
"""Build the hand-written fusion evaluation set.

Writes src/test/resources/fusion/handwritten.jsonl: fictional multi-source reports about
fictional incidents in real Pakistani districts, each carrying "gold_incidents" (ids of the
real incidents the report describes; [] for none). Stdlib only.

    python3 tools/fusion-eval-set/build.py            # validate and write
    python3 tools/fusion-eval-set/build.py --check    # validate only
    python3 tools/fusion-eval-set/build.py --table    # print the gold table (markdown)

Fails loudly (exit 1, message on stderr) on any invalid record.
"""
import csv
import datetime as dt
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/test/resources/fusion/handwritten.jsonl"
ADMIN_CSV = ROOT / "src/main/resources/geo/pak_admin_units.csv"

PUB_FROM = dt.date(2026, 3, 1)
PUB_TO = dt.date(2026, 10, 31)
PK_TZ = dt.timezone(dt.timedelta(hours=5))

EVENT_TYPES = {
    "ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
    "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE",
}

# ---------------------------------------------------------------------------------------
# Gold incidents. district = name_en of the level-2 unit in pak_admin_units.csv.
# ---------------------------------------------------------------------------------------
GOLD = {
    "G01": dict(date="2026-03-16", pcode="PK503", district="Bannu", type="BOMBING",
                what="roadside IED on police van, Domel, Monday morning; toll 2 -> 3",
                hard="same district and day as G02; round-up lists both"),
    "G02": dict(date="2026-03-16", pcode="PK503", district="Bannu", type="ARMED_ASSAULT",
                what="night attack on Baka Khel police checkpost; TTP claim inflates toll",
                hard="same district and day as G01; flash reports published after midnight"),
    "G03": dict(date="2026-03-27", pcode="PK519", district="Lakki Marwat", type="SUICIDE_ATTACK",
                what="vehicle-borne suicide attack on Sarai Naurang police station",
                hard="toll rises 3 -> 4 -> 7 -> 9 over three days; 'Lakki' / 'Sarai Naurang' only"),
    "G04": dict(date="2026-04-14", pcode="PK509", district="D. I. Khan", type="TARGETED_KILLING",
                what="two police escorts of a polio team shot dead, Kulachi",
                hard="same type, same day as G05 in neighbouring Tank; DI Khan spellings"),
    "G05": dict(date="2026-04-14", pcode="PK533", district="Tank", type="TARGETED_KILLING",
                what="police escort of a polio team shot dead, Gul Imam",
                hard="same type, same day as G04 next door; shared condemnation"),
    "G06": dict(date="2026-04-15", pcode="PK509", district="D. I. Khan", type="ARMED_ASSAULT",
                what="rocket and gun attack on Daraban police post, Wednesday night",
                hard="same district as G04 one day later; round-up lists G04 and G06"),
    "G07": dict(date="2026-05-05", pcode="PK525", district="North Waziristan", type="SUICIDE_ATTACK",
                what="suicide car bomb on military convoy near Mir Ali",
                hard="flash with no toll and only 'Mir Ali'; 5 / 6 / 8 killed; IMP claim"),
    "G08": dict(date="2026-05-12", pcode="PK525", district="North Waziristan", type="SECURITY_OPERATION",
                what="intelligence-based operation in Datta Khel, nine militants killed",
                hard="a week after G07, same district; its reports recall G07 as background"),
    "G09": dict(date="2026-06-08", pcode="PK211", district="Kech", type="ARMED_ASSAULT",
                what="night attack on FC camp outside Turbat; BLF claim",
                hard="same night, same type as G10 in neighbouring Panjgur; Turbat / Kech"),
    "G10": dict(date="2026-06-08", pcode="PK224", district="Panjgur", type="ARMED_ASSAULT",
                what="night attack on FC checkpost in Gichk",
                hard="same night as G09; one ISPR release covers both"),
    "G11": dict(date="2026-06-23", pcode="PK226", district="Quetta", type="BOMBING",
                what="motorcycle-borne IED hits police van on Sariab Road",
                hard="toll 3 -> 4 -> 5 -> 6 -> 7 across sources and days"),
    "G12": dict(date="2026-06-30", pcode="PK226", district="Quetta", type="BOMBING",
                what="hand grenade thrown into a mobile phone shop near Mizan Chowk",
                hard="same city and type family a week after G11, whose toll is recalled"),
    "G13": dict(date="2026-07-09", pcode="PK220", district="Mastung", type="KIDNAPPING",
                what="passengers abducted from coaches at a highway blockade near Kirdgap",
                hard="6 vs 9 abducted; release follow-up two days later"),
    "G14": dict(date="2026-07-21", pcode="PK209", district="Kachhi", type="INFRASTRUCTURE_ATTACK",
                what="railway track blown up near Mach; no casualties; BLA claim",
                hard="old district name 'Bolan'; no casualties to match on"),
    "G15": dict(date="2026-08-04", pcode="PK518", district="Kurram", type="ARMED_ASSAULT",
                what="ambush on Parachinar-bound passenger convoy at Bagan, Lower Kurram",
                hard="8 / 10 / 11 / 14 / 16 killed; elders' figure differs from officials'"),
    "G16": dict(date="2026-08-18", pcode="PK513", district="Khyber", type="BOMBING",
                what="bomb planted on a motorcycle explodes in Bara bazaar",
                hard="a no-incident report of controlled blasts in Khyber two days later"),
    "G17": dict(date="2026-08-27", pcode="PK502", district="Bajaur", type="BOMBING",
                what="remote-controlled bomb hits an assistant commissioner's vehicle; ISKP claim",
                hard="flash names no victim; condemnation carries facts"),
    "G18": dict(date="2026-09-08", pcode="PK528", district="Peshawar", type="SUICIDE_ATTACK",
                what="suicide bomber on foot at Badaber police checkpoint",
                hard="2 / 3 / 4 killed; claim by JUA"),
    "G19": dict(date="2026-09-15", pcode="PK512", district="Karak", type="KIDNAPPING",
                what="workers of an exploration company abducted in Takht-e-Nasrati",
                hard="four vs five abducted; release follow-up three days later"),
    "G20": dict(date="2026-09-24", pcode="PK530", district="South Waziristan", type="SECURITY_OPERATION",
                what="intelligence-based operation near Wana, five militants killed",
                hard="'Lower South Waziristan' in local report"),
    "G21": dict(date="2026-10-06", pcode="PK205", district="Gwadar", type="BOMBING",
                what="roadside bomb hits coast guards vehicle near Pasni",
                hard="same day as G22 elsewhere in Balochistan; 'Pasni' only in flash"),
    "G22": dict(date="2026-10-06", pcode="PK204", district="Dera Bugti", type="INFRASTRUCTURE_ATTACK",
                what="gas pipeline blown up near Sui",
                hard="same day as G21; 'Sui' and 'Dera Bugti' used interchangeably"),
    "G23": dict(date="2026-10-13", pcode="PK729", district="West Karachi", type="TARGETED_KILLING",
                what="police ASI shot dead by motorcyclists in Orangi Town",
                hard="the wire report says only 'Karachi'"),
    "G24": dict(date="2026-10-27", pcode="PK519", district="Lakki Marwat", type="TARGETED_KILLING",
                what="off-duty head constable shot dead in Tajazai, Tuesday evening",
                hard="same district and type as G25 on the next morning"),
    "G25": dict(date="2026-10-28", pcode="PK519", district="Lakki Marwat", type="TARGETED_KILLING",
                what="peace committee member shot dead in Bettani, Wednesday morning",
                hard="a day after G24; a follow-up recalls G24 as background"),
}

# ---------------------------------------------------------------------------------------
# Sources (fictional media outlet names; official bodies by institution, never by person).
# ---------------------------------------------------------------------------------------
ISPR = "ISPR"
KPP = "Khyber Pakhtunkhwa Police"
SP = "Sindh Police"
GKP = "Government of Khyber Pakhtunkhwa"
GOB = "Government of Balochistan"
PMO = "Prime Minister's Office"
PR = "Pakistan Railways"
DM = "The Daily Meridian"          # national daily
PL = "Pakistan Ledger"             # national daily
FD = "Frontier Dispatch"           # KP local
SDT = "Southern Districts Times"   # southern KP local
TAM = "Tribal Areas Monitor"       # merged districts local
QC = "Quetta Chronicle"            # Balochistan local
MC = "Makran Courier"              # Makran local
KES = "Karachi Evening Star"       # Karachi local
IWS = "Indus Wire Service"         # national wire agency
ANW = "Asia Newswire"              # international wire agency

REPORTS = []


def r(source, external_id, published_at, title, body, gold):
    REPORTS.append(dict(source=source, external_id=external_id, url=None,
                        published_at=published_at, title=title, body=" ".join(body.split()),
                        language="en", marking="TLP:CLEAR", gold_incidents=list(gold)))


# ----------------------------------- G01 / G02 Bannu ----------------------------------
r(KPP, "KPP-2026-03-16-01", "2026-03-16T08:35:00+05:00",
  "Police mobile hit by IED in Bannu",
  """A police mobile van of Police Station Domel, district Bannu, was struck by an improvised
  explosive device planted along a link road at about 07:45 hours today while on routine
  patrol. Two police personnel embraced shahadat and three were injured. The injured have been
  shifted to DHQ Hospital Bannu. The area has been cordoned off and a search operation is in
  progress. The Inspector General of Police has sought a report from the Regional Police
  Officer Bannu.""", ["G01"])

r(IWS, "IWS-20260316-0412", "2026-03-16T09:10:00+05:00",
  "Two policemen killed in Bannu roadside blast",
  """BANNU, March 16 (IWS): Two policemen were killed and three others wounded when a roadside
  bomb went off near their vehicle in the Domel area of Bannu district on Monday morning,
  police said. A police official said the van was on a routine patrol when the device, planted
  on the roadside, was detonated. No group immediately claimed responsibility for the
  attack.""", ["G01"])

r(SDT, "sdt-2026-03-16-domel-blast-toll", "2026-03-16T13:20:00+05:00",
  "Domel blast: toll rises to three as injured cop dies",
  """One of the policemen injured in this morning's explosion in Domel succumbed to his wounds
  at DHQ Hospital, raising the death toll to three. Hospital sources said two other injured
  personnel were out of danger. Residents said the blast was heard several kilometres away.
  Traders in Domel bazaar observed a shutter-down strike in the afternoon to protest against
  what they called the deteriorating law and order situation in Bannu.""", ["G01"])

r(DM, "dm-2026-03-17-bannu-twin-attacks", "2026-03-17T07:00:00+05:00",
  "Bannu hit twice in a day as militants target police",
  """BANNU: Five policemen were martyred in two separate attacks in Bannu district on Monday.
  In the first, a remote-controlled bomb struck a police van in the Domel area at around
  7:45am, martyring three policemen and injuring four others. Hours later, at around 11pm,
  a group of militants armed with heavy weapons attacked a police checkpost in Baka Khel. Police
  said the personnel retaliated and the attackers fled after an exchange of fire lasting nearly
  an hour; two constables were martyred and one was injured. Police claimed at least two
  attackers were also killed in the retaliatory fire. A senior police officer said the two
  attacks did not appear to be linked. Security has been beefed up across the
  district.""", ["G01", "G02"])

r(FD, "fd-2026-03-17-bannu-funeral", "2026-03-17T15:00:00+05:00",
  "Funeral prayers offered for Domel blast martyrs",
  """BANNU: Funeral prayers of the three policemen martyred in Monday's roadside bombing in
  Domel were offered at Police Lines Bannu on Tuesday. The Regional Police Officer, senior
  officers and relatives of the martyrs attended. A contingent of police presented a guard
  of honour. The bodies were later sent to their native villages. The RPO said the IED had
  been planted overnight and that the counter-terrorism department had picked up two
  suspects.""", ["G01"])

r(KPP, "KPP-2026-03-17-01", "2026-03-17T01:20:00+05:00",
  "Terrorists' attack on Baka Khel checkpost repulsed",
  """Terrorists attacked the police checkpost at Baka Khel, district Bannu, with heavy and light
  weapons late on Monday night. The jawans responded bravely and the attack was repulsed after
  an intense exchange of fire. Two constables embraced shahadat while one was injured.
  Reinforcements including Elite Force reached the spot. According to initial reports, two
  terrorists were sent to hell and their bodies were dragged away by their
  accomplices.""", ["G02"])

r(IWS, "IWS-20260317-0023", "2026-03-17T02:05:00+05:00",
  "Two policemen martyred as militants storm Bannu checkpost",
  """BANNU, March 17 (IWS): Two police constables were martyred and another was injured when
  militants attacked a checkpost in the Baka Khel area of Bannu late on Monday, police said.
  The attackers used rocket-propelled grenades and automatic weapons, a police spokesman said,
  adding that the attack was beaten back after a prolonged gunbattle.""", ["G02"])

r(PL, "pl-2026-03-17-ttp-claims-bannu", "2026-03-17T18:30:00+05:00",
  "TTP claims Bannu checkpost attack",
  """PESHAWAR: The banned Tehreek-i-Taliban Pakistan (TTP) has claimed responsibility for Monday
  night's attack on a police checkpost in Bannu's Baka Khel area. In a statement sent to
  journalists, the group's spokesman claimed that five policemen had been killed — a figure
  rejected by the district police, who say two constables were martyred and one was injured.
  Officials refer to the TTP as Fitna al-Khawarij.""", ["G02"])

r(DM, "dm-2026-03-18-bannu-atc-verdict", "2026-03-18T19:00:00+05:00",
  "ATC sentences three in 2024 Miryan police station attack case",
  """BANNU: An anti-terrorism court in Bannu on Wednesday sentenced three men to life imprisonment
  for facilitating an attack on the Miryan police station in 2024. The prosecution told the
  court that the convicts had provided shelter and transport to the attackers. Two other
  accused were acquitted for lack of evidence. Defence counsel said they would challenge the
  verdict in the Peshawar High Court.""", [])

r(GKP, "GKP-PR-2026-0320", "2026-03-20T18:00:00+05:00",
  "Apex committee reviews law and order in southern districts",
  """The provincial apex committee met in Peshawar on Friday to review the law and order
  situation in the southern districts of Khyber Pakhtunkhwa. The meeting approved the
  establishment of additional counter-terrorism department police stations in Bannu, Lakki
  Marwat, Dera Ismail Khan and Tank, and released funds for night-vision equipment, armoured
  vehicles and the reconstruction of police posts. The forum resolved that there would be no
  negotiation with those who challenge the writ of the state.""", [])

# ----------------------------------- G03 Lakki Marwat ---------------------------------
r(IWS, "IWS-20260327-0388", "2026-03-27T10:50:00+05:00",
  "Blast at Lakki police station, three killed",
  """LAKKI MARWAT, March 27 (IWS): At least three people, including two policemen, were killed
  and 12 injured when a suicide bomber rammed an explosives-laden vehicle into the gate of a
  police station in Sarai Naurang on Friday morning, officials said. Rescue 1122 shifted the
  injured to hospital. Emergency has been declared in hospitals in Lakki and
  Bannu.""", ["G03"])

r(KPP, "KPP-2026-03-27-02", "2026-03-27T12:30:00+05:00",
  "Suicide attack on Police Station Sarai Naurang",
  """At about 10:10 hours, a suicide bomber of Fitna al-Khawarij tried to enter Police Station
  Sarai Naurang, district Lakki Marwat, in an explosive-laden pickup. The sentry challenged the
  vehicle, upon which the bomber detonated the explosives at the main gate. Four police
  personnel embraced shahadat and 11 persons including two civilians were injured. The
  vigilance of the sentry foiled the terrorists' plan to enter the police station. The
  Inspector General of Police paid tribute to the martyrs.""", ["G03"])

r(GKP, "GKP-PR-2026-0327", "2026-03-27T14:00:00+05:00",
  "Chief Minister condemns Sarai Naurang attack",
  """The Chief Minister of Khyber Pakhtunkhwa has strongly condemned the suicide attack on Police
  Station Sarai Naurang in Lakki Marwat and expressed grief over the loss of precious lives. He
  directed the authorities to provide the best medical facilities to the injured and sought a
  report from the Inspector General of Police. He said the sacrifices of the police would not
  go in vain.""", ["G03"])

r(DM, "dm-2026-03-28-lakki-suicide-attack", "2026-03-28T07:00:00+05:00",
  "Seven killed in suicide attack on Lakki police station",
  """LAKKI MARWAT: Seven people, including five policemen, were killed and 15 others injured when
  a suicide bomber struck a police station in Sarai Naurang on Friday. Police said the attacker
  drove an explosives-laden pickup truck to the main gate and blew it up when he was stopped by
  the guard. Part of the building collapsed and several nearby shops and two houses were
  damaged. Two of the dead were passers-by. Officials blamed Fitna al-Khawarij; no group had
  claimed the attack till the filing of this report.""", ["G03"])

r(FD, "fd-2026-03-28-lakki-funerals", "2026-03-28T11:00:00+05:00",
  "Sarai Naurang mourns as funerals held",
  """LAKKI: Funeral prayers of the victims of yesterday's suicide bombing at the Sarai Naurang
  police station were offered amid tight security. Markets in Naurang remained closed as a mark
  of mourning. District officials put the number of dead at seven. Elders of the area demanded
  that the government compensate traders whose shops were destroyed in the
  explosion.""", ["G03"])

r(PL, "pl-2026-03-29-lakki-toll-nine", "2026-03-29T20:00:00+05:00",
  "Death toll in Lakki blast climbs to nine",
  """PESHAWAR: The death toll from Friday's suicide bombing at the Sarai Naurang police station in
  Lakki Marwat rose to nine on Sunday after two more injured policemen died at Lady Reading
  Hospital, Peshawar, where they had been referred in critical condition. Seven policemen and
  two civilians are now among the dead. Police said the facilitators of the bomber had been
  identified.""", ["G03"])

# ----------------------------------- G04 / G05 / G06 DI Khan, Tank ---------------------
r(KPP, "KPP-2026-04-14-01", "2026-04-14T10:40:00+05:00",
  "Two constables deployed with polio team martyred in Kulachi",
  """Two police constables deployed for the security of a polio vaccination team were martyred
  when unidentified motorcyclists opened fire on them in the jurisdiction of Police Station
  Kulachi, district Dera Ismail Khan, at about 09:30 hours. The members of the polio team
  remained safe. The accused fled. A search operation has been launched in the
  area.""", ["G04"])

r(FD, "fd-2026-04-14-dik-polio-escorts", "2026-04-14T13:00:00+05:00",
  "D.I. Khan: gunmen kill two cops guarding polio workers",
  """D.I. KHAN: Two policemen guarding a polio vaccination team were shot dead in Kulachi tehsil
  of D.I. Khan on Tuesday morning. Officials said the team was going door to door when two
  men on a motorcycle opened fire on the escorts and escaped. The vaccinators, two women,
  were unhurt. The district health office suspended the campaign in the union council for the
  day.""", ["G04"])

r(IWS, "IWS-20260414-0290", "2026-04-14T12:15:00+05:00",
  "Policeman guarding polio team killed in Tank",
  """TANK, April 14 (IWS): A policeman escorting a polio vaccination team was shot dead and a
  female vaccinator was injured in the Gul Imam area of Tank district on Tuesday, police said.
  The attackers opened fire from a nearby field and fled. The injured health worker was taken
  to DHQ Hospital Tank.""", ["G05"])

r(SDT, "sdt-2026-04-14-tank-polio-suspended", "2026-04-14T19:00:00+05:00",
  "Tank: polio drive suspended after cop's killing",
  """TANK: The district administration suspended the anti-polio campaign in Tank for three days
  after a constable escorting a vaccination team was gunned down in Gul Imam this morning. A
  lady health worker who was hit in the leg is stated to be stable. It was the second attack on
  polio workers' security in the south of the province on Tuesday. Health workers staged a
  protest outside the district health office demanding better security.""", ["G05"])

r(GKP, "GKP-PR-2026-0414", "2026-04-14T17:00:00+05:00",
  "Chief Minister condemns attacks on polio teams in D.I. Khan and Tank",
  """The Chief Minister of Khyber Pakhtunkhwa has condemned the attacks on police personnel
  guarding polio teams in Dera Ismail Khan and Tank, in which three policemen were martyred and
  a lady health worker was injured. He said the enemies of the nation's children would not be
  allowed to derail the polio eradication campaign, and directed police to arrest those
  responsible at the earliest.""", ["G04", "G05"])

r(DM, "dm-2026-04-15-dik-polio-escorts", "2026-04-15T07:00:00+05:00",
  "Two polio escorts shot dead in DI Khan",
  """DERA ISMAIL KHAN: Two policemen escorting a polio team were shot dead by unidentified
  gunmen in Kulachi on Tuesday. According to the police, the assailants, riding a motorcycle,
  targeted the constables while the vaccinators were administering drops to children. The
  bodies were shifted to the DHQ hospital. Police said CCTV footage from a nearby shop was
  being examined.""", ["G04"])

r(KPP, "KPP-2026-04-16-01", "2026-04-16T00:40:00+05:00",
  "Attack on Daraban police post foiled",
  """Terrorists attacked a police post in the jurisdiction of Police Station Daraban, district
  Dera Ismail Khan, with rockets and heavy weapons at about 22:30 hours on Wednesday. The
  police personnel retaliated effectively and the terrorists fled. One constable embraced
  shahadat and two were injured. Additional contingents have been dispatched to the
  area.""", ["G06"])

r(PL, "pl-2026-04-16-dik-two-attacks", "2026-04-16T08:00:00+05:00",
  "DI Khan on edge after two attacks on police in two days",
  """DERA ISMAIL KHAN: Militants targeted police twice in less than 48 hours in DI Khan. On
  Tuesday morning, two constables guarding a polio team were shot dead in Kulachi. On Wednesday
  night, militants fired rockets at a police post in Daraban, martyring a constable and
  injuring two others. Police officials said the Daraban post had been attacked twice last year.
  Residents said fear had gripped the area and many had stopped travelling after
  dark.""", ["G04", "G06"])

r(FD, "fd-2026-04-16-daraban-post", "2026-04-16T09:00:00+05:00",
  "Cop martyred in attack on DI Khan police post",
  """D.I. KHAN: A constable was martyred and three others were injured when militants attacked a
  police post in Daraban late on Wednesday. The attack lasted around 40 minutes, officials
  said. The injured were brought to the DHQ hospital in the city, where one of them was stated
  to be in critical condition.""", ["G06"])

# ----------------------------------- G07 / G08 North Waziristan ------------------------
r(TAM, "tam-2026-05-05-mir-ali-explosion", "2026-05-05T09:05:00+05:00",
  "Huge explosion rocks Mir Ali",
  """MIR ALI: A powerful explosion was heard near Mir Ali this morning, followed by heavy firing.
  Local sources said a vehicle exploded near a passing security forces convoy on the main road.
  Casualties are feared. Mobile phone services have been suspended and the road has been closed
  to traffic. More details are awaited.""", ["G07"])

r(ANW, "ANW-PK-20260505-1130", "2026-05-05T11:30:00+05:00",
  "Car bomb kills at least five soldiers in northwest Pakistan",
  """PESHAWAR, Pakistan, May 5 (ANW) — A suicide bomber drove an explosives-packed car into a
  military convoy in Pakistan's North Waziristan district near the Afghan border on Tuesday,
  killing at least five soldiers, two security officials said. The officials, who spoke on
  condition of anonymity because they were not authorised to talk to the media, said several
  other soldiers were wounded. The region has seen a surge in attacks on security forces over
  the past two years.""", ["G07"])

r(ISPR, "PR-071/2026", "2026-05-05T15:00:00+05:00",
  "Khawarij attack on security forces convoy in Mir Ali",
  """On 5 May 2026, khawarij attempted to attack a security forces convoy in Mir Ali, North
  Waziristan District, with a vehicle-borne improvised explosive device. The convoy was
  targeted by the suicide bomber, as a result of which six brave soldiers, having fought
  gallantly, embraced shahadat. A sanitisation operation is being conducted to eliminate any
  other khawarij found in the area. Security forces of Pakistan are determined to wipe out the
  menace of terrorism from the country.""", ["G07"])

r(PMO, "PMO-2026-05-05-02", "2026-05-05T16:30:00+05:00",
  "Prime Minister condemns Mir Ali suicide attack",
  """The Prime Minister has strongly condemned the suicide attack on a security forces convoy in
  Mir Ali, North Waziristan, and paid tribute to the soldiers who embraced shahadat. He
  expressed condolences to the bereaved families and said the nation stood with its armed
  forces against Fitna al-Khawarij.""", ["G07"])

r(DM, "dm-2026-05-06-mir-ali-convoy", "2026-05-06T07:00:00+05:00",
  "Eight killed as suicide bomber hits convoy in North Waziristan",
  """MIRANSHAH: Eight people, including six soldiers and two civilians, were killed and 19 others
  injured when a suicide bomber rammed an explosives-laden car into a military convoy in Mir
  Ali tehsil of North Waziristan on Tuesday. Officials said the two civilians were travelling
  in a pickup behind the convoy. Several nearby shops were damaged. The injured were airlifted
  to the Combined Military Hospital in Bannu.""", ["G07"])

r(PL, "pl-2026-05-06-imp-claims-mir-ali", "2026-05-06T19:00:00+05:00",
  "Militant alliance claims Mir Ali bombing",
  """PESHAWAR: Ittehad-ul-Mujahideen Pakistan, an alliance of militant factions active in North
  Waziristan, has claimed responsibility for Tuesday's suicide attack on a security convoy near
  Mir Ali. In a message circulated on social media, the group claimed more than 20 soldiers had
  been killed. The military has confirmed six soldiers martyred, while local officials put the
  overall toll at eight.""", ["G07"])

r(ISPR, "PR-076/2026", "2026-05-12T18:00:00+05:00",
  "Nine khawarij sent to hell in North Waziristan",
  """On 12 May 2026, security forces conducted an intelligence-based operation in the general area
  of Datta Khel, North Waziristan District, on the reported presence of khawarij. During the
  conduct of the operation, own troops effectively engaged the khawarij location and nine
  khawarij were sent to hell. A soldier embraced shahadat. Weapons and ammunition were
  recovered. The killed khawarij remained actively involved in numerous terrorist activities
  against the security forces, including the suicide attack on a convoy in Mir Ali on 5 May
  2026.""", ["G08"])

r(DM, "dm-2026-05-13-datta-khel-ibo", "2026-05-13T07:00:00+05:00",
  "Nine militants killed in North Waziristan operation",
  """MIRANSHAH: Security forces killed nine militants in an intelligence-based operation in Datta
  Khel on Tuesday, the military's media wing said. A soldier was martyred in the exchange of
  fire. The operation comes a week after a suicide car bombing on a convoy in Mir Ali killed
  eight people, including six soldiers. Residents said a curfew had been imposed in parts of
  Datta Khel during the operation.""", ["G08"])

r(TAM, "tam-2026-05-13-data-khel-curfew", "2026-05-13T10:00:00+05:00",
  "Curfew lifted in Data Khel after operation",
  """DATA KHEL: The curfew imposed in parts of Data Khel during yesterday's operation was lifted
  this morning and markets reopened. Residents said heavy firing continued for several hours on
  Tuesday. Elders told this correspondent that two houses had been damaged. Officials said nine
  militants had been killed.""", ["G08"])

r(PL, "pl-2026-06-01-monthly-security-report", "2026-06-01T12:00:00+05:00",
  "Militant attacks up 12pc in May: think tank",
  """ISLAMABAD: Militant attacks in the country rose by 12 per cent in May compared with April,
  according to a monthly security report released by an Islamabad-based think tank on Monday.
  Khyber Pakhtunkhwa remained the worst-affected province, followed by Balochistan. The report
  said security forces had stepped up intelligence-based operations, and recommended better
  coordination between the provinces and the federal government on counter-terrorism.""", [])

# ----------------------------------- G09 / G10 Kech, Panjgur ---------------------------
r(MC, "mc-2026-06-08-turbat-firing", "2026-06-08T23:10:00+05:00",
  "Heavy firing, explosions near FC camp in Turbat",
  """TURBAT: Heavy firing and several explosions were heard near a Frontier Corps camp on the
  outskirts of Turbat tonight. Residents said the firing started at around 9:30pm and continued
  for more than an hour. Security forces have cordoned off the area. There was no official word
  on casualties.""", ["G09"])

r(IWS, "IWS-20260609-0011", "2026-06-09T02:00:00+05:00",
  "Soldier martyred in Panjgur checkpost attack",
  """PANJGUR, June 9 (IWS): A Frontier Corps soldier was martyred when militants attacked a
  checkpost in the Gichk area of Panjgur late on Monday, officials said. The attackers used
  automatic weapons and rocket-propelled grenades. Officials said the attack was
  repulsed.""", ["G10"])

r(ISPR, "PR-094/2026", "2026-06-09T10:00:00+05:00",
  "Terrorists' attacks in Kech and Panjgur repulsed",
  """On the night of 8 June 2026, terrorists of Fitna al-Hindustan attempted to attack a security
  forces camp in Kech District and a checkpost in Panjgur District. Own troops responded
  swiftly and repulsed both attacks. In Kech, four terrorists were sent to hell while two
  soldiers embraced shahadat. In Panjgur, three terrorists were neutralised and one soldier
  embraced shahadat. Sanitisation operations are being carried out in both
  areas.""", ["G09", "G10"])

r(GOB, "GOB-SPOKES-2026-06-09", "2026-06-09T13:00:00+05:00",
  "Government spokesperson on attack on FC camp in Kech",
  """The spokesperson of the Government of Balochistan said the attack on the Frontier Corps camp
  in Kech district had been foiled by the timely response of the security forces. Two soldiers
  were martyred in the attack. She said those who attack the state's institutions at the
  behest of foreign powers would be dealt with an iron hand.""", ["G09"])

r(PL, "pl-2026-06-09-blf-claims-turbat", "2026-06-09T20:00:00+05:00",
  "BLF claims Turbat camp attack",
  """QUETTA: The banned Balochistan Liberation Front (BLF) has claimed responsibility for Monday
  night's attack on a Frontier Corps camp near Turbat. In a statement issued to the media, a
  spokesman for the group claimed that 12 personnel had been killed. The military said two
  soldiers were martyred and four attackers killed. The claim could not be independently
  verified.""", ["G09"])

r(DM, "dm-2026-06-10-panjgur-toll", "2026-06-10T07:00:00+05:00",
  "Second soldier dies after Panjgur post attack",
  """PANJGUR: A Frontier Corps soldier injured in Monday night's attack on a checkpost in Gichk
  died at a hospital in Quetta on Tuesday, raising the death toll to two, officials said. Three
  attackers were killed when troops returned fire. Mobile internet services in the district
  remained suspended for a second day.""", ["G10"])

# ----------------------------------- G11 / G12 Quetta ----------------------------------
r(QC, "qc-2026-06-23-sariab-blast", "2026-06-23T18:20:00+05:00",
  "Blast on Sariab Road, at least three killed",
  """QUETTA: At least three people were killed and several injured when an explosion took place
  near a police vehicle on Sariab Road this evening. Police said the explosive device was
  planted on a motorcycle parked by the roadside. The injured were shifted to the Civil
  Hospital, where an emergency has been declared.""", ["G11"])

r(ANW, "ANW-PK-20260623-2000", "2026-06-23T20:00:00+05:00",
  "Bomb targets police in Pakistan's Quetta, at least four dead",
  """QUETTA, Pakistan, June 23 (ANW) — A bomb hidden on a motorcycle exploded next to a police
  van in the southwestern Pakistani city of Quetta on Tuesday, killing at least four people,
  police and hospital officials said. No group immediately claimed responsibility, but ethnic
  Baloch separatists and Islamist militants are both active in Balochistan
  province.""", ["G11"])

r(GOB, "GOB-SPOKES-2026-06-23", "2026-06-23T21:00:00+05:00",
  "Five martyred in Sariab Road blast: government spokesperson",
  """The spokesperson of the Government of Balochistan said five people, including three
  policemen, were martyred and 14 injured in the IED blast on Sariab Road, Quetta. The Chief
  Minister has directed the police to trace the network behind the attack, and announced
  compensation for the families of the martyrs. Security has been put on high alert across the
  provincial capital.""", ["G11"])

r(DM, "dm-2026-06-24-quetta-blast", "2026-06-24T07:00:00+05:00",
  "Six killed in Quetta bomb attack on police",
  """QUETTA: Six people, including four policemen, were killed and 15 others injured when a
  remote-controlled bomb fitted to a motorcycle went off as a police van passed through Sariab
  Road on Tuesday evening. A senior police officer said around two kilograms of explosives were
  used. Shops and vehicles in the vicinity were damaged.""", ["G11"])

r(PL, "pl-2026-06-25-quetta-toll-seven", "2026-06-25T19:00:00+05:00",
  "Quetta blast toll rises to seven",
  """QUETTA: A police constable injured in Tuesday's bombing on Sariab Road died at the Combined
  Military Hospital on Thursday, taking the death toll to seven. The counter-terrorism
  department said it had registered a case against unidentified suspects and collected CCTV
  footage from the area.""", ["G11"])

r(QC, "qc-2026-06-30-mizan-chowk-grenade", "2026-06-30T21:05:00+05:00",
  "One killed, five hurt in grenade attack on Quetta shop",
  """QUETTA: One person was killed and five others injured when unidentified men hurled a hand
  grenade into a mobile phone shop near Mizan Chowk this evening. Police said the attackers
  escaped on a motorcycle. The injured were taken to the Civil Hospital.""", ["G12"])

r(IWS, "IWS-20260630-0733", "2026-06-30T22:40:00+05:00",
  "Grenade attack kills one in Quetta",
  """QUETTA, June 30 (IWS): A man was killed and five people were wounded in a hand grenade attack
  on a shop in Quetta's busy Mizan Chowk area on Tuesday night, police said. The motive of the
  attack was not immediately known. Police said extortion was among the possibilities being
  investigated.""", ["G12"])

r(DM, "dm-2026-07-01-quetta-grenade", "2026-07-01T07:00:00+05:00",
  "Grenade hurled at mobile shop in Quetta",
  """QUETTA: One person was killed and five others, including a child, were injured when a hand
  grenade was thrown into a mobile phone shop near Mizan Chowk on Tuesday night. The attack came
  a week after a bombing targeting a police van on Sariab Road killed seven people. Traders
  announced a strike on Wednesday to protest against the attack on the shop.""", ["G12"])

r(GOB, "GOB-CAB-2026-07-01", "2026-07-01T16:00:00+05:00",
  "Provincial cabinet raises compensation for martyrs' families",
  """The Balochistan cabinet on Wednesday approved an increase in the compensation package for the
  families of police and Levies personnel martyred in the line of duty. The cabinet also
  approved the recruitment of additional personnel for the counter-terrorism department and the
  procurement of bomb-disposal equipment for all divisions of the province.""", [])

# ----------------------------------- G13 Mastung ---------------------------------------
r(GOB, "GOB-SPOKES-2026-07-09", "2026-07-09T23:30:00+05:00",
  "Passengers abducted on highway in Mastung",
  """The spokesperson of the Government of Balochistan said armed men blocked the
  Quetta-Karachi highway near Kirdgap in Mastung district this evening and abducted six
  passengers from two coaches. Levies and FC have launched a search operation and the
  highway has been closed to traffic at night. The abductees will be recovered safely, the
  spokesperson said.""", ["G13"])

r(DM, "dm-2026-07-10-mastung-abduction", "2026-07-10T07:00:00+05:00",
  "At least six passengers kidnapped on N-25 in Mastung",
  """MASTUNG: Armed men set up a blockade on the N-25 highway in Mastung on Thursday evening,
  checked the identity cards of passengers and took away at least six men from two coaches
  travelling from Karachi to Quetta, Levies officials said. The gunmen also set a truck on
  fire before fleeing into the mountains.""", ["G13"])

r(QC, "qc-2026-07-10-kirdgap-passengers", "2026-07-10T09:00:00+05:00",
  "Nine taken off coaches at Kirdgap, say passengers",
  """QUETTA: Passengers who reached Quetta early this morning said nine men had been taken off
  their coaches when gunmen stopped vehicles near Kirdgap on Thursday evening. The official
  figure stands at six. Relatives of the abducted gathered outside the press club demanding
  their safe recovery.""", ["G13"])

r(PL, "pl-2026-07-11-mastung-released", "2026-07-11T18:00:00+05:00",
  "Four passengers abducted in Mastung released",
  """QUETTA: Four of the passengers abducted from coaches on the highway near Kirdgap in Mastung
  on Thursday have been released, Levies officials said on Saturday. They were found on foot
  near a village some 20 kilometres from the site of the blockade. The search for the
  remaining abductees continues.""", ["G13"])

# ----------------------------------- G14 Kachhi ----------------------------------------
r(PR, "PR-PRESS-2026-07-21", "2026-07-21T08:00:00+05:00",
  "Train service suspended after track damaged near Mach",
  """Pakistan Railways regrets to inform passengers that the Jaffar Express has been held at
  Sibi after a section of the railway track near Mach was damaged in an explosion in the early
  hours of today. Repair teams have been dispatched under security. No casualties have been
  reported. Passengers will be refunded in full.""", ["G14"])

r(QC, "qc-2026-07-21-bolan-track", "2026-07-21T10:00:00+05:00",
  "Railway track blown up in Bolan",
  """MACH: Unidentified men blew up a portion of the railway track in the Bolan area near Mach at
  around 3am today, suspending train traffic between Quetta and the rest of the country.
  Levies officials said explosives had been planted under the track. No one was hurt as no
  train was passing at the time.""", ["G14"])

r(IWS, "IWS-20260721-0502", "2026-07-21T12:00:00+05:00",
  "Blast damages railway track in Kachhi district",
  """MACH, July 21 (IWS): An explosion damaged around two feet of railway track near Mach in
  Kachhi district on Tuesday, railway officials said, forcing the suspension of train services
  to and from Quetta. Officials said repair work was expected to take up to 12 hours.""", ["G14"])

r(PL, "pl-2026-07-22-bla-claims-track", "2026-07-22T17:00:00+05:00",
  "BLA claims responsibility for Mach track blast",
  """QUETTA: The banned Balochistan Liberation Army (BLA) has claimed responsibility for blowing up
  a railway track near Mach in Kachhi district on Tuesday. Train services resumed on Wednesday
  morning after repairs. Officials said the track had been targeted three times this
  year.""", ["G14"])

# ----------------------------------- G15 Kurram ----------------------------------------
r(FD, "fd-2026-08-04-kurram-convoy", "2026-08-04T14:10:00+05:00",
  "Gunmen ambush passenger convoy in Lower Kurram",
  """PARACHINAR: At least eight people were killed when gunmen opened fire on a convoy of
  passenger vehicles travelling to Parachinar near Bagan in Lower Kurram this afternoon,
  officials said. Several vehicles came under fire from the hills on both sides of the road.
  The convoy was escorted by police.""", ["G15"])

r(ANW, "ANW-PK-20260804-1730", "2026-08-04T17:30:00+05:00",
  "Gunmen kill at least 10 in attack on convoy in Pakistan's Kurram",
  """PESHAWAR, Pakistan, Aug 4 (ANW) — Gunmen attacked a convoy of passenger vehicles in the
  Kurram district of northwest Pakistan on Tuesday, killing at least 10 people, a local official
  said. Kurram, which borders Afghanistan, has a long history of sectarian violence, and the
  main road has often been closed for weeks after attacks.""", ["G15"])

r(GKP, "GKP-PR-2026-0804", "2026-08-04T20:00:00+05:00",
  "Government spokesperson on Kurram convoy attack",
  """The spokesperson of the Government of Khyber Pakhtunkhwa said 11 people were martyred and 16
  injured in the terrorist attack on a passenger convoy at Bagan, Lower Kurram. The injured
  have been shifted to hospitals in Thall and Peshawar by helicopter. The Chief Minister has
  called an emergency meeting and directed that the culprits be brought to
  justice.""", ["G15"])

r(DM, "dm-2026-08-05-kurram-ambush", "2026-08-05T07:00:00+05:00",
  "Fourteen killed as convoy attacked in Kurram",
  """PARACHINAR: Fourteen people, including two women and a child, were killed and more than 20
  injured when gunmen ambushed a convoy of passenger vehicles near Bagan in Lower Kurram on
  Tuesday. The Parachinar-Thall road was closed for traffic after the attack, and a curfew
  was imposed in parts of the district.""", ["G15"])

r(PL, "pl-2026-08-06-kurram-toll", "2026-08-06T19:00:00+05:00",
  "Kurram convoy attack toll reaches 16",
  """PESHAWAR: The death toll from Tuesday's attack on a convoy near Bagan in Kurram rose to 16 on
  Thursday after two injured passengers died in Peshawar, hospital officials said. Elders of
  the area, however, insisted that 18 people had lost their lives, saying some bodies had been
  taken directly to villages for burial.""", ["G15"])

# ----------------------------------- G16 Khyber ----------------------------------------
r(FD, "fd-2026-08-18-bara-explosion", "2026-08-18T11:50:00+05:00",
  "Explosion in Bara bazaar, two killed",
  """BARA: Two people were killed and several injured in an explosion in the main Bara bazaar of
  Khyber district this morning. Police said the explosive material had been fitted to a
  motorcycle parked outside a shop. The injured were shifted to Hayatabad Medical Complex in
  Peshawar.""", ["G16"])

r(IWS, "IWS-20260818-0344", "2026-08-18T13:30:00+05:00",
  "Three killed in bomb blast in Khyber's Bara",
  """BARA, Aug 18 (IWS): Three people were killed and nine injured when a bomb planted on a
  motorcycle went off in a crowded market in Bara, Khyber district, on Tuesday, police said.
  The bomb disposal squad said five kilograms of explosives had been used.""", ["G16"])

r(DM, "dm-2026-08-19-bara-blast", "2026-08-19T07:00:00+05:00",
  "Three dead, 11 injured in Bara market blast",
  """KHYBER: Three people were killed and 11 injured when an improvised explosive device fitted to
  a motorcycle exploded in Bara bazaar on Tuesday. Traders observed a shutter-down strike and
  demanded the removal of encroachments that they said made the bazaar impossible to
  secure.""", ["G16"])

r(IWS, "IWS-20260820-0210", "2026-08-20T12:40:00+05:00",
  "Loud blasts in Landi Kotal were controlled detonations: officials",
  """LANDI KOTAL, Aug 20 (IWS): A series of loud blasts that alarmed residents of Landi Kotal in
  Khyber district on Thursday were controlled detonations of old ordnance by the bomb disposal
  unit, officials said. There was no loss of life or damage to property. The administration
  said residents would be informed in advance of such exercises in future.""", [])

# ----------------------------------- G17 Bajaur ----------------------------------------
r(TAM, "tam-2026-08-27-bajaur-blast", "2026-08-27T09:15:00+05:00",
  "Blast targets official vehicle in Bajaur",
  """KHAR: A blast targeted a government vehicle on the Khar-Nawagai road in Bajaur this morning.
  Local sources said there were casualties. Security forces reached the spot and cordoned off
  the area.""", ["G17"])

r(GKP, "GKP-PR-2026-0827", "2026-08-27T13:00:00+05:00",
  "Chief Minister condemns Bajaur blast",
  """The Chief Minister of Khyber Pakhtunkhwa has condemned the remote-controlled blast on the
  vehicle of the Assistant Commissioner Nawagai in Bajaur, in which the Assistant Commissioner
  and a Levies guard were martyred and three others were injured. He said attacks on officers
  serving the public would not weaken the resolve of the government.""", ["G17"])

r(DM, "dm-2026-08-28-bajaur-ac-killed", "2026-08-28T07:00:00+05:00",
  "AC, guard martyred in Bajaur roadside bombing",
  """BAJAUR: An assistant commissioner and his guard were martyred and three others injured when
  a roadside bomb struck their vehicle on the Khar-Nawagai road on Thursday. Police said the
  device was detonated by remote control as the vehicle passed a culvert. The officer was on
  his way to inspect a flood protection wall.""", ["G17"])

r(PL, "pl-2026-08-28-iskp-claims-bajaur", "2026-08-28T18:00:00+05:00",
  "IS-K claims Bajaur bombing",
  """PESHAWAR: The Islamic State Khorasan Province (ISKP) has claimed responsibility for
  Thursday's bombing in Bajaur that killed an assistant commissioner and a Levies guard.
  The claim was issued through the group's news agency. Officials said the claim was being
  examined.""", ["G17"])

# ----------------------------------- G18 Peshawar --------------------------------------
r(KPP, "KPP-2026-09-08-03", "2026-09-08T20:30:00+05:00",
  "Suicide attack on Badaber police checkpoint",
  """At about 19:30 hours, a suicide bomber on foot blew himself up at a police checkpoint in the
  jurisdiction of Police Station Badaber, Peshawar, when police personnel tried to stop him for
  checking. Three police personnel embraced shahadat and five were injured. The Capital City
  Police Officer reached the spot. The head and other body parts of the bomber have been
  recovered.""", ["G18"])

r(FD, "fd-2026-09-08-badaber-blast", "2026-09-08T21:15:00+05:00",
  "Blast at Badaber check post, two killed",
  """PESHAWAR: Two policemen were killed and several others injured in a blast at a police check
  post in Badaber on the outskirts of the provincial capital tonight. Rescue officials said the
  injured had been taken to Lady Reading Hospital.""", ["G18"])

r(DM, "dm-2026-09-09-peshawar-suicide", "2026-09-09T07:00:00+05:00",
  "Four killed in suicide attack on Peshawar checkpoint",
  """PESHAWAR: Four people, including three policemen, were killed and six injured when a suicide
  bomber blew himself up at a checkpoint in Badaber on Tuesday evening. A passer-by who was
  injured died in hospital late at night. Police said the bomber, aged around 18, had
  approached on foot.""", ["G18"])

r(PL, "pl-2026-09-09-jua-claims-badaber", "2026-09-09T17:00:00+05:00",
  "Jamaatul Ahrar claims Peshawar suicide attack",
  """PESHAWAR: Jamaatul Ahrar has claimed responsibility for Tuesday's suicide bombing at a police
  checkpoint in Badaber, Peshawar. The TTP distanced itself from the attack. Police said three
  policemen and a civilian were killed.""", ["G18"])

# ----------------------------------- G19 Karak -----------------------------------------
r(KPP, "KPP-2026-09-15-02", "2026-09-15T13:00:00+05:00",
  "Four workers abducted in Takht-e-Nasrati",
  """Unidentified armed men abducted four workers of a private oil and gas exploration company
  from a site in the jurisdiction of Police Station Takht-e-Nasrati, district Karak, at about
  10:00 hours today. Police have launched a search operation with the help of local
  volunteers.""", ["G19"])

r(FD, "fd-2026-09-15-karak-kidnapping", "2026-09-15T15:00:00+05:00",
  "Karak: five company workers kidnapped",
  """KARAK: Armed men kidnapped five employees of an exploration company, including a driver,
  from a drilling site in Takht-e-Nasrati on Tuesday morning, locals said. Police put the
  number at four. The kidnappers took them away in the company's own vehicle, which was later
  found abandoned.""", ["G19"])

r(DM, "dm-2026-09-16-karak-abduction", "2026-09-16T07:00:00+05:00",
  "Four gas company employees abducted in Karak",
  """KARAK: Four employees of a private exploration firm were abducted from a drilling site in
  Takht-e-Nasrati on Tuesday. The company halted work at the site. Police said they were
  investigating whether the abduction was for ransom.""", ["G19"])

r(FD, "fd-2026-09-18-karak-released", "2026-09-18T16:00:00+05:00",
  "Two of four kidnapped workers released in Karak",
  """KARAK: Two of the four workers of an exploration company who were abducted in
  Takht-e-Nasrati on Tuesday were released on Friday, police said. They were dropped near the
  Karak-Bannu road. Police declined to say whether any ransom had been paid.""", ["G19"])

# ----------------------------------- G20 South Waziristan ------------------------------
r(ISPR, "PR-142/2026", "2026-09-24T17:00:00+05:00",
  "Five khawarij killed in South Waziristan",
  """On 24 September 2026, security forces conducted an intelligence-based operation near Wana,
  South Waziristan District. During the operation, five khawarij were sent to hell. During an
  intense exchange of fire, a brave soldier embraced shahadat. Weapons, ammunition and
  explosives were also recovered.""", ["G20"])

r(IWS, "IWS-20260924-0651", "2026-09-24T18:00:00+05:00",
  "Five militants, soldier killed in South Waziristan operation",
  """WANA, Sept 24 (IWS): Five militants and a soldier were killed in an intelligence-based
  operation near Wana in South Waziristan on Thursday, the military said.""", ["G20"])

r(TAM, "tam-2026-09-25-wana-operation", "2026-09-25T10:00:00+05:00",
  "Residents describe overnight firing in Lower South Waziristan",
  """WANA: Residents of villages near Wana in Lower South Waziristan said heavy firing continued for
  several hours on Thursday during the security operation in which five militants were killed.
  Traders said the Wana bazaar remained closed. Elders demanded compensation for a house they
  said had been damaged.""", ["G20"])

# ----------------------------------- G21 / G22 Gwadar, Dera Bugti ----------------------
r(MC, "mc-2026-10-06-pasni-blast", "2026-10-06T08:00:00+05:00",
  "Coast guards vehicle hit by roadside bomb near Pasni",
  """PASNI: A vehicle of the Coast Guards was hit by a roadside bomb on the Coastal Highway near
  Pasni at around 7am. Two personnel were killed and three injured, sources said. The injured
  were taken to the hospital in Pasni.""", ["G21"])

r(IWS, "IWS-20261006-0130", "2026-10-06T09:00:00+05:00",
  "Gas pipeline blown up near Sui",
  """SUI, Oct 6 (IWS): Unidentified men blew up a 12-inch gas pipeline near Sui in Dera Bugti
  district in the early hours of Tuesday, suspending supply to parts of Punjab and Balochistan,
  officials said. No one was hurt.""", ["G22"])

r(QC, "qc-2026-10-06-sui-pipeline", "2026-10-06T12:00:00+05:00",
  "Pipeline blast disrupts gas supply",
  """DERA BUGTI: An explosion damaged a main gas pipeline near Sui around 2am today. Company
  officials said the supply would be restored within 48 hours once security clearance was given
  to repair teams. Levies said explosives had been planted at two points.""", ["G22"])

r(GOB, "GOB-SPOKES-2026-10-06", "2026-10-06T14:00:00+05:00",
  "Spokesperson condemns Gwadar IED attack on Coast Guards",
  """The spokesperson of the Government of Balochistan condemned the IED attack on a Coast Guards
  vehicle in Gwadar district in which two personnel were martyred and three injured. She said
  the terrorists wanted to sabotage development in Gwadar and would not
  succeed.""", ["G21"])

r(DM, "dm-2026-10-07-gwadar-coast-guards", "2026-10-07T07:00:00+05:00",
  "Two coast guards martyred in Gwadar blast",
  """GWADAR: Two Coast Guards personnel were martyred and three others injured when an improvised
  explosive device hit their vehicle on the Makran Coastal Highway near Pasni on Tuesday.
  Officials blamed Fitna al-Hindustan.""", ["G21"])

r(PL, "pl-2026-10-07-sui-repairs", "2026-10-07T18:00:00+05:00",
  "Repairs begin on sabotaged Sui pipeline",
  """QUETTA: Repair work began on Wednesday on the gas pipeline blown up near Sui on Tuesday, the
  gas company said. Gas supply to several towns remained suspended. Officials said it was the
  fourth attack on the pipeline network in Dera Bugti this year.""", ["G22"])

# ----------------------------------- G23 Karachi ---------------------------------------
r(SP, "SP-KHI-2026-10-13-07", "2026-10-13T22:30:00+05:00",
  "ASI martyred in Orangi Town",
  """An Assistant Sub-Inspector of Police posted at Police Station Pakistan Bazaar, District West,
  was martyred at about 21:00 hours when unknown motorcyclists opened fire on him near his
  residence in Orangi Town. The SSP West reached the spot. Evidence has been collected and a
  case is being registered.""", ["G23"])

r(KES, "kes-2026-10-13-orangi-asi-killed", "2026-10-13T23:30:00+05:00",
  "Police officer gunned down in Orangi",
  """KARACHI: A police assistant sub-inspector was shot dead in Orangi Town tonight. Witnesses said
  two men on a motorcycle fired several shots at the officer as he was returning home from duty
  and fled. Police collected empties of a 9mm pistol from the scene.""", ["G23"])

r(IWS, "IWS-20261014-0004", "2026-10-14T00:30:00+05:00",
  "Policeman shot dead in Karachi",
  """KARACHI, Oct 14 (IWS): A police official was shot dead by unidentified gunmen in Karachi on
  Tuesday night, police said. The officer was off duty at the time.""", ["G23"])

r(DM, "dm-2026-10-14-karachi-asi", "2026-10-14T07:00:00+05:00",
  "ASI killed in Karachi 'targeted attack'",
  """KARACHI: A police assistant sub-inspector was killed in what police described as a targeted
  attack in Orangi Town on Tuesday night. The SSP West said the killing appeared to be linked to
  the officer's role in recent raids against a banned outfit.""", ["G23"])

r(ISPR, "PR-151/2026", "2026-10-15T16:00:00+05:00",
  "COAS addresses passing out parade",
  """The Chief of Army Staff addressed the passing out parade of officer cadets at the Pakistan
  Military Academy, Kakul. He said the armed forces, with the support of the nation, would
  eliminate Fitna al-Khawarij and Fitna al-Hindustan, and that no one would be allowed to
  undermine the hard-earned peace of the country.""", [])

# ----------------------------------- G24 / G25 Lakki Marwat ----------------------------
r(SDT, "sdt-2026-10-27-tajazai-constable", "2026-10-27T20:00:00+05:00",
  "Off-duty head constable shot dead in Tajazai",
  """LAKKI MARWAT: An off-duty head constable was shot dead near his house in Tajazai this
  evening. Family members said he was returning from the mosque after prayers when gunmen on a
  motorcycle opened fire at around 6:30pm.""", ["G24"])

r(KPP, "KPP-2026-10-27-04", "2026-10-27T21:00:00+05:00",
  "Head constable martyred in Lakki Marwat",
  """A head constable of Lakki Marwat police, who was on leave, was martyred by unidentified
  terrorists near his residence in the Tajazai area of district Lakki Marwat at about 18:30
  hours. A search operation has been launched.""", ["G24"])

r(IWS, "IWS-20261027-0815", "2026-10-27T22:00:00+05:00",
  "Policeman killed in Lakki",
  """LAKKI MARWAT, Oct 27 (IWS): A policeman was gunned down by unknown assailants in Lakki Marwat
  district on Tuesday evening, police said.""", ["G24"])

r(SDT, "sdt-2026-10-28-bettani-peace-committee", "2026-10-28T09:30:00+05:00",
  "Peace committee member shot dead in Bettani",
  """LAKKI MARWAT: A member of the local peace committee was shot dead in Bettani this morning.
  Locals said he was on his way to his fields at around 7:30am when he was fired upon from a
  passing car.""", ["G25"])

r(KPP, "KPP-2026-10-28-01", "2026-10-28T11:00:00+05:00",
  "Peace committee member killed in Bettani",
  """A member of the peace committee was shot dead by unidentified terrorists in the jurisdiction
  of Police Station Bettani, district Lakki Marwat, at about 07:30 hours today. Police have
  cordoned off the area.""", ["G25"])

r(DM, "dm-2026-10-29-lakki-targeted-killing", "2026-10-29T07:00:00+05:00",
  "Peace committee member killed in Lakki",
  """LAKKI MARWAT: A member of a pro-government peace committee was shot dead in Bettani on
  Wednesday morning, police said. The killing came a day after an off-duty policeman was
  gunned down near his home in Tajazai. Police said the peace committee member had received
  threats.""", ["G25"])

r(FD, "fd-2026-10-29-bettani-protest", "2026-10-29T15:00:00+05:00",
  "Protest in Bettani over killing of peace committee member",
  """LAKKI: Residents of Bettani blocked the main road for several hours on Thursday to protest
  against Wednesday's killing of a local peace committee member. They demanded the arrest of the
  killers and the restoration of the peace committee's security.""", ["G25"])


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
        key = (rep["source"], rep["external_id"])
        if key in keys:
            raise Invalid(f"{where}: duplicate (source, external_id)")
        keys.add(key)
        if rep["body"] in bodies:
            raise Invalid(f"{where}: duplicate body")
        bodies.add(rep["body"])
        if rep["language"] != "en" or rep["marking"] != "TLP:CLEAR":
            raise Invalid(f"{where}: language/marking")
        ts = parse_pub(rep["published_at"], where)
        gids = rep["gold_incidents"]
        if len(set(gids)) != len(gids):
            raise Invalid(f"{where}: repeated gold id")
        for gid in gids:
            if gid not in GOLD:
                raise Invalid(f"{where}: gold id {gid} is not defined in GOLD")
            if ts.date() < gold_dates[gid]:
                raise Invalid(f"{where}: published {ts.date()} before incident {gid} ({gold_dates[gid]})")
            if (ts.date() - gold_dates[gid]).days > 14:
                raise Invalid(f"{where}: published more than two weeks after {gid}")
            uses[gid].append(rep)

    for gid in GOLD:
        reps = uses.get(gid, [])
        if not 3 <= len(reps) <= 6:
            raise Invalid(f"GOLD {gid}: {len(reps)} reports; want 3..6")
        if len({x["source"] for x in reps}) < 3:
            raise Invalid(f"GOLD {gid}: fewer than 3 distinct sources")
    if not 22 <= len(GOLD) <= 25:
        raise Invalid(f"{len(GOLD)} gold incidents; want 22..25")
    if len(REPORTS) < 75:
        raise Invalid(f"{len(REPORTS)} reports; want at least 75")


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
    lines = ["| id | date | district | type | what makes it hard |", "|---|---|---|---|---|"]
    for gid, g in GOLD.items():
        lines.append(f"| {gid} | {g['date']} | {g['district']} ({g['pcode']}) | {g['type']} | {g['hard']} |")
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
        OUT.parent.mkdir(parents=True, exist_ok=True)
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
