#!/usr/bin/env python3
"""Build the second hand-written fusion evaluation set (held-out test).

Writes src/test/resources/fusion/handwritten-2.jsonl: fictional multi-source reports about
fictional incidents in real Pakistani districts. Each report carries "gold_incidents", the ids
of the incidents it describes ([] for none). This set was written without reading the fusion
code. It uses only the standard library.

    python3 tools/fusion-eval-set-2/build.py            # validate, write, print counts
    python3 tools/fusion-eval-set-2/build.py --check    # validate only
    python3 tools/fusion-eval-set-2/build.py --table    # print the gold table (markdown)

On any invalid record it exits with status 1 and prints a one-line message on stderr.
"""
import csv
import datetime as dt
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/test/resources/fusion/handwritten-2.jsonl"
ADMIN_CSV = ROOT / "src/main/resources/geo/pak_admin_units.csv"

PUB_FROM = dt.date(2026, 4, 1)
PUB_TO = dt.date(2026, 11, 20)
MAX_LAG_DAYS = 14
REPORTS_PER_INCIDENT = (2, 6)
MIN_SOURCES_PER_INCIDENT = 2
INCIDENT_COUNT = (28, 32)
REPORT_COUNT = (110, 130)
BODY_WORDS = (40, 180)

EVENT_TYPES = {
    "ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
    "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE",
}

# ---------------------------------------------------------------------------------------
# Gold incidents. district = name_en of the level-2 unit in pak_admin_units.csv.
# Ids use the prefix H so they cannot be confused with the first set's G ids.
# ---------------------------------------------------------------------------------------
GOLD = {
    "H01": dict(date="2026-04-09", pcode="PK226", district="Quetta", type="BOMBING",
                what="bomb in a handcart at the vegetable market on Sabzal Road, 07:20; killed 3 -> 4 -> 5, injured 9 -> 14",
                hard="same city, day and type as H02 and one day before H03; round-ups list two or three"),
    "H02": dict(date="2026-04-09", pcode="PK226", district="Quetta", type="BOMBING",
                what="roadside IED on an FC vehicle, Western Bypass near Killi Ismail, 15:40; 2 soldiers killed; BLA claims 12",
                hard="same day and type as H01; a local report mentions H01 only as background"),
    "H03": dict(date="2026-04-10", pcode="PK226", district="Quetta", type="BOMBING",
                what="low-intensity device in a parked motorcycle near the district courts, Zarghoon Road, 10:50; 3 injured",
                hard="a day after H01/H02, same type; no deaths; one wire story covers all three"),
    "H04": dict(date="2026-04-22", pcode="PK222", district="Nasirabad", type="INFRASTRUCTURE_ATTACK",
                what="two 220kV towers blown up near Dera Murad Jamali, 02:15; no casualties; BRG claim",
                hard="one report is framed around the blackout in neighbouring Jaffarabad; spelling 'Naseerabad'"),
    "H05": dict(date="2026-05-06", pcode="PK513", district="Khyber", type="ARMED_ASSAULT",
                what="pre-dawn attack on the Takhta Baig police checkpost, Jamrud, 03:30; 1 constable killed, 2 injured; TTP claims 5",
                hard="same district, morning and type as H06; one report says 'outskirts of Peshawar'"),
    "H06": dict(date="2026-05-06", pcode="PK513", district="Khyber", type="ARMED_ASSAULT",
                what="gunmen on a motorcycle fire on a polio team near Landi Kotal bazaar, 10:15; police escort killed, health worker injured",
                hard="same morning as H05; one report names only 'Khyber'; the KP condemnation names only the district"),
    "H07": dict(date="2026-05-19", pcode="PK231", district="Zhob", type="SUICIDE_ATTACK",
                what="explosive-laden vehicle rammed into an FC camp wall, then gunmen, 05:10; 4 soldiers and 2 civilians killed; TJP claim",
                hard="flash gives 2 civilians only; ISPR gives 4 soldiers only; press totals 6; claim says 'dozens'"),
    "H08": dict(date="2026-05-28", pcode="PK528", district="Peshawar", type="TARGETED_KILLING",
                what="retired police sub-inspector shot dead by motorcyclists near his home, Pishtakhara, 19:45; 30-bore pistol",
                hard="same city and evening as H09, same type; the TV report says only 'Ring Road, Peshawar'"),
    "H09": dict(date="2026-05-28", pcode="PK528", district="Peshawar", type="TARGETED_KILLING",
                what="mosque prayer leader shot dead after Isha prayers, Hayatabad Phase-VI, 21:20; son injured; Kalashnikov",
                hard="same evening as H08; a funeral follow-up two days later uses 'Thursday night'"),
    "H10": dict(date="2026-06-11", pcode="PK211", district="Kech", type="TARGETED_KILLING",
                what="three labourers from Punjab shot dead at an under-construction house in Dasht, about 22:00",
                hard="next day, same district and type as H11; 'Dasht' also a place in Mastung (H19)"),
    "H11": dict(date="2026-06-12", pcode="PK211", district="Kech", type="TARGETED_KILLING",
                what="two barbers from Punjab shot dead, one injured, at a salon in Absar, Turbat, 11:00",
                hard="a day after H10; 'Turbat' vs 'Kech'; a BLF claim covers both and says 7 killed"),
    "H12": dict(date="2026-06-24", pcode="PK533", district="Tank", type="ARMED_ASSAULT",
                what="night attack on the Jandola police post, about 23:00; 2 policemen killed (3 in one report), 3 injured",
                hard="datelined D.I. Khan; one outlet places Jandola in South Waziristan; flash after midnight"),
    "H13": dict(date="2026-07-07", pcode="PK509", district="D. I. Khan", type="BOMBING",
                what="remote-controlled IED on a Paharpur police van, Band Kurai road, 08:10; killed 2 -> 3, 4 injured; TTP claims 6",
                hard="same district, day and type as H14; D.I. Khan / DI Khan / Dera Ismail Khan"),
    "H14": dict(date="2026-07-07", pcode="PK509", district="D. I. Khan", type="BOMBING",
                what="hand grenade thrown at a police patrol near Chungi No. 8, 21:30; 3 police and 2 passers-by injured, none killed",
                hard="same day as H13; a follow-up two days later says 'Tuesday night's grenade attack'"),
    "H15": dict(date="2026-07-16", pcode="PK705", district="Ghotki", type="INFRASTRUCTURE_ATTACK",
                what="low-intensity blast damages the up-track between Daharki and Ubauro, 04:30; no casualties; SRA claim",
                hard="no casualties to match on; railway names the Daharki-Ubauro section, police a crossing near Ubauro"),
    "H16": dict(date="2026-07-29", pcode="PK525", district="North Waziristan", type="ARMED_ASSAULT",
                what="night attack on a security forces post in Spinwam, about 23:40; 3 soldiers killed (4 per locals), 4 attackers killed; HGB claim",
                hard="reported on 30 July, the day of H17 in the same district"),
    "H17": dict(date="2026-07-30", pcode="PK525", district="North Waziristan", type="SECURITY_OPERATION",
                what="intelligence-based operation in Hassu Khel, Mir Ali; 6 militants killed",
                hard="a day after H16; its follow-up recalls H16 only as background; PM praise names 'Mir Ali'"),
    "H18": dict(date="2026-08-12", pcode="PK230", district="Washuk", type="ARMED_ASSAULT",
                what="militants storm the Levies station in Basima/Besima, 19:00; 2 Levies killed (plus a civilian in one report); BLA claims 9",
                hard="datelined Kharan (neighbouring district); 'Basima' / 'Besima'"),
    "H19": dict(date="2026-08-20", pcode="PK220", district="Mastung", type="INFRASTRUCTURE_ATTACK",
                what="132kV pylon blown up in Dasht, 03:40; supply to Mastung and Kalat cut; no casualties",
                hard="same district and day as H20; a BLF claim covers both"),
    "H20": dict(date="2026-08-20", pcode="PK220", district="Mastung", type="ARMED_ASSAULT",
                what="attack on the Khad Kocha Levies post on N-25, 20:00; 1 Levies man killed, 2 injured",
                hard="same day as H19; TV report says only 'Quetta-Karachi highway near Mastung'"),
    "H21": dict(date="2026-08-31", pcode="PK532", district="Swat", type="BOMBING",
                what="remote-controlled bomb hits a former village defence committee member's car near Kanju, 09:00; killed 2 -> 3",
                hard="toll rises when the driver dies next day; 'Mingora' dateline, 'Kabal' police station"),
    "H22": dict(date="2026-09-09", pcode="PK704", district="East Karachi", type="BOMBING",
                what="low-intensity IED near a Rangers picket at Safoora Chowrangi, 07:30; 2 Rangers and a rickshaw driver injured; SRA claim",
                hard="same district and day as H23; international wire says only 'Karachi'"),
    "H23": dict(date="2026-09-09", pcode="PK704", district="East Karachi", type="TARGETED_KILLING",
                what="CTD constable shot dead by motorcyclists near NIPA Chowrangi, Gulshan-e-Iqbal, 18:00",
                hard="same day as H22; 'Karachi' only in the wire; round-ups list both"),
    "H24": dict(date="2026-09-17", pcode="PK514", district="Kohat", type="KIDNAPPING",
                what="three NADRA employees and their driver abducted from a mobile registration van, Darra Adam Khel, 14:30; released after a jirga",
                hard="3 vs 4 abducted; release report three days later says 'on Thursday'"),
    "H25": dict(date="2026-09-28", pcode="PK502", district="Bajaur", type="TARGETED_KILLING",
                what="local leader of a religious party shot dead in Khar bazaar, 08:00; ISKP claim",
                hard="same district and type as H26 the next evening; round-up lists both"),
    "H26": dict(date="2026-09-29", pcode="PK502", district="Bajaur", type="TARGETED_KILLING",
                what="tribal elder and his nephew shot dead near Inayat Kalay, Mamund, 18:30",
                hard="a day after H25; a national daily recalls H25 only as background"),
    "H27": dict(date="2026-10-08", pcode="PK607", district="Dera Ghazi Khan", type="ARMED_ASSAULT",
                what="night attack on the BMP checkpost at Rakhi Gaj, 22:00; 1 BMP man killed (2 per one report), 2 injured",
                hard="a Balochistan outlet datelines Barkhan; 'Fort Munro' / 'D.G. Khan'"),
    "H28": dict(date="2026-10-15", pcode="PK527", district="Orakzai", type="SECURITY_OPERATION",
                what="intelligence-based operation in Upper Orakzai (Ghiljo); 7 militants killed, 2 soldiers killed",
                hard="ISPR release the next day; attacker deaths must not be counted as victims"),
    "H29": dict(date="2026-10-26", pcode="PK210", district="Kalat", type="ARMED_ASSAULT",
                what="N-25 blockade at Mangochar, 21:00; passengers offloaded, killed 4 -> 5, six vehicles burnt; BLA claims 11",
                hard="one report says 'near Mastung', one datelines Surab (Shaheed Sikandarabad)"),
    "H30": dict(date="2026-11-04", pcode="PK621", district="Mianwali", type="SECURITY_OPERATION",
                what="CTD Punjab raid near Kalabagh; 3 militants killed, 2 escaped; suicide vest recovered",
                hard="'Kalabagh' only in one report; no victims"),
}

# ---------------------------------------------------------------------------------------
# Sources. All media outlet names are invented. Official bodies appear only as institutions.
# No private person is named; people appear only by role.
# ---------------------------------------------------------------------------------------
ISPR = "ISPR"
KPP = "Khyber Pakhtunkhwa Police"
BP = "Balochistan Police"
BLV = "Balochistan Levies Force"
SP = "Sindh Police"
PP = "Punjab Police"
CTDP = "Counter Terrorism Department Punjab"
GKP = "Government of Khyber Pakhtunkhwa"
GOB = "Government of Balochistan"
GOS = "Government of Sindh"
PMO = "Prime Minister's Office"
MOI = "Ministry of Interior"
PR = "Pakistan Railways"
QESCO = "Quetta Electric Supply Company"
PEP = "Pakistan Polio Eradication Programme"
DCR = "The Daily Crescent"             # national English daily, long pieces with background
MST = "The Morning Statesman"          # national English daily, reports militant claims
KHG = "Khyber Gazette"                 # Peshawar daily
BT = "Bolan Times"                     # Quetta daily
TUS = "The Turbat Sentinel"            # Kech local
KMP = "Karachi Metro Post"             # Karachi daily
LEB = "Lahore Evening Bulletin"        # Punjab daily
QT = "Qabail Times"                    # merged tribal districts
DMN = "Damaan Daily"                   # D.I. Khan / southern KP local
MNS = "Margalla News Service"          # national wire agency
CPI = "Continental Press International"  # international wire agency
ZTV = "Zaviya TV Digital"              # TV channel website
SACM = "South Asia Conflict Monitor"   # monitoring outlet relaying militant claims

REPORTS = []


def r(source, external_id, published_at, title, body, gold):
    REPORTS.append(dict(source=source, external_id=external_id, url=None,
                        published_at=published_at, title=title, body=" ".join(body.split()),
                        language="en", marking="TLP:CLEAR", gold_incidents=list(gold)))


# ------------------------------- H01 / H02 / H03 Quetta -------------------------------
r(BP, "BP-QTA-2026-0409-01", "2026-04-09T08:05:00+05:00",
  "Explosion at fruit and vegetable market, Sabzal Road",
  """At about 0720 hours an explosive device concealed in a handcart went off at the entrance of the
  fruit and vegetable market on Sabzal Road, Quetta, when labourers were unloading trucks. As per
  initial information three persons lost their lives and nine were injured, who have been shifted to
  the Trauma Centre, Civil Hospital Quetta. The Bomb Disposal Squad is collecting evidence. The area
  has been cordoned off by police and FC. Further details will follow.""", ["H01"])

r(MNS, "MNS-0409-QTA-117", "2026-04-09T10:30:00+05:00",
  "Four killed, 12 hurt in Quetta market blast",
  """QUETTA, April 9 (MNS): At least four people were killed and 12 others injured when a bomb went
  off at a crowded vegetable market in the provincial capital on Thursday morning, police and
  hospital officials said. A police officer said the device, estimated at three to four kilograms,
  had been hidden in a vendor's handcart near the market gate. Most of the victims were daily-wage
  labourers and vendors. A state of emergency was declared at city hospitals. No group claimed
  responsibility.""", ["H01"])

r(BT, "bt-20260409-bypass-ied", "2026-04-09T17:10:00+05:00",
  "Two FC men martyred in Western Bypass blast",
  """QUETTA: Two personnel of the Frontier Corps were martyred and three of their colleagues wounded
  in a roadside bombing on the Western Bypass near Killi Ismail on Thursday afternoon, hours after
  the city's vegetable market was hit. Officials said the FC vehicle was on routine patrol at about
  3:40pm when the device, planted under a culvert, was detonated by remote control. The injured
  were taken to CMH Quetta. Traffic on the bypass remained suspended for two hours while security
  forces searched the nearby orchards.""", ["H02"])

r(ISPR, "ISPR-PR-0409-2026", "2026-04-09T19:00:00+05:00",
  "Security forces vehicle targeted in Quetta",
  """On 9 April 2026, terrorists of Indian-sponsored Fitna al-Hindustan detonated an improvised
  explosive device targeting a vehicle of security forces in the general area of Western Bypass,
  Quetta. Consequently, two soldiers embraced shahadat while valiantly performing their duty.
  A sanitisation operation has been launched to hunt down the perpetrators of this cowardly act.
  Security forces remain resolute in their resolve to rid Balochistan of Indian-sponsored
  terrorism, and the perpetrators, facilitators and abettors will be brought to justice.""", ["H02"])

r(GOB, "GOB-CMS-2026-04-09-3", "2026-04-09T18:20:00+05:00",
  "Chief Minister condemns Quetta blasts",
  """The Chief Minister of Balochistan has strongly condemned the two blasts in Quetta today, one
  targeting innocent labourers at the vegetable market and the other targeting a vehicle of the
  Frontier Corps. He said the enemies of Balochistan were targeting the poor and those who protect
  them. He directed the Health Department to ensure the best treatment for the wounded and asked
  the provincial police chief to submit a detailed report within 24 hours. Compensation will be
  announced for the families of the deceased.""", ["H01", "H02"])

r(DCR, "dcr-2026-04-10-quetta-twin-blasts", "2026-04-10T07:00:00+05:00",
  "Six killed as twin bombings shake Quetta",
  """QUETTA: Six people, including two Frontier Corps soldiers, were killed and at least 15 injured
  in two bomb attacks in Quetta on Thursday. The first blast struck the fruit and vegetable market
  on Sabzal Road at around 7:20am, killing four labourers and vendors who had gathered to unload
  trucks arriving from Sindh and Punjab. In the afternoon, a remote-controlled device hit an FC
  vehicle on the Western Bypass near Killi Ismail, martyring two soldiers and wounding three.
  Police said the attacks were not necessarily linked, although both devices appeared to have been
  assembled from similar materials.

  The provincial capital has seen a rise in bombings over the past year, most of them targeting
  security forces on the city's outskirts, while markets and bus stands have been hit less often.
  Officials privately acknowledge that the city's safe city cameras cover only a fraction of its
  markets. Traders' associations announced a shutter-down strike for Friday, while the provincial
  government ordered a security review of markets, bus terminals and the approaches to the
  bypass.""", ["H01", "H02"])

r(BT, "bt-20260410-mandi-toll", "2026-04-10T12:30:00+05:00",
  "Sabzi mandi blast toll rises to five",
  """QUETTA: One of the labourers wounded in Thursday's explosion at the sabzi mandi on Sabzal Road
  died at the Trauma Centre on Friday morning, raising the death toll to five. Hospital officials
  said 14 people had been brought in after the blast and four of them were still in serious
  condition. Fruit and vegetable traders kept the market closed on Friday and demanded the
  installation of CCTV cameras and a police post at the gate.""", ["H01"])

r(MST, "mst-2026-04-10-bla-bypass-claim", "2026-04-10T20:00:00+05:00",
  "BLA claims Quetta bypass bombing",
  """QUETTA: The proscribed Balochistan Liberation Army has claimed responsibility for Thursday's
  roadside bombing on Quetta's Western Bypass, according to a statement sent to the media. The
  group claimed that 12 personnel were killed and a vehicle completely destroyed. Officials put the
  toll at two soldiers martyred. The statement made no mention of the morning blast at the
  vegetable market, which no group has claimed.""", ["H02"])

r(BP, "BP-QTA-2026-0410-02", "2026-04-10T11:30:00+05:00",
  "Low-intensity blast near District Courts, Zarghoon Road",
  """At about 1050 hours, a low-intensity explosive device fitted in a motorcycle parked near the
  District Courts on Zarghoon Road, Quetta, exploded. Three persons including a traffic warden
  sustained injuries and were shifted to Civil Hospital. No loss of life has been reported. The
  BDS estimated the device at about 500 grams. The motorcycle was reported stolen from Satellite
  Town last week. Investigation is under way.""", ["H03"])

r(ZTV, "ztv-news-88213", "2026-04-10T12:15:00+05:00",
  "Another blast in Quetta, three wounded",
  """A day after two bombings killed six people in Quetta, another explosion hit the city on Friday
  near the courts on Zarghoon Road. Police said a small bomb hidden in a parked motorcycle went off
  shortly before 11am, wounding a traffic warden and two litigants. Lawyers suspended court
  proceedings for the day. Security was tightened around government offices on Zarghoon Road and
  Jinnah Road.""", ["H03"])

r(CPI, "CPI-ASIA-20260410-0311", "2026-04-10T15:00:00+05:00",
  "Third blast in a day rattles Pakistan's Quetta",
  """QUETTA, Pakistan, April 10 (CPI) - A small bomb hidden in a motorcycle wounded three people near
  a court complex in Quetta, the capital of Pakistan's southwestern province of Balochistan, on
  Friday, the third explosion in the city in just over 24 hours. On Thursday a bomb at a vegetable
  market killed five people, most of them labourers, and a roadside bomb killed two paramilitary
  soldiers on a bypass road, officials said. A separatist group claimed the attack on the soldiers.
  Balochistan, rich in minerals but the poorest of Pakistan's provinces, has long faced a separatist
  insurgency as well as attacks by Islamist militants.""",
  ["H01", "H02", "H03"])

# ------------------------------------ H04 Nasirabad -----------------------------------
r(QESCO, "QESCO-PR-2026-041", "2026-04-22T09:00:00+05:00",
  "Transmission towers damaged, supply suspended",
  """Two towers of the 220kV Sibi-Dera Murad Jamali transmission line were blown up by miscreants at
  about 0215 hours near Dera Murad Jamali. Consequently, electricity supply to Nasirabad,
  Jaffarabad, Sohbatpur and Jhal Magsi districts has been suspended. Restoration teams have been
  dispatched under security cover and supply will be restored through alternate arrangements as
  soon as possible. Consumers are requested to cooperate.""", ["H04"])

r(MNS, "MNS-0422-DMJ-042", "2026-04-22T11:40:00+05:00",
  "Pylons blown up in Naseerabad",
  """DERA MURAD JAMALI, April 22 (MNS): Unidentified men blew up two electricity pylons in
  Naseerabad district early Wednesday, plunging several districts of the region into darkness,
  officials said. A Levies official said explosives had been planted at the base of both towers,
  which collapsed across a field about six kilometres from the town. No one was hurt. Water supply
  schemes and hospitals in the area were also affected.""", ["H04"])

r(MST, "mst-2026-04-23-jaffarabad-blackout", "2026-04-23T08:00:00+05:00",
  "Jaffarabad without power for a second day after pylon attack",
  """DERA ALLAHYAR: Residents of Jaffarabad district spent a second day without electricity in
  sweltering heat after Wednesday's sabotage of two transmission towers on the outskirts of Dera
  Murad Jamali. Traders in Dera Allahyar staged a protest. The banned Baloch Republican Guards
  claimed responsibility for the blasts, according to a statement circulated to the media, and
  warned of further attacks on 'state installations'. Officials said repairs would take at least
  48 hours.""", ["H04"])

r(BT, "bt-20260423-power-restored", "2026-04-23T21:30:00+05:00",
  "Power restored to Nasirabad division after tower repair",
  """QUETTA: Electricity supply to Nasirabad division was restored on Thursday evening, about 40 hours
  after two 220kV towers were blown up near Dera Murad Jamali, the power utility said. Repair crews
  erected an emergency restoration structure to bypass the collapsed towers. A QESCO official said
  the utility had lost more than a dozen towers to sabotage in Balochistan since January.""", ["H04"])

# --------------------------------- H05 / H06 Khyber ----------------------------------
r(KPP, "KPP-KHY-2026-05-06-01", "2026-05-06T05:10:00+05:00",
  "Terrorists' attack on Takhta Baig checkpost repulsed",
  """At 0330 hours terrorists attacked police checkpost Takhta Baig, Police Station Jamrud, district
  Khyber, with heavy and light weapons. The police jawans retaliated bravely and the terrorists fled
  towards the mountains taking advantage of darkness. Constable of the checkpost embraced shahadat
  while two constables received injuries and were shifted to Hayatabad Medical Complex. DPO Khyber
  reached the spot. Search operation in progress.""", ["H05"])

r(KHG, "khg-2026-05-06-takhta-baig", "2026-05-06T09:00:00+05:00",
  "Cop martyred in attack on checkpost near Peshawar",
  """PESHAWAR: A policeman was martyred and two of his colleagues were wounded in a militant attack
  on a checkpost on the outskirts of Peshawar in the early hours of Wednesday. Police said the
  attackers opened fire on the Takhta Baig post along the Pak-Afghan highway from nearby hills and
  exchanged fire with the personnel for around 30 minutes. It was the third attack on police in
  the Jamrud subdivision this year. The body was shifted to Police Lines Peshawar, where funeral
  prayers were offered.""", ["H05"])

r(KPP, "KPP-KHY-2026-05-06-02", "2026-05-06T11:00:00+05:00",
  "Firing on polio team in Landi Kotal",
  """At 1015 hours two unknown motorcyclists opened fire on a polio vaccination team in a village near
  Landi Kotal bazaar, district Khyber. Constable performing security duty with the team embraced
  shahadat on the spot. A female health worker was injured and shifted to THQ Hospital Landi Kotal.
  The accused escaped. Police have cordoned off the area and raids are being conducted.""", ["H06"])

r(ZTV, "ztv-news-90544", "2026-05-06T12:30:00+05:00",
  "Gunmen attack polio team in Khyber, policeman killed",
  """A policeman guarding a polio vaccination team was killed and a female health worker was wounded
  when gunmen opened fire on the team in Khyber district on Wednesday morning, officials said. The
  attackers were riding a motorcycle and fled after the shooting. The anti-polio drive in the
  area was suspended for the day. Health workers in the tribal district have repeatedly demanded
  better security during campaigns.""", ["H06"])

r(PEP, "PEP-STMT-2026-09", "2026-05-06T14:00:00+05:00",
  "Programme condemns attack on polio team in Khyber",
  """The Pakistan Polio Eradication Programme strongly condemns this morning's attack on a
  vaccination team in Landi Kotal, Khyber, in which a police officer assigned to protect the team
  lost his life and a vaccinator was injured. Our thoughts are with the family of the martyred
  officer. Those who attack health workers attack the children of Pakistan. Vaccination in the
  affected union council has been paused and will resume once security is reviewed; the campaign
  continues elsewhere in the district.""", ["H06"])

r(GKP, "GKP-CM-2026-05-06", "2026-05-06T16:30:00+05:00",
  "CM condemns attacks in Khyber district",
  """Condemning today's two attacks in Khyber district, the Chief Minister of Khyber Pakhtunkhwa said
  two police personnel had embraced shahadat and two policemen and a health worker had been
  injured. He paid tribute to the martyred personnel and directed the Inspector General of Police
  to arrest the culprits at the earliest. He said the provincial government would not allow
  terrorists to sabotage the polio campaign.""", ["H05", "H06"])

r(DCR, "dcr-2026-05-07-khyber-attacks", "2026-05-07T07:00:00+05:00",
  "Two policemen martyred in separate attacks in Khyber",
  """KHYBER: Two policemen lost their lives in separate attacks in Khyber tribal district on
  Wednesday. In the first, militants attacked a checkpost at Takhta Baig in Jamrud at around
  3:30am, martyring a constable and injuring two. Hours later, gunmen on a motorcycle opened fire
  on a polio team near Landi Kotal, killing its police guard and wounding a female health worker.
  Officials said the checkpost attack bore the hallmarks of the banned TTP, while no one had
  claimed the polio team shooting.

  Khyber, which borders Afghanistan and straddles the Torkham highway, was merged with the
  province in 2018. Police in the district, many of them former Khasadar personnel, have faced
  repeated attacks since 2023, often at night on isolated posts in the Jamrud and Bara
  subdivisions. Polio teams have also been targeted across the province; at least nine workers
  and guards have been killed over the past two years, and each attack has forced campaigns in
  the affected union councils to be suspended.""",
  ["H05", "H06"])

r(MST, "mst-2026-05-07-ttp-jamrud-claim", "2026-05-07T19:00:00+05:00",
  "TTP claims Jamrud checkpost attack",
  """PESHAWAR: The outlawed Tehreek-i-Taliban Pakistan claimed responsibility for Wednesday's attack
  on a police checkpost at Takhta Baig in Jamrud, saying in a statement that 'five policemen were
  killed'. Police said one constable was martyred and two injured. The group denied involvement in
  the attack on a polio team in Landi Kotal the same morning.""", ["H05"])

# ------------------------------------- H07 Zhob -------------------------------------
r(MNS, "MNS-0519-ZHB-009", "2026-05-19T07:30:00+05:00",
  "Blast, gunfire near FC camp in Zhob",
  """ZHOB, May 19 (MNS): A powerful explosion followed by heavy gunfire was heard near a Frontier
  Corps camp in Zhob early Tuesday, officials said. A police official said two civilians, a
  hotel worker and a passer-by, were killed and several people injured. Security forces cordoned
  off the area and the exchange of fire was continuing. Further details are awaited.""", ["H07"])

r(ISPR, "ISPR-PR-0519-2026", "2026-05-19T13:00:00+05:00",
  "Khwarij attack on security forces camp foiled in Zhob",
  """In the early hours of 19 May 2026, khwarij belonging to Indian proxy Fitna al-Khawarij tried to
  storm a camp of security forces in Zhob. Alert troops foiled their attempt to enter the camp,
  upon which the khwarij rammed an explosive-laden vehicle into the perimeter wall. During the
  intense exchange of fire, all five khwarij were sent to hell. Four soldiers embraced shahadat
  fighting bravely. Sanitisation of the area is being carried out.""",
  ["H07"])

r(CPI, "CPI-ASIA-20260519-0150", "2026-05-19T16:00:00+05:00",
  "Suicide attack on Pakistani military camp kills six",
  """ZHOB, Pakistan, May 19 (CPI) - Militants rammed an explosives-laden vehicle into a paramilitary
  camp in southwestern Pakistan before dawn on Tuesday and then tried to storm it, killing four
  soldiers and two civilians, officials said. All five attackers were killed, the military said.
  Zhob lies in Balochistan province near the borders with Khyber Pakhtunkhwa and Afghanistan.""",
  ["H07"])

r(BT, "bt-20260520-zhob-camp", "2026-05-20T08:00:00+05:00",
  "Six martyred as suicide bombers storm Zhob camp",
  """ZHOB: Four soldiers and two civilians were martyred and 11 people injured when suicide bombers
  attacked the Frontier Corps camp in Zhob at around 5:10am on Tuesday. Witnesses said the blast
  destroyed the camp's outer wall and a row of shops on the other side of the road, where a hotel
  cook and a passer-by lost their lives. Troops then fought a gunbattle of more than two hours with
  the remaining attackers, and residents of nearby houses were evacuated.

  The district, which borders South Waziristan and Afghanistan, has seen several attacks on
  security installations in recent years, and the Zhob-Dera Ismail Khan highway has been closed
  at night since last year. Local traders said business had already been hit by the closure of
  the nearby border crossing. Markets remained closed on Wednesday, and elders announced a
  three-day mourning. A senior police officer said the vehicle used in the attack had been
  brought from Sherani district.""", ["H07"])

r(MST, "mst-2026-05-20-tjp-zhob-claim", "2026-05-20T21:00:00+05:00",
  "Little-known group claims Zhob attack",
  """QUETTA: Tehreek-e-Jihad Pakistan, a little-known group believed by officials to be a front for
  the TTP, has claimed responsibility for Tuesday's attack on the FC camp in Zhob, according to a
  statement shared with journalists. The group claimed that 'dozens of soldiers' were killed.
  Officials said four soldiers and two civilians were martyred and all five attackers killed.""",
  ["H07"])

# -------------------------------- H08 / H09 Peshawar ---------------------------------
r(KPP, "KPP-PSH-2026-05-28-07", "2026-05-28T20:30:00+05:00",
  "Retired SI shot dead in Pishtakhara",
  """At 1945 hours two unknown motorcyclists opened fire on a retired Sub-Inspector of police near
  his residence in the limits of Police Station Pishtakhara, Peshawar. He died on the spot. The
  accused fled. Empties of 30-bore pistol have been recovered from the spot. SP Saddar reached the
  scene and the body was shifted to Khyber Teaching Hospital. Case registered, investigation
  under way.""", ["H08"])

r(ZTV, "ztv-news-91830", "2026-05-28T21:00:00+05:00",
  "Retired cop shot dead in Peshawar",
  """A retired police officer was shot dead by unidentified motorcyclists near Ring Road in Peshawar
  on Thursday evening, police said. He was returning home from a shop when the attackers opened
  fire and escaped. The officer had retired two years ago after serving in the city's police
  stations. Police said they were examining CCTV footage from the area.""", ["H08"])

r(KPP, "KPP-PSH-2026-05-28-09", "2026-05-28T22:10:00+05:00",
  "Pesh imam shot dead in Hayatabad",
  """At 2120 hours unknown persons opened fire on the pesh imam of a mosque in Phase-VI, Hayatabad,
  while he was returning home after Isha prayers. He died on the spot while his son sustained
  injuries and was shifted to Hayatabad Medical Complex. Empties of Kalashnikov recovered. Heavy
  contingent of police reached the spot. Search and strike operation in progress.""", ["H09"])

r(KHG, "khg-2026-05-29-two-killed", "2026-05-29T07:00:00+05:00",
  "Two shot dead in separate incidents in Peshawar",
  """PESHAWAR: A retired police sub-inspector and a prayer leader were shot dead in two separate
  incidents in the city on Thursday evening. The retired official was attacked near his house in
  Pishtakhara at around 7:45pm by two men on a motorcycle who fired pistol shots. Less than two
  hours later, gunmen armed with a Kalashnikov killed the imam of a mosque in Hayatabad Phase-VI
  and wounded his son as they walked home after Isha prayers. Police said it was too early to say
  whether the killings were linked.""", ["H08", "H09"])

r(DCR, "dcr-2026-05-29-hayatabad-imam", "2026-05-29T07:00:00+05:00",
  "Prayer leader gunned down in Hayatabad",
  """PESHAWAR: The prayer leader of a mosque was shot dead and his son wounded in Hayatabad on Thursday
  night. According to police, the cleric was walking home after leading Isha prayers when
  assailants fired at him with automatic weapons at around 9:20pm. His son, a college student,
  was hit in the leg. Residents said the imam had no known enmity. Clerics of different schools of
  thought have been targeted in the provincial capital over the past decade, and several such cases
  remain unsolved. Police have formed a team to investigate.""", ["H09"])

r(MST, "mst-2026-05-30-imam-funeral", "2026-05-30T18:00:00+05:00",
  "Hundreds attend funeral of slain Hayatabad imam",
  """PESHAWAR: Hundreds of people attended the funeral prayers on Saturday of the prayer leader who was
  shot dead in Hayatabad on Thursday night. Ulema warned of protests if the killers were not arrested
  within a week. The Capital City Police Officer said a joint investigation team had been formed
  and that CCTV footage from Phase-VI was being examined. The imam's son, injured in the attack, was
  discharged from hospital.""", ["H09"])

# ---------------------------------- H10 / H11 Kech -----------------------------------
r(BLV, "LEV-KECH-2026-0612-01", "2026-06-12T08:00:00+05:00",
  "Three labourers killed in Dasht",
  """Last night at about 2200 hours unknown armed men entered an under-construction house in Dasht
  area, district Kech, and opened fire on labourers sleeping there. Three labourers, residents of
  Rahim Yar Khan, Punjab, died on the spot. The bodies have been shifted to Teaching Hospital Turbat
  for legal formalities. Levies Force has started investigation and search of the area.""", ["H10"])

r(TUS, "tus-2026-06-12-dasht-workers", "2026-06-12T10:00:00+05:00",
  "Three non-local workers shot dead in Dasht",
  """TURBAT: Unidentified gunmen shot dead three workers from Punjab in Dasht on Thursday night.
  According to Levies officials, the men were working as masons and labourers on a private house
  and were sleeping in the building when attackers arrived on motorcycles and opened fire. The
  contractor said the workers had been in Dasht for two months. The bodies will be sent to Punjab
  after formalities.""", ["H10"])

r(BP, "BP-KECH-2026-0612-02", "2026-06-12T12:40:00+05:00",
  "Firing at barber shop, Absar, Turbat",
  """At about 1100 hours two armed men riding a motorcycle opened fire at a barber shop in Absar,
  Turbat city. As a result two barbers died on the spot and another sustained injuries and was
  shifted to Teaching Hospital Turbat. The deceased and injured belonged to Punjab. The attackers
  fled. Police have registered a case and started investigation.""", ["H11"])

r(MNS, "MNS-0612-TBT-031", "2026-06-12T13:30:00+05:00",
  "Two barbers shot dead in Turbat",
  """TURBAT, June 12 (MNS): Two barbers were shot dead and another wounded when gunmen opened fire at a
  hair-cutting salon in the Absar area of Turbat on Friday, police said. The victims belonged to
  southern Punjab. The attack came hours after three labourers from Punjab were killed in Dasht.
  Police said the attackers had covered their faces.""", ["H11"])

r(GOB, "GOB-CMS-2026-06-12-1", "2026-06-12T18:00:00+05:00",
  "Chief Minister condemns killing of labourers in Kech",
  """The Chief Minister of Balochistan has condemned the killing of five innocent labourers from Punjab
  in two incidents in Kech district. He said terrorists who target poor people earning a living
  are enemies of humanity and of Balochistan, and directed the police and Levies to bring the
  killers to justice. He expressed condolences with the bereaved families and said the
  provincial government would arrange transport of the bodies.""", ["H10", "H11"])

r(DCR, "dcr-2026-06-13-kech-labourers", "2026-06-13T07:00:00+05:00",
  "Five workers from Punjab killed in Kech within 24 hours",
  """TURBAT: Five workers from Punjab were killed in two attacks in Kech district in less than a
  day. On Thursday night, gunmen killed three labourers at a house under construction in Dasht,
  about 80 kilometres from Turbat. On Friday morning, two barbers were shot dead and a third
  wounded at their shop in Turbat's Absar neighbourhood. Police said the attackers in both cases
  rode motorcycles, but it was too early to say whether the same group was involved.

  Separatist militants have repeatedly targeted workers from other provinces in Makran in recent
  years, accusing them of links with the state, and most of the victims have been daily-wage
  labourers from southern Punjab. Labour contractors in Turbat said dozens of workers had started
  leaving the district on Friday evening, and bus operators reported heavy bookings for Karachi.
  The provincial government has repeatedly promised security for construction sites, but officials
  concede that private projects in rural Kech rarely inform the Levies of outside workers.""", ["H10", "H11"])

r(MST, "mst-2026-06-13-blf-kech-claim", "2026-06-13T20:00:00+05:00",
  "BLF claims Kech killings",
  """QUETTA: The proscribed Baloch Liberation Front has claimed responsibility for the killing of
  non-local workers in Dasht and Turbat, according to a statement issued to the media. The group
  alleged that the men were working for intelligence agencies and claimed that seven were killed.
  Officials said five labourers were killed, three in Dasht and two in Turbat, and rejected the
  allegation.""", ["H10", "H11"])

# ------------------------------------- H12 Tank -------------------------------------
r(KPP, "KPP-TNK-2026-06-25-01", "2026-06-25T00:40:00+05:00",
  "Attack on police post Jandola",
  """Terrorists attacked police post Jandola, district Tank, late night with heavy weapons. The jawans
  retaliated. Two constables embraced shahadat while three were injured and shifted to DHQ Hospital
  Tank. Reinforcement from Police Lines Tank rushed to the spot. Terrorists fled.""", ["H12"])

r(DMN, "dmn-2026-06-25-jandola", "2026-06-25T09:00:00+05:00",
  "Two policemen martyred in Jandola attack",
  """DERA ISMAIL KHAN: Two policemen were martyred and three injured when militants stormed a police
  post in Jandola, on the border of Tank and South Waziristan, at around 11pm on Wednesday. A
  police official said the assailants fired rockets and Kalashnikovs at the post from two sides.
  The injured were first taken to DHQ Hospital Tank and later referred to the District
  Headquarters Hospital in D.I. Khan. Funeral prayers were offered at Police Lines Tank on
  Thursday.""", ["H12"])

r(QT, "qt-2026-06-25-jandola-post", "2026-06-25T12:00:00+05:00",
  "Three cops martyred in attack on Jandola post",
  """JANDOLA, South Waziristan: Three policemen were martyred and several others injured when militants
  stormed a police post in Jandola late on Wednesday night, local sources said. Residents said the
  firing continued for over an hour. Jandola, the gateway to South Waziristan, has seen frequent
  attacks on police since the start of the year. Officials could not be reached to confirm the
  toll.""", ["H12"])

r(SACM, "sacm-alert-2026-0626-14", "2026-06-26T10:00:00+05:00",
  "TTP claims Jandola attack",
  """Claim: The Tehreek-i-Taliban Pakistan claimed the overnight attack on the police post in Jandola,
  Tank district, in a statement on its channels, as reported by The Morning Statesman. The group
  claimed that seven policemen were killed. Police confirmed two killed and three wounded.
  Assessment: the claim inflates casualties, a pattern seen in previous TTP statements on southern
  KP.""", ["H12"])

# ------------------------------- H13 / H14 D.I. Khan ---------------------------------
r(KPP, "KPP-DIK-2026-07-07-01", "2026-07-07T09:00:00+05:00",
  "IED blast on police mobile, PS Paharpur",
  """At 0810 hours a police mobile of Police Station Paharpur, district D.I. Khan, was hit by an
  improvised explosive device on Paharpur-Band Kurai road. Two police personnel embraced shahadat
  while four received injuries and were shifted to DHQ Hospital D.I. Khan. The area has been
  cordoned off. RPO D.I. Khan has directed CTD to investigate.""", ["H13"])

r(DMN, "dmn-2026-07-07-paharpur-toll", "2026-07-07T14:00:00+05:00",
  "Paharpur blast toll rises to three",
  """PAHARPUR: A third policeman injured in the morning's roadside bombing on the Band Kurai road
  succumbed to his injuries at the district hospital on Tuesday afternoon. Police officials said the
  remote-controlled device had been buried under the road surface and was detonated when the van
  passed. Three other personnel remain under treatment.""", ["H13"])

r(DCR, "dcr-2026-07-08-dik-roadside-bomb", "2026-07-08T07:00:00+05:00",
  "Three policemen martyred in DI Khan roadside bombing",
  """DERA ISMAIL KHAN: Three policemen were martyred and three others hurt when a bomb planted
  under the road went off beneath their van in Paharpur tehsil of Dera Ismail Khan district on
  Tuesday morning. The police vehicle was on its way to a checkpost near Band Kurai when the
  device exploded. One of the three died in hospital in the afternoon.

  The southern districts of Khyber Pakhtunkhwa, including Dera Ismail Khan, Tank, Lakki Marwat
  and Bannu, have borne the brunt of militant violence since the TTP ended its ceasefire in late
  2022. Two weeks ago, two policemen were martyred in an attack on a post in Jandola in
  neighbouring Tank. Police officials say improvised explosive devices have become the militants'
  weapon of choice against patrols on rural roads, and that many police stations in the district
  still lack armoured vehicles and jammers. The Paharpur area, on the Indus, had until recently
  been considered relatively calm.""", ["H13"])

r(KPP, "KPP-DIK-2026-07-07-04", "2026-07-07T22:15:00+05:00",
  "Hand grenade attack on police patrol, Chungi No. 8",
  """At 2130 hours unknown persons hurled a hand grenade at a police patrol of City Police Station near
  Chungi No. 8, D.I. Khan. Three police personnel and two passers-by received injuries and were
  shifted to DHQ Hospital. No loss of life. The accused fled on foot through the bazaar. Area
  cordoned off and search under way.""", ["H14"])

r(ZTV, "ztv-news-95512", "2026-07-07T23:00:00+05:00",
  "Five injured in grenade attack in Dera Ismail Khan",
  """Five people, including three policemen, were injured when unidentified attackers threw a hand
  grenade at a police patrol in Dera Ismail Khan on Tuesday night. The attack took place near a busy
  bazaar and sent shoppers running for cover. Rescue workers took the wounded to hospital, where
  doctors said all were out of danger.""", ["H14"])

r(MNS, "MNS-0708-DIK-022", "2026-07-08T08:00:00+05:00",
  "Police targeted twice in a day in DI Khan",
  """DERA ISMAIL KHAN, July 8 (MNS): Police in Dera Ismail Khan came under attack twice on Tuesday. In
  the morning, a roadside bomb hit a police van in Paharpur, killing three personnel and wounding
  three. At night, a hand grenade thrown at a police patrol near Chungi No. 8 in the city injured
  three policemen and two passers-by. Security has been stepped up at entry and exit points of the
  city.""", ["H13", "H14"])

r(SACM, "sacm-alert-2026-0709-03", "2026-07-09T10:00:00+05:00",
  "TTP claims Paharpur IED",
  """Claim: The TTP claimed Tuesday's IED attack on a police vehicle in Paharpur, D.I. Khan, as reported
  by The Morning Statesman, asserting that six policemen were killed and the vehicle destroyed.
  Official toll: three police killed, three injured. No claim has appeared for the grenade attack
  in the city the same night.""", ["H13"])

r(DMN, "dmn-2026-07-09-grenade-cctv", "2026-07-09T15:00:00+05:00",
  "CCTV footage shows grenade attackers",
  """DERA ISMAIL KHAN: Police have obtained CCTV footage showing two young men on foot who are suspected
  of throwing the hand grenade at a police patrol near Chungi No. 8 on Tuesday night. The footage
  shows one of them pulling the pin before lobbing the grenade. Three police personnel and two
  passers-by were injured in the attack. Several suspects have been detained for questioning.""",
  ["H14"])

# ------------------------------------ H15 Ghotki ------------------------------------
r(PR, "PR-PRESS-2026-0716", "2026-07-16T09:30:00+05:00",
  "Up-track damaged near Daharki; traffic restored",
  """A portion of the up-track between Daharki and Ubauro stations was damaged by a low-intensity blast
  at about 0430 hours. An up-country passenger train was held at Daharki station as a precaution.
  Railway engineering staff replaced the damaged rail and traffic was restored at 0810 hours.
  Nobody was hurt. Pakistan Railways Police have registered a case.""", ["H15"])

r(SP, "SP-GHK-2026-07-16-01", "2026-07-16T11:00:00+05:00",
  "Explosion on railway track, Ghotki",
  """SSP Ghotki informed that an explosive device was detonated on the railway track near a village level
  crossing outside Ubauro early this morning. About two feet of rail was damaged. No casualty occurred.
  BDS collected remains of the device including wires and a battery. Police and Railways Police are
  jointly investigating and security of the track has been enhanced.""", ["H15"])

r(KMP, "kmp-2026-07-16-sra-railway-claim", "2026-07-16T19:00:00+05:00",
  "SRA claims railway track blast in Ghotki",
  """KARACHI: The banned Sindhudesh Revolutionary Army has claimed responsibility for a blast on the
  railway track in Ghotki district early on Thursday, according to a statement sent to the media.
  The group claimed it had targeted a train carrying military personnel. Officials said the blast
  damaged a short stretch of track before dawn and that the nearest train was held at a station
  well away from the site.""", ["H15"])

# ------------------------------ H16 / H17 North Waziristan ----------------------------
r(QT, "qt-2026-07-30-spinwam-post", "2026-07-30T08:00:00+05:00",
  "Militants attack security post in Spinwam",
  """MIRAMSHAH: Militants attacked a check post of the security forces in Spinwam late on Wednesday
  night with heavy weapons including rockets, local sources said. According to tribal elders, four
  soldiers were martyred and several militants were killed in the fighting, which continued until
  around 2am. Mobile phone service in the area was suspended on Thursday morning.""", ["H16"])

r(ISPR, "ISPR-PR-0730-2026", "2026-07-30T10:00:00+05:00",
  "Khwarij attack on post in Spinwam repulsed",
  """On the night of 29/30 July 2026, khwarij attempted to attack a security forces post in Spinwam,
  North Waziristan District. Own troops effectively engaged the khwarij and thwarted their attempt.
  During the intense exchange of fire, four khwarij were sent to hell. However, during the exchange
  of fire, three brave sons of the soil, having fought gallantly, embraced shahadat. Clearance of
  the area is continuing and any remaining kharji will be hunted down.""", ["H16"])

r(DCR, "dcr-2026-07-31-spinwam-attack", "2026-07-31T07:00:00+05:00",
  "Three soldiers martyred as militants storm N. Waziristan post",
  """PESHAWAR: Three soldiers were martyred in an attack on a security forces post in Spinwam, North
  Waziristan, on Wednesday night, the military's media wing said. Four attackers were killed.
  Local elders put the toll among soldiers at four, and said the attackers had used rockets and
  heavy machine guns before trying to approach the post on foot.

  Spinwam lies north of Mir Ali, close to the border with Afghanistan. North Waziristan has seen a
  string of attacks on security posts since 2023, and local elders have held several jirgas
  demanding an end to both militancy and military operations, which they say have disrupted trade
  and displaced families. Officials blame the attacks on fighters operating from across the
  border, a charge Kabul denies. Mobile internet in the district remained suspended on Thursday,
  and the road between Mir Ali and Spinwam was closed to civilian traffic.""", ["H16"])

r(SACM, "sacm-alert-2026-0731-07", "2026-07-31T11:00:00+05:00",
  "HGB-linked group claims Spinwam attack",
  """Claim: A faction linked to the Hafiz Gul Bahadur group claimed the attack on a security forces post
  in Spinwam, North Waziristan, on the night of 29 July, as reported by The Daily Crescent's
  regional desk. The statement claimed 11 soldiers were killed. ISPR confirmed three soldiers and
  four attackers killed. Assessment: claim inflated.""", ["H16"])

r(ISPR, "ISPR-PR-0731-2026", "2026-07-31T09:00:00+05:00",
  "Six khwarij sent to hell in North Waziristan",
  """On 30 July 2026, security forces carried out an intelligence-based operation in the general area of
  Hassu Khel, North Waziristan District, on reported presence of khwarij. Troops engaged the khwarij
  hideout with precision, and after a heavy exchange of fire, six khwarij were sent to hell. Arms,
  ammunition and explosives were recovered from their possession. The killed khwarij were involved
  in attacks on security forces and the target killing of innocent civilians in the area.""", ["H17"])

r(MNS, "MNS-0731-NWZ-014", "2026-07-31T13:00:00+05:00",
  "Six terrorists killed in North Waziristan: ISPR",
  """RAWALPINDI, July 31 (MNS): Security forces killed six terrorists in an intelligence-based operation
  in North Waziristan district, the Inter-Services Public Relations said on Friday. The operation was
  conducted on Thursday in the Hassu Khel area on the reported presence of militants. Weapons and
  explosives were recovered. No casualties among the troops were reported.""", ["H17"])

r(PMO, "PMO-PR-2026-0731-2", "2026-07-31T16:00:00+05:00",
  "Prime Minister lauds security forces",
  """The Prime Minister has lauded the security forces for the successful operation in the Mir Ali area
  of North Waziristan in which six khwarij were killed. He said the nation stands with its armed
  forces in the war against terrorism and that the operation against Fitna al-Khawarij will continue
  until the last terrorist is eliminated.""", ["H17"])

r(MST, "mst-2026-08-01-hassu-khel-ibo", "2026-08-01T08:00:00+05:00",
  "Six militants killed in Mir Ali operation",
  """BANNU: Six militants were killed in a security operation in Hassu Khel near Mir Ali, North
  Waziristan, on Thursday, officials said. The operation came a day after three soldiers were
  martyred in an attack on a post in Spinwam. Residents of Hassu Khel said troops had imposed a
  curfew in the village for several hours and that the exchange of fire began before dawn.""",
  ["H17"])

# ------------------------------------ H18 Washuk ------------------------------------
r(BLV, "LEV-WSK-2026-0812-01", "2026-08-12T23:00:00+05:00",
  "Attack on Levies thana Basima",
  """At about 1900 hours armed miscreants in large numbers attacked Levies thana Basima, district Washuk.
  Two Levies personnel embraced shahadat while one was injured. The miscreants set on fire the thana
  record and an official vehicle and took away weapons. Reinforcement has been dispatched from
  Washuk and Kharan. The attackers fled towards the mountains.""", ["H18"])

r(BT, "bt-20260813-besima-levies", "2026-08-13T08:00:00+05:00",
  "Militants storm Levies station in Besima",
  """KHARAN: Dozens of armed men stormed the Levies station in Besima town on Wednesday evening, killing
  two Levies personnel and a shopkeeper, officials and residents said. The attackers also blocked the
  main road and checked the identity cards of passengers. They torched the station's records and a
  vehicle before leaving. Besima lies about 100 kilometres south of Kharan.""", ["H18"])

r(MST, "mst-2026-08-13-bla-besima-claim", "2026-08-13T20:00:00+05:00",
  "BLA claims it held Besima for three hours",
  """QUETTA: The proscribed Balochistan Liberation Army claimed in a statement that its fighters had
  taken control of Besima town in Washuk district for three hours on Wednesday and killed nine
  personnel. Officials said two Levies men were martyred and the attackers fled after
  reinforcements arrived.""", ["H18"])

r(GOB, "GOB-SPOX-2026-08-13", "2026-08-13T13:00:00+05:00",
  "Government spokesperson on Washuk attack",
  """A spokesperson for the Government of Balochistan said the cowardly attack on a Levies station in
  Washuk would not shake the determination of the forces. Two Levies personnel were martyred defending
  the station. The spokesperson said the terrorists of Fitna al-Hindustan wanted to create panic,
  and an operation was under way to trace them. Rural areas of the district will receive
  additional FC deployment.""", ["H18"])

# --------------------------------- H19 / H20 Mastung ---------------------------------
r(QESCO, "QESCO-PR-2026-089", "2026-08-20T08:30:00+05:00",
  "Tower of 132kV Mastung-Kalat line blown up",
  """A tower of the 132kV Mastung-Kalat transmission line was blown up by unknown persons at 0340 hours
  in Dasht area, district Mastung. Electricity supply to Mastung, Kalat, Mangochar and adjoining
  areas has been suspended. QESCO teams are ready to start work as soon as security clearance is
  given. The inconvenience to consumers is regretted.""", ["H19"])

r(MNS, "MNS-0820-MST-011", "2026-08-20T10:45:00+05:00",
  "Electricity pylon blown up in Mastung",
  """MASTUNG, Aug 20 (MNS): Unidentified men blew up an electricity pylon in the Dasht area of Mastung
  district early Thursday, cutting power to Mastung and Kalat, officials said. No one was injured.
  Levies officials said the explosives had been planted at the base of the tower and detonated
  before dawn.""", ["H19"])

r(BLV, "LEV-MST-2026-0820-03", "2026-08-20T22:00:00+05:00",
  "Levies post Khad Kocha attacked",
  """At 2000 hours unknown armed persons attacked Levies post Khad Kocha on National Highway N-25,
  district Mastung. Levies personnel retaliated. One Levies sepoy embraced shahadat and two were
  injured and shifted to DHQ Hospital Mastung, later referred to Quetta. Attackers fled. Traffic on
  the highway was suspended for about an hour.""", ["H20"])

r(ZTV, "ztv-news-99107", "2026-08-20T21:15:00+05:00",
  "Levies man martyred in attack on highway post",
  """A Levies soldier was martyred and two others injured when militants attacked a Levies post on the
  Quetta-Karachi highway near Mastung on Thursday night, officials said. The gunmen fired from a
  hillside overlooking the post. Vehicles were stopped on both sides of the highway while
  reinforcements arrived.""", ["H20"])

r(BT, "bt-20260821-mastung-two-incidents", "2026-08-21T07:30:00+05:00",
  "Pylon blown up, Levies post attacked in Mastung",
  """MASTUNG: A Levies sepoy was martyred and two others injured in an attack on the Khad Kocha Levies post
  on the national highway on Thursday night, while earlier in the day a transmission tower was blown
  up in Dasht, leaving Mastung and Kalat without electricity. Officials said the two incidents took
  place about 40 kilometres apart. Residents complained that the power outage had disrupted water
  supply in Mastung town.""", ["H19", "H20"])

r(MST, "mst-2026-08-22-blf-mastung-claim", "2026-08-22T20:00:00+05:00",
  "BLF claims Mastung attacks",
  """QUETTA: The banned Baloch Liberation Front has claimed responsibility for Thursday's attack on the
  Khad Kocha Levies post and the blast that brought down a power pylon in Dasht, according to a
  statement issued to the media. The group claimed that five personnel were killed in the attack
  on the post. Officials said one Levies man was martyred and two injured.""", ["H19", "H20"])

# ------------------------------------- H21 Swat -------------------------------------
r(KPP, "KPP-SWT-2026-08-31-01", "2026-08-31T10:30:00+05:00",
  "Remote-controlled IED blast near Kanju",
  """At 0900 hours a remote-controlled IED exploded near a motorcar on the road near Kanju, Police Station
  Kabal, district Swat. As a result, a former member of the village defence committee and his
  private guard died on the spot while the driver was injured and shifted to Saidu Teaching
  Hospital. BDS and CTD teams are at the spot.""", ["H21"])

r(KHG, "khg-2026-08-31-kanju-blast", "2026-08-31T16:00:00+05:00",
  "Former VDC member, guard killed in Swat blast",
  """MINGORA: A former member of a village defence committee and his guard were killed and their driver
  injured when a bomb planted on the roadside exploded near their car in the Kanju area on Monday
  morning. According to police, the attackers set off the device with a remote as the car crossed a
  culvert. Residents said the victim had survived an earlier attempt on his life.""", ["H21"])

r(GKP, "GKP-CM-2026-08-31", "2026-08-31T18:00:00+05:00",
  "CM condemns Swat blast",
  """Expressing grief over the blast in Swat in which two persons lost their lives, the Chief Minister
  of Khyber Pakhtunkhwa said those who sacrificed for peace in Swat would never be forgotten and
  that terrorists would not be allowed to disturb the peace of the valley. He directed the police
  to arrest the perpetrators.""", ["H21"])

r(DCR, "dcr-2026-09-01-swat-toll", "2026-09-01T19:00:00+05:00",
  "Swat blast toll rises to three as driver dies",
  """MINGORA: The driver injured in Monday's roadside bombing near Kanju succumbed at Saidu Teaching
  Hospital on Tuesday, taking the number of dead to three. The attack targeted a former member of
  a village defence committee, one of the local volunteer bodies formed after the 2009 military
  operation, and his guard.

  Several former committee members have been attacked in Swat and Dir since 2022, when armed men
  briefly reappeared in the hills above Matta and Kabal. Each incident has drawn thousands of
  residents into the streets of Mingora under the banner of peace, and traders and civil society
  groups have announced another protest for Wednesday. Police said a special team of the CTD had
  been formed and that CCTV footage from the Kanju bridge checkpoint was being examined. No group
  has claimed responsibility.""", ["H21"])

# ------------------------------ H22 / H23 East Karachi -------------------------------
r(SP, "SP-KHI-EAST-2026-09-09-01", "2026-09-09T09:00:00+05:00",
  "Low-intensity blast near Rangers picket, Safoora",
  """At 0730 hours a low-intensity improvised explosive device planted near a Rangers picket at Safoora
  Chowrangi exploded. Two Rangers personnel and a rickshaw driver sustained minor injuries and were
  shifted to hospital. According to BDS the device weighed 300 to 400 grams and was placed in a
  shopping bag beside the road. SSP East reached the spot.""", ["H22"])

r(KMP, "kmp-2026-09-09-safoora-blast", "2026-09-09T12:00:00+05:00",
  "Cracker blast near Rangers post in Safoora",
  """KARACHI: Three people, including two Rangers men, were injured when a cracker-type bomb went off near
  a Rangers post at Safoora Chowrangi on Wednesday morning. Office-goers and students were on the
  road at the time. Police said the device may have been detonated with a timer. Traffic on
  University Road was diverted for two hours.""", ["H22"])

r(SP, "SP-KHI-EAST-2026-09-09-05", "2026-09-09T19:30:00+05:00",
  "CTD constable shot dead near NIPA Chowrangi",
  """At about 1800 hours two unknown motorcyclists opened fire on a constable of CTD near NIPA Chowrangi,
  Gulshan-e-Iqbal, who was on his way home. He received multiple bullet wounds and was declared dead
  at hospital. The accused escaped. Empties of 9mm pistol recovered. Case being registered at the
  police station concerned.""", ["H23"])

r(GOS, "GOS-PR-2026-0909-4", "2026-09-09T21:00:00+05:00",
  "Home Minister takes notice of killing of police constable",
  """The Sindh Home Minister has taken notice of the killing of a CTD constable in Gulshan-e-Iqbal and
  sought a report from the Additional IG Karachi. He directed that the killers be traced through
  safe city cameras and said the sacrifices of police would not go in vain. He expressed
  condolences to the family.""", ["H23"])

r(CPI, "CPI-ASIA-20260909-0402", "2026-09-09T22:00:00+05:00",
  "Gunmen kill counter-terrorism officer in Karachi",
  """KARACHI, Pakistan, Sept 9 (CPI) - Gunmen on a motorcycle shot dead a counter-terrorism police officer
  in Pakistan's largest city, Karachi, on Wednesday evening, police said. Earlier in the day, a small
  bomb wounded two paramilitary Rangers and a rickshaw driver near a Rangers post in the city. No
  group claimed the shooting. Karachi has seen sporadic attacks on police and on Chinese nationals
  in recent years.""", ["H22", "H23"])

r(KMP, "kmp-2026-09-10-east-district", "2026-09-10T08:00:00+05:00",
  "Blast and killing rattle Karachi's East district",
  """KARACHI: A cracker blast and a targeted killing, about six kilometres and ten hours apart, kept police
  in the city's East district on their toes on Wednesday. In the morning, two Rangers personnel and a
  rickshaw driver were hurt in a low-intensity blast at Safoora Chowrangi, near University Road.
  In the evening, a CTD constable was shot dead near NIPA Chowrangi in Gulshan-e-Iqbal while
  riding home on his motorcycle. Officials said the two incidents did not appear to be connected:
  the bomb bore the signature of Sindhi separatist groups, who have planted small devices near
  Rangers posts before, while the killing of police officials has usually been attributed to
  sectarian or militant cells. Police have increased snap checking at both chowrangis.""", ["H22", "H23"])

r(MST, "mst-2026-09-10-sra-safoora-claim", "2026-09-10T20:00:00+05:00",
  "SRA claims Karachi cracker blast",
  """KARACHI: The banned Sindhudesh Revolutionary Army has claimed responsibility for Wednesday's
  low-intensity blast near a Rangers post at Safoora Chowrangi, according to a statement circulated
  to journalists. The group claimed that four Rangers were 'seriously wounded'. Police said two
  Rangers men and a civilian suffered minor injuries.""", ["H22"])

# ----------------------------------- H24 Kohat --------------------------------------
r(KPP, "KPP-KHT-2026-09-17-03", "2026-09-17T17:00:00+05:00",
  "Abduction of NADRA staff, Darra Adam Khel",
  """At 1430 hours armed men intercepted the NADRA mobile registration van on the road near Darra Adam Khel
  bazaar, district Kohat, and abducted three employees of NADRA along with the driver. The kidnappers
  took the abductees towards the mountains. Police and FC have started search operation.""", ["H24"])

r(KHG, "khg-2026-09-18-nadra-abducted", "2026-09-18T07:00:00+05:00",
  "Three NADRA staffers abducted in Darra Adam Khel",
  """KOHAT: Three employees of the National Database and Registration Authority were abducted by armed men
  in Darra Adam Khel on Thursday afternoon. The staff had been running a mobile registration van in
  the area for a week. Officials said the van was later found abandoned on the roadside. No group
  has claimed the abduction. Elders of the area said they would form a jirga to secure the release
  of the employees.""", ["H24"])

r(MNS, "MNS-0918-KHT-006", "2026-09-18T12:00:00+05:00",
  "Four including NADRA employees kidnapped in Kohat",
  """KOHAT, Sept 18 (MNS): Four people, including three employees of NADRA, were kidnapped by gunmen in the
  Darra Adam Khel area of Kohat district, police said on Friday. The men were travelling in a mobile
  registration van when they were stopped and taken away at gunpoint. Police said efforts were under
  way for their recovery.""", ["H24"])

r(KHG, "khg-2026-09-20-nadra-released", "2026-09-20T18:00:00+05:00",
  "Abducted NADRA employees released after jirga",
  """KOHAT: The three NADRA employees and their driver who were abducted in Darra Adam Khel on Thursday were
  released on Sunday after the intervention of a tribal jirga, officials said. The men reached
  Kohat in the evening and were reported to be in good health. Officials denied that any ransom had
  been paid.""", ["H24"])

# ---------------------------------- H25 / H26 Bajaur ---------------------------------
r(KPP, "KPP-BJR-2026-09-28-01", "2026-09-28T09:30:00+05:00",
  "Local leader of religious party shot dead in Khar bazaar",
  """At 0800 hours two unknown motorcyclists opened fire on a local leader of a religious political party
  in Khar bazaar, district Bajaur, while he was going to his shop. He was seriously injured and
  succumbed to his injuries on the way to DHQ Hospital Khar. The accused fled. DPO Bajaur reached the
  spot and a search operation has been launched.""", ["H25"])

r(QT, "qt-2026-09-28-khar-killing", "2026-09-28T14:00:00+05:00",
  "Religious party leader gunned down in Khar",
  """KHAR: A local leader of a religious political party was shot dead in the main bazaar of Khar, the
  headquarters of Bajaur district, on Monday morning. Eyewitnesses said the assailants fired several
  shots at close range and fled towards the hills. Traders closed the bazaar in protest. Party
  workers blocked the Khar-Nawagai road for two hours.""", ["H25"])

r(SACM, "sacm-alert-2026-0929-02", "2026-09-29T10:00:00+05:00",
  "ISKP claims Bajaur killing",
  """Claim: The Islamic State Khorasan Province claimed the killing of a local leader of a religious party
  in Khar, Bajaur, on Monday, as reported by The Morning Statesman citing an ISKP-linked channel.
  Context: ISKP has claimed several killings of workers of this party in Bajaur since 2023.""",
  ["H25"])

r(KPP, "KPP-BJR-2026-09-29-04", "2026-09-29T19:45:00+05:00",
  "Tribal elder, nephew shot dead in Mamund",
  """At 1830 hours unknown armed persons opened fire on a tribal elder and his nephew near Inayat Kalay,
  tehsil Mamund, district Bajaur. Both died on the spot. The accused escaped. Police reached the spot
  and shifted the bodies to DHQ Hospital Khar. Investigation under way.""", ["H26"])

r(QT, "qt-2026-09-30-bajaur-two-killings", "2026-09-30T08:00:00+05:00",
  "Two targeted killings in two days rattle Bajaur",
  """KHAR: Three people were killed in two targeted attacks in Bajaur in as many days. On Monday morning, a
  local leader of a religious party was shot dead in Khar bazaar. On Tuesday evening, a tribal elder
  who was a member of the Mamund peace jirga and his nephew were killed near Inayat Kalay. Elders
  have called a grand jirga on Thursday to discuss the law and order situation.""", ["H25", "H26"])

r(DCR, "dcr-2026-09-30-mamund-elder", "2026-09-30T07:00:00+05:00",
  "Elder, nephew shot dead in Bajaur",
  """BAJAUR: Unidentified gunmen shot dead a tribal elder and his nephew in the Mamund area of Bajaur
  on Tuesday evening. Police said the victims were returning home from their fields when they were
  ambushed near Inayat Kalay. The elder had been active in efforts to keep militants out of the
  area and was a member of the local peace jirga.

  The killing came a day after a local leader of a religious party was shot dead in Khar. Bajaur,
  bordering Afghanistan's Kunar province, has seen a rise in targeted killings of elders, political
  workers and police over the past three years, many of them claimed by the Islamic State's
  regional affiliate. Elders said they would meet on Thursday to decide on a response, and warned
  that residents would take up arms for their own defence if the government failed to act.""", ["H26"])

# ------------------------------- H27 Dera Ghazi Khan ---------------------------------
r(PP, "PP-DGK-2026-10-09-01", "2026-10-09T09:00:00+05:00",
  "Terrorists' attack on BMP checkpost Rakhi Gaj repulsed",
  """Late last night at about 2200 hours terrorists attacked Border Military Police checkpost Rakhi Gaj,
  tribal area of Dera Ghazi Khan. BMP jawans responded bravely and repulsed the attack. One BMP
  jawan embraced shahadat while two were injured and shifted to DHQ Teaching Hospital D.G. Khan.
  Search operation with the help of CTD is under way in the surrounding mountains.""", ["H27"])

r(LEB, "leb-2026-10-09-fort-munro", "2026-10-09T12:00:00+05:00",
  "BMP man martyred in attack near Fort Munro",
  """DERA GHAZI KHAN: A Border Military Police jawan was martyred and two others injured when militants
  attacked a checkpost near Fort Munro on Thursday night. Officials said the attackers came from the
  direction of the Balochistan border and fled after the BMP personnel returned fire. The tribal
  area of D.G. Khan has seen repeated attacks on checkposts along the inter-provincial road.""",
  ["H27"])

r(BT, "bt-20261009-rakhi-checkpost", "2026-10-09T15:00:00+05:00",
  "Two BMP men killed in attack on Punjab border post",
  """BARKHAN: Two Border Military Police personnel were killed when militants attacked a checkpost at
  Rakhi Gaj on the Punjab side of the provincial boundary late on Thursday, sources said. Levies in
  Barkhan were put on alert as the attackers were believed to have crossed into Balochistan. Traffic
  on the Loralai-D.G. Khan road was suspended overnight.""", ["H27"])

r(MNS, "MNS-1009-DGK-019", "2026-10-09T17:30:00+05:00",
  "Punjab CM condemns attack on BMP post",
  """LAHORE, Oct 9 (MNS): The Punjab Chief Minister condemned the attack on a Border Military Police post in
  the tribal area of Dera Ghazi Khan, in which one jawan was martyred, and directed that the security
  of checkposts along the border with Balochistan be strengthened. The Chief Minister also announced compensation for the
  family of the martyred jawan.""", ["H27"])

# ------------------------------------ H28 Orakzai -----------------------------------
r(ISPR, "ISPR-PR-1016-2026", "2026-10-16T10:00:00+05:00",
  "Seven khwarij sent to hell in Orakzai",
  """On 15 October 2026, security forces launched an intelligence-based operation in Orakzai District
  on the reported presence of khwarij of Indian proxy Fitna al-Khawarij. Troops engaged the
  khwarij effectively, and seven khwarij were sent to hell. In the fierce exchange of fire, two
  brave soldiers, having fought valiantly, embraced shahadat. The area is being sanitised.""", ["H28"])

r(MNS, "MNS-1016-ORK-004", "2026-10-16T12:00:00+05:00",
  "Seven militants, two soldiers killed in Orakzai operation",
  """RAWALPINDI, Oct 16 (MNS): Seven militants were killed and two soldiers martyred in an intelligence-based
  operation in Orakzai district, the military said on Friday. The operation took place on
  Thursday. The military said the militants were involved in attacks on security forces and
  civilians in the area.""", ["H28"])

r(QT, "qt-2026-10-16-ghiljo-operation", "2026-10-16T15:00:00+05:00",
  "Day-long operation in Upper Orakzai",
  """KALAYA: Security forces carried out a day-long operation in the Ghiljo area of Upper Orakzai on
  Thursday, local sources said, adding that seven militants were killed and two soldiers martyred.
  Residents said they heard gunfire from early morning until the evening. Roads leading to Ghiljo
  were closed and a curfew was imposed in some villages.""", ["H28"])

r(GKP, "GKP-CM-2026-10-16", "2026-10-16T17:00:00+05:00",
  "CM pays tribute to martyred soldiers",
  """The Chief Minister of Khyber Pakhtunkhwa has paid tribute to the two soldiers who embraced martyrdom
  in the operation in Orakzai and praised the security forces for killing seven terrorists. He said
  the province and its people stand with the security forces and that peace would be restored in
  every district.""", ["H28"])

# ------------------------------------- H29 Kalat ------------------------------------
r(BLV, "LEV-KLT-2026-1027-01", "2026-10-27T08:00:00+05:00",
  "Highway blockade and firing at Mangochar",
  """Last night at about 2100 hours armed miscreants blocked National Highway N-25 at Mangochar, district
  Kalat, and stopped vehicles. They offloaded passengers, checked identity cards and opened fire,
  killing four persons. Six vehicles including two trucks were set on fire. Levies and FC reached
  the spot and the miscreants fled. Bodies shifted to DHQ Hospital Kalat.""", ["H29"])

r(ZTV, "ztv-news-104339", "2026-10-27T09:30:00+05:00",
  "Gunmen kill four passengers on highway near Mastung",
  """Gunmen blocked the Quetta-Karachi highway near Mastung on Monday night and killed four passengers
  after checking their identity cards, officials said. The attackers also torched several vehicles.
  Traffic on the highway remained suspended for several hours and long queues of vehicles formed on
  both sides.""", ["H29"])

r(BT, "bt-20261027-mangochar-toll", "2026-10-27T19:00:00+05:00",
  "Mangochar attack toll rises to five",
  """SURAB: The death toll from Monday night's attack on the highway at Mangochar rose to five on Tuesday
  after an injured truck driver died in a Quetta hospital. Transporters from Surab and Khuzdar
  announced a strike until security on N-25 is improved. Officials said six vehicles, including two
  trucks and a passenger coach, were burnt.

  The Quetta-Karachi highway has been blocked by armed men at least four times this year at
  different points between Mastung and Khuzdar, and truckers say they now avoid travelling after
  dark. The transporters' association demanded that FC posts be set up every 20 kilometres and that
  the government compensate owners of burnt vehicles. The Levies said a search operation was
  continuing in the hills around Mangochar.""", ["H29"])

r(GOB, "GOB-CMS-2026-10-27-2", "2026-10-27T14:00:00+05:00",
  "Chief Minister condemns Kalat highway attack",
  """The Chief Minister of Balochistan has condemned the killing of innocent passengers on the national
  highway in Kalat. He said Fitna al-Hindustan terrorists who kill unarmed travellers after checking
  their identity will be hunted down. He directed that patrolling on N-25 be increased and that the
  families of the victims be compensated.""", ["H29"])

r(MST, "mst-2026-10-28-bla-mangochar-claim", "2026-10-28T20:00:00+05:00",
  "BLA claims highway attack in Kalat",
  """QUETTA: The proscribed Balochistan Liberation Army has claimed responsibility for Monday night's
  blockade of the national highway at Mangochar in Kalat, claiming in a statement that its fighters
  killed 11 'personnel of the occupying forces' travelling in plain clothes. Officials said five
  civilians were killed, including two truck drivers.""", ["H29"])

# ----------------------------------- H30 Mianwali -----------------------------------
r(CTDP, "CTDP-PR-2026-11-04", "2026-11-04T20:00:00+05:00",
  "CTD kills three terrorists in Mianwali",
  """Counter Terrorism Department Punjab conducted an intelligence-based operation near Kalabagh, district
  Mianwali, on the presence of terrorists of Fitna al-Khawarij. The terrorists opened fire on the
  CTD team. In the exchange of fire three terrorists were killed while two managed to escape. A
  suicide vest, hand grenades, a Kalashnikov and ammunition were recovered. The terrorists were
  planning an attack on a sensitive installation. Search for the absconders continues.""", ["H30"])

r(LEB, "leb-2026-11-05-mianwali-ctd", "2026-11-05T08:00:00+05:00",
  "Three terrorists killed in CTD raid in Mianwali",
  """MIANWALI: Three suspected militants were killed in an exchange of fire with the Counter Terrorism
  Department near Kalabagh on Wednesday. A CTD spokesperson said two accomplices escaped into the
  hills along the Indus. A suicide jacket and grenades were found with the dead. No CTD personnel
  were hurt.""", ["H30"])

r(MNS, "MNS-1105-KLB-002", "2026-11-05T11:00:00+05:00",
  "Three killed in CTD operation at Kalabagh",
  """KALABAGH, Nov 5 (MNS): Three terrorists were killed in an operation by the Counter Terrorism Department
  in the hilly area of Kalabagh, officials said on Thursday. The CTD said the men were affiliated with
  the banned TTP and were planning to attack an important installation. Explosives and weapons were
  recovered.""", ["H30"])

# ---------------------------------- No incident ([]) ---------------------------------
r(GOB, "GOB-APEX-2026-04-14", "2026-04-14T19:00:00+05:00",
  "Provincial apex committee reviews law and order",
  """The provincial apex committee met in Quetta to review the overall law and order situation in
  Balochistan. The meeting decided to establish additional FC and police pickets on national
  highways, to install safe city cameras at markets in Quetta, and to speed up the recruitment of
  the Counter Terrorism Department. The committee was briefed on recent terrorist incidents and the
  progress of ongoing investigations.""", [])

r(KHG, "khg-2026-06-03-atc-hearing", "2026-06-03T17:00:00+05:00",
  "ATC adjourns hearing in 2025 mosque attack case",
  """PESHAWAR: An anti-terrorism court on Wednesday adjourned until June 24 the hearing of a case relating
  to a 2025 attack on a mosque, after the prosecution failed to produce two witnesses. The
  defence counsel objected to repeated adjournments. The two accused, who are in judicial custody,
  were produced before the court. The judge directed the prosecution to ensure the attendance of
  witnesses at the next hearing.""", [])

r(TUS, "tus-2026-06-14-airport-road-bds", "2026-06-14T16:00:00+05:00",
  "Bomb defused near Turbat",
  """TURBAT: The Bomb Disposal Squad defused an improvised explosive device planted on the roadside near the
  Turbat airport road on Sunday, police said. Passers-by had reported a suspicious pressure cooker.
  The device contained about five kilograms of explosives. Traffic was diverted for two hours. No
  one was hurt.""", [])

r(DMN, "dmn-2026-07-13-khuli-kachehri", "2026-07-13T16:00:00+05:00",
  "RPO holds open court in D.I. Khan",
  """DERA ISMAIL KHAN: The Regional Police Officer held an open court at the Police Lines on Monday where
  residents raised complaints about street crime, drug peddling and delays in registration of
  cases. The RPO said additional pickets had been set up at city entry points and that police
  patrolling would be increased at night. He directed officers to resolve the complaints within a
  week.""", [])

r(MOI, "MOI-PR-2026-07-20", "2026-07-20T18:00:00+05:00",
  "Meeting on security of foreign nationals",
  """A meeting chaired by the Federal Minister for Interior reviewed arrangements for the security of
  foreign nationals working on development projects. The meeting decided that all movement of
  foreign nationals will be coordinated with the provincial special protection units and that
  companies will be required to use bullet-proof vehicles. The provinces were asked to submit
  updated security plans within fifteen days.""", [])

r(GKP, "GKP-CAB-2026-10-22", "2026-10-22T20:00:00+05:00",
  "Cabinet approves enhanced shuhada package",
  """The Khyber Pakhtunkhwa cabinet approved an enhanced package for the heirs of police personnel
  martyred in terrorist incidents. Under the package, the heirs will receive an increased
  lump-sum grant, a residential plot and full salary until the age of superannuation of the
  martyred officer. The cabinet also approved the purchase of armoured vehicles for police
  stations in the southern districts.""", [])

r(MST, "mst-2026-11-10-october-stats", "2026-11-10T08:00:00+05:00",
  "Militant attacks rise in October, says think tank",
  """ISLAMABAD: Militant attacks across the country increased by 14 per cent in October compared with the
  previous month, according to figures published on Monday by a think tank based in the capital. The
  report recorded 71 attacks, most of them in Khyber Pakhtunkhwa and Balochistan, and said highway
  blockades and attacks on checkposts had become more frequent. Security forces killed more than 90
  militants during the month, it said.""", [])


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
        if not re.fullmatch(r"H\d{2}", gid):
            raise Invalid(f"GOLD {gid}: ids must look like H01")
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
            raise Invalid(f"{where}: language/marking")
        ts = parse_pub(rep["published_at"], where)
        gids = rep["gold_incidents"]
        if not isinstance(gids, list) or len(set(gids)) != len(gids):
            raise Invalid(f"{where}: gold_incidents must be a list without repeats")
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
    if len(same_district_groups()) < 8:
        raise Invalid("fewer than 8 groups of incidents in one district on the same or next day")


def same_district_groups():
    """Groups of incidents in the same district whose dates are at most one day apart."""
    by_district = defaultdict(list)
    for gid, g in GOLD.items():
        by_district[g["pcode"]].append((dt.date.fromisoformat(g["date"]), gid))
    groups = []
    for items in by_district.values():
        items.sort()
        current = [items[0]]
        for d, gid in items[1:]:
            if (d - current[-1][0]).days <= 1:
                current.append((d, gid))
            else:
                if len(current) > 1:
                    groups.append([x[1] for x in current])
                current = [(d, gid)]
        if len(current) > 1:
            groups.append([x[1] for x in current])
    return sorted(groups)


def stats():
    pairs = sum(1 for a, b in itertools.combinations(REPORTS, 2)
                if set(a["gold_incidents"]) & set(b["gold_incidents"]))
    return dict(reports=len(REPORTS), incidents=len(GOLD),
                no_incident=sum(1 for x in REPORTS if not x["gold_incidents"]),
                multi_incident=sum(1 for x in REPORTS if len(x["gold_incidents"]) > 1),
                positive_pairs=pairs,
                all_pairs=len(REPORTS) * (len(REPORTS) - 1) // 2,
                sources=len({x["source"] for x in REPORTS}),
                same_district_groups=["+".join(g) for g in same_district_groups()])


def table():
    lines = ["| id | date | district | type | what | what makes it hard |",
             "|---|---|---|---|---|---|"]
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
