"""Round-ups (several incidents in different districts) and ISPR-style operation releases."""
from common import G, R, KARACHI

ROUNDUPS = [

R("roundup", "Dawn", "2026-01-31T07:00:00+05:00",
  "Three killed in separate incidents in Balochistan",
  """
QUETTA: Three people, including a Levies sepoy, were killed and a house was damaged in separate incidents of violence in different parts of Balochistan on Friday.

In Kharan, unidentified gunmen riding a motorcycle shot dead a Levies sepoy near the main bazaar while he was on his way home after duty. The assailants escaped. The body was shifted to the District Headquarters Hospital Kharan.

In Panjgur, two labourers were shot dead by armed men in the Gowargo area, where they had been working on the construction of a house. Police said the victims hailed from Punjab and had been living in the area for several months. Their bodies were later sent to their native town in Multan. No group claimed responsibility, though the banned BLF has claimed similar killings of workers from Punjab in the past.

Meanwhile, a hand grenade was hurled at the house of a tribal elder in Nushki. The grenade exploded in the courtyard, damaging the walls, but no one was hurt.

The Balochistan chief minister condemned the killings and directed the police to arrest the culprits.
""",
  [G("TARGETED_KILLING", "Fri", "PK212", "Kharan", killed=1, targets=["SECURITY_FORCES"]),
   G("TARGETED_KILLING", "Fri", "PK224", "Gowargo", killed=2, targets=["CIVILIANS"]),
   G("BOMBING", "Fri", "PK223", "Nushki", killed=0, injured=0, targets=["CIVILIANS"])]),

R("roundup", "The News", "2026-02-17T08:00:00+05:00",
  "Two cops martyred in separate attacks in KP",
  """
PESHAWAR: Two policemen were martyred in separate attacks in Lakki Marwat and Peshawar on Monday, while a bomb disposal unit defused an explosive device planted near a school in Bannu.

In Lakki Marwat, militants opened fire on a police van in the Serai Naurang area, martyring a constable and injuring another. Police said the van was on its way to the city when it came under attack near a bridge. The attackers fled after the police returned fire.

In a separate incident, a head constable was shot dead by unidentified motorcyclists near his house in the Chamkani area of Peshawar while he was leaving for duty in the morning. His body was shifted to the Lady Reading Hospital.

Meanwhile, in Bannu's Domel tehsil, the bomb disposal unit defused an improvised explosive device weighing around five kilogrammes that had been planted near a government high school. Officials said the device had been spotted by a watchman before the students arrived.

The provincial police chief, in a statement, said the sacrifices of the martyrs would not go in vain and the police would continue to perform their duties with courage.
""",
  [G("ARMED_ASSAULT", "Mon", "PK519", "Serai Naurang", killed=1, injured=1,
     targets=["SECURITY_FORCES"]),
   G("TARGETED_KILLING", "Mon", "PK528", "Chamkani", killed=1, targets=["SECURITY_FORCES"]),
   G("BOMBING", "Mon", "PK503", "Domel", targets=["EDUCATION"], optional=True)]),

R("roundup", "The Express Tribune", "2026-03-28T09:00:00+05:00",
  "Man shot dead in 'sectarian' attack, cops hurt in grenade blast in Karachi",
  """
KARACHI: A man was shot dead in what police described as a sectarian killing, while two policemen were injured in a grenade attack in separate incidents in the city on Friday.

According to police, a member of a Shia organisation was shot dead near Hyderi Market in North Nazimabad when two armed men on a motorcycle opened fire on him outside a shop. He was taken to the Abbasi Shaheed Hospital, where he was pronounced dead. SSP Central said the killing appeared to be sectarian and the CTD had been asked to assist in the investigation.

In another incident, unidentified men hurled a hand grenade at a police mobile parked near a checkpost in Baldia Town. Two constables were injured and shifted to the Civil Hospital Karachi. A police official said the attackers had escaped on a motorcycle.

Separately, a young man was shot dead by robbers for resisting a mugging attempt in Korangi's Zaman Town. Police said the suspects took away his mobile phone and cash and fled.

The Sindh inspector general of police ordered snap checking across the city and sought reports from the SSPs concerned.
""",
  [G("TARGETED_KILLING", "Fri", "PK702", "North Nazimabad", killed=1,
     targets=["CIVILIANS", "RELIGIOUS"]),
   G("BOMBING", "Fri", "PK791", "Baldia Town", injured=2, targets=["SECURITY_FORCES"],
     any=["PK729"]),
   G("TARGETED_KILLING", "Fri", "PK712", "Zaman Town", killed=1, targets=["CIVILIANS"],
     alt=["ARMED_ASSAULT"], optional=True)]),

R("roundup", "Dawn", "2026-05-08T07:00:00+05:00",
  "Three soldiers martyred in attacks in North Waziristan, Kech",
  """
PESHAWAR / QUETTA: Three soldiers were martyred in separate attacks in North Waziristan and Kech on Thursday, while militants abducted four coal miners in Harnai.

In North Waziristan, two soldiers were martyred when an improvised explosive device went off near their vehicle in the Razmak area. Security officials said the troops were on their way to a checkpost when the roadside bomb exploded. The bodies were shifted to the Combined Military Hospital in Bannu.

In Kech's Buleda area, a soldier was martyred and another injured when militants attacked a check post with heavy weapons. Officials said the attack was repulsed and the militants fled, leaving behind a rocket launcher.

Meanwhile, in Harnai, armed men stormed a coal mine in the Shahrig area, set fire to machinery and a generator, and abducted four miners. Officials said the miners, all from the Swat valley, had been taken towards the mountains. A Levies official said the abductors were believed to be members of a Baloch separatist group, and a search had been launched.

No group had claimed responsibility for any of the attacks by the time this report was filed.
""",
  [G("BOMBING", "Thu", "PK525", "Razmak", killed=2, targets=["SECURITY_FORCES"]),
   G("ARMED_ASSAULT", "Thu", "PK211", "Buleda", killed=1, injured=1,
     targets=["SECURITY_FORCES"]),
   G("KIDNAPPING", "Thu", "PK206", "Shahrig", targets=["CIVILIANS"],
     perp="BALOCH_SEPARATISTS", status="SUSPECTED")]),

R("roundup", "Dawn", "2026-07-04T07:00:00+05:00",
  "Customs inspector shot dead, elder killed in blast in southern KP",
  """
DERA ISMAIL KHAN: A customs inspector and a tribal elder were killed in separate incidents in the southern districts of Khyber Pakhtunkhwa on Friday, while police repulsed a quadcopter attack on a police station in Tank.

The customs inspector was shot dead by unidentified gunmen on the Indus Highway near Paharpur in Dera Ismail Khan district while he was travelling to his office. Police said the assailants, who were waiting in a car, fired at his vehicle and fled. His driver escaped unhurt.

In Lower South Waziristan, a tribal elder was killed when a remote-controlled bomb exploded near his car in the Wana bazaar. Two passers-by were injured. The elder was a member of a jirga that had been mediating between the local administration and the tribes over the reopening of the Angoor Adda border crossing.

Meanwhile, militants used quadcopters to drop explosives on the Gul Imam police station in Tank. Police said the devices exploded in an open area of the police station and caused no casualties. The police fired at the drones, which flew back towards the mountains.

A police spokesperson said security had been tightened in the three districts.
""",
  [G("TARGETED_KILLING", "Fri", "PK509", "Paharpur", killed=1, targets=["GOVERNMENT"]),
   G("BOMBING", "Fri", "PK592", "Wana", killed=1, injured=2, targets=["CIVILIANS"],
     alt=["TARGETED_KILLING"], any=["PK530"]),
   G("AIR_STRIKE", "Fri", "PK533", "Gul Imam police station", killed=0, injured=0,
     targets=["SECURITY_FORCES"], alt=["BOMBING"])]),

R("roundup", "Dawn", "2026-08-12T07:00:00+05:00",
  "Levies official shot dead, four hurt in Chaman blast",
  """
QUETTA: A Levies official was shot dead in Quetta, four people were injured in a blast in Chaman and a section of the railway track was blown up near Dera Murad Jamali on Tuesday.

In Quetta, a Levies risaldar was shot dead by armed men near his house in the Kuchlak area. Police said the assailants, riding a motorcycle, opened fire on him as he was getting into his car. The body was shifted to the Civil Hospital Quetta.

In Chaman, a bomb planted on a motorcycle went off on the Mall Road, injuring four people, including a traffic policeman. Officials said the blast, which took place near a money changer's shop, also damaged several vehicles.

Meanwhile, unknown men blew up a portion of the railway track near Dera Murad Jamali in Nasirabad district, suspending train traffic between Quetta and the rest of the country. The Baloch Republican Guards claimed responsibility for the blast. Railway officials said the Jaffar Express had been held up at Jacobabad until the track was repaired.

A provincial government spokesperson said the attacks were aimed at sabotaging peace in the province, and those responsible would be brought to justice.
""",
  [G("TARGETED_KILLING", "Tue", "PK226", "Kuchlak", killed=1, targets=["SECURITY_FORCES"]),
   G("BOMBING", "Tue", "PK235", "Mall Road", injured=4, targets=["CIVILIANS"], any=["PK214"]),
   G("INFRASTRUCTURE_ATTACK", "Tue", "PK222", "Dera Murad Jamali", targets=["INFRASTRUCTURE"],
     perp="BRG", status="CLAIMED", alt=["BOMBING"])]),

R("roundup", "APP", "2026-09-22T10:30:00+05:00",
  "Police repulse attacks on police stations in Bannu, Karak, Lakki",
  """
PESHAWAR: Police repulsed coordinated attacks by militants on police posts in Bannu, Karak and Lakki Marwat districts late on Monday night, killing two attackers, a police spokesperson said.

In Bannu, militants attacked the Miryan police station with heavy weapons from multiple directions. The personnel on duty retaliated, forcing the attackers to flee. There was no loss of life.

In Karak, a constable was injured when militants opened fire on the Latamber police station. Police said reinforcements were rushed to the area and the attackers fled.

In Lakki Marwat, two militants were killed in retaliatory fire when they attacked a police checkpost in the Tajazai area. Their bodies were recovered along with weapons, and police said they were being identified.

The inspector general of police, speaking to reporters in Peshawar, said the attacks had been carried out by Fitna al-Khawarij and the police had foiled all three. He said the police in the southern districts had been provided with modern equipment, including thermal imaging devices.
""",
  [G("ARMED_ASSAULT", "Mon", "PK503", "Miryan police station", killed=0,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED"),
   G("ARMED_ASSAULT", "Mon", "PK512", "Latamber", injured=1, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED"),
   G("ARMED_ASSAULT", "Mon", "PK519", "Tajazai", mk=2, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED")]),

R("roundup", "Dawn", "2026-10-05T07:00:00+05:00",
  "Two soldiers martyred as militants attack border posts in Chitral",
  """
CHITRAL: Two soldiers were martyred and five militants were killed when a large group of militants attacked border posts in the Arandu area of Lower Chitral on Sunday, according to the ISPR.

The military's media wing said the militants, who had crossed over from Afghanistan, attacked two posts in the early hours but were repulsed by the troops. Five attackers were killed and several others injured in the exchange of fire, it said, adding that a clearance operation was under way.

Residents of Arandu and the nearby villages said they heard heavy firing for several hours. Some families moved to Drosh for safety.

In a separate incident on Sunday, a policeman was shot dead by unidentified gunmen in the Wari area of Upper Dir. Police said the constable was on his way to the police station when he was targeted. The body was shifted to the Tehsil Headquarters Hospital Wari, where funeral prayers were offered later in the day.

The Khyber Pakhtunkhwa governor condemned the attack on the border posts and paid tribute to the martyred soldiers.
""",
  [G("ARMED_ASSAULT", "Sun", "PK507", "Arandu", killed=2, mk=5, targets=["SECURITY_FORCES"],
     alt=["ARMED_CLASH"], any=["PK508"]),
   G("TARGETED_KILLING", "Sun", "PK535", "Wari", killed=1, targets=["SECURITY_FORCES"])]),
]

ISPR = [

R("ispr", "ISPR", "2026-01-15T16:00:00+05:00",
  "Five khawarij killed in IBO in Dera Ismail Khan District",
  """
RAWALPINDI: On 14 January 2026, security forces conducted an intelligence based operation in Dera Ismail Khan District, on the reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, five khawarij were sent to hell. Weapons, ammunition and explosives were also recovered from the killed khawarij, who remained actively involved in numerous terrorist activities against the law enforcement agencies as well as the target killing of innocent civilians in the area.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.

The relentless counter-terrorism campaign by security forces and law enforcement agencies will continue at full pace.
""",
  [G("SECURITY_OPERATION", "2026-01-14", "PK509", "Dera Ismail Khan District", mk=5,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED")]),

R("ispr", "ISPR", "2026-02-26T15:00:00+05:00",
  "Nine khawarij killed, two soldiers martyred in two engagements in KP",
  """
RAWALPINDI: On 25 February 2026, security forces conducted an intelligence based operation in the general area of Spinwam, North Waziristan District, on the reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij. During the conduct of the operation, own troops effectively engaged the khawarij location, and six khawarij were sent to hell.

However, during the intense exchange of fire, two soldiers, having fought gallantly, embraced shahadat.

In another engagement on the same day in Bannu District, security forces intercepted a group of khawarij trying to target a check post in the Jani Khel area. Three khawarij were killed, while the rest of the group fled.

Weapons and ammunition were recovered from the killed khawarij, who remained actively involved in numerous terrorist activities in the area.

Pakistan has consistently asked the Interim Afghan Government to ensure effective border management on their side. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khawarij for executing terrorist activities against Pakistan.

Sanitisation operations are being conducted to eliminate any other khawarij found in the area.
""",
  [G("SECURITY_OPERATION", "2026-02-25", "PK525", "Spinwam", killed=2, mk=6,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED"),
   G("SECURITY_OPERATION", "2026-02-25", "PK503", "Jani Khel", mk=3, targets=["MILITANTS"],
     perp="TTP", status="ATTRIBUTED", alt=["ARMED_CLASH"])]),

R("ispr", "ISPR", "2026-03-20T14:00:00+05:00",
  "Four terrorists of Fitna al Hindustan killed in Kech",
  """
RAWALPINDI: On 19 March 2026, security forces conducted an intelligence based operation in the general area of Buleda, Kech District, on the reported presence of terrorists belonging to the Indian-sponsored proxy Fitna al Hindustan.

During the conduct of the operation, own troops effectively engaged the terrorists' location and, after an intense exchange of fire, four Indian-sponsored terrorists were sent to hell. Weapons, ammunition and explosives were also recovered from the terrorists, who remained actively involved in numerous terrorist activities, including the killing of innocent civilians in the area.

Sanitisation operation is being carried out to eliminate any other Indian-sponsored terrorist found in the area, as the security forces of Pakistan remain determined to wipe out the menace of Indian-sponsored terrorism from the country.
""",
  [G("SECURITY_OPERATION", "2026-03-19", "PK211", "Buleda", mk=4, targets=["MILITANTS"],
     perp="BALOCH_SEPARATISTS", status="ATTRIBUTED")]),

R("ispr", "ISPR", "2026-04-30T18:00:00+05:00",
  "11 khawarij killed in Tirah operation; three soldiers martyred",
  """
RAWALPINDI: During the night of 28/29 April 2026, security forces conducted an operation in the Tirah valley of Khyber District on the reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, eleven khawarij were sent to hell, including a ringleader who had long been wanted by the law enforcement agencies. A large cache of weapons and ammunition was also recovered.

During the intense exchange of fire, three soldiers, having fought gallantly, paid the ultimate sacrifice and embraced shahadat, while two were injured.

Sanitisation operation is being conducted to eliminate any other kharji found in the area. Security forces of Pakistan, in step with the nation, remain determined to thwart all attempts to sabotage peace and stability in Khyber Pakhtunkhwa, and such sacrifices of our brave soldiers further strengthen our resolve.
""",
  [G("SECURITY_OPERATION", "range:2026-04-28:2026-04-29", "PK513", "Tirah valley", killed=3,
     injured=2, mk=11, targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED")]),

R("ispr", "The Express Tribune", "2026-05-31T10:00:00+05:00",
  "CTD kills three suspected militants in Karachi 'encounter'",
  """
KARACHI: The Counter-Terrorism Department (CTD) on Saturday night killed three suspected militants in an alleged encounter in Karachi, officials said.

According to a CTD spokesperson, a team had been dispatched on a tip-off about the presence of militants planning to attack security forces and foreign nationals in the city. When the team tried to stop them, the suspects opened fire and were killed in the retaliatory firing. Two CTD officials were injured.

The spokesperson claimed the dead men belonged to the banned Balochistan Liberation Army. Two Kalashnikovs, a pistol, hand grenades and a suicide jacket were recovered from their possession.

The bodies were shifted to the Jinnah Postgraduate Medical Centre for identification. The CTD did not disclose the exact location of the encounter, citing security reasons.

Relatives of one of the dead men, however, told reporters outside the hospital that he had been picked up by men in plain clothes weeks ago, and demanded a judicial inquiry.
""",
  [G("SECURITY_OPERATION", "Sat", None, "Karachi", injured=2, mk=3, targets=["MILITANTS"],
     perp="BLA", status="ATTRIBUTED", any=list(KARACHI))]),

R("ispr", "ISPR", "2026-07-08T13:00:00+05:00",
  "17 khawarij killed while trying to infiltrate from Afghanistan in Zhob",
  """
RAWALPINDI: On the night of 6 and 7 July 2026, security forces observed the movement of a large group of khawarij, affiliated with the Indian proxy Fitna al Khawarij, trying to infiltrate through the Pakistan-Afghanistan border in the general area of Sambaza, Zhob District.

Own troops effectively engaged and thwarted the infiltration attempt. Owing to the precise handling, seventeen khawarij were sent to hell, while a large cache of weapons, ammunition and explosives was recovered from their possession.

Security forces remain committed to securing the borders of Pakistan. Pakistan has been consistently asking the Interim Afghan Government to ensure effective border management on their side of the border. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khawarij for executing terrorist activities against Pakistan.

Security forces of Pakistan remain determined to ensure the security of the borders and to eradicate the menace of Indian-sponsored terrorism from the country.
""",
  [G("SECURITY_OPERATION", "range:2026-07-06:2026-07-07", "PK231", "Sambaza", mk=17,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED", alt=["ARMED_CLASH"])]),

R("ispr", "ISPR", "2026-08-26T17:00:00+05:00",
  "Three terrorists killed in Awaran IBO; JCO martyred",
  """
RAWALPINDI: On 25 August 2026, security forces conducted an intelligence based operation in the Jhal Jhao area of Awaran District, on the reported presence of terrorists belonging to the Indian-sponsored Fitna al Hindustan.

During the conduct of the operation, own troops effectively engaged the terrorists' location and, after an intense exchange of fire, three Indian-sponsored terrorists, including their ringleader, were sent to hell.

However, during the intense exchange of fire, a junior commissioned officer, having fought valiantly, embraced shahadat.

The terrorists were involved in numerous terrorist activities, including attacks on security forces and the abduction and killing of innocent civilians and labourers in the area. Weapons and ammunition were also recovered.

Sanitisation operation is being conducted to eliminate any other Indian-sponsored terrorist found in the area. Security forces of Pakistan are determined to thwart attempts to sabotage peace and progress in Balochistan, and such sacrifices of our brave soldiers further strengthen our resolve.
""",
  [G("SECURITY_OPERATION", "2026-08-25", "PK201", "Jhal Jhao", killed=1, mk=3,
     targets=["MILITANTS"], perp="BALOCH_SEPARATISTS", status="ATTRIBUTED")]),

R("ispr", "ISPR", "2026-09-17T16:30:00+05:00",
  "Nine khawarij killed in two operations in Mohmand, Bajaur",
  """
RAWALPINDI: On 16 September 2026, security forces conducted an intelligence based operation in the Yaka Ghund area of Mohmand District on the reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij. During the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, seven khawarij were sent to hell.

In another intelligence based operation conducted the same day in the Salarzai area of Bajaur District, two more khawarij were neutralised by the security forces. However, during the exchange of fire, a soldier embraced shahadat.

Weapons, ammunition and explosives were also recovered from the khawarij, who remained actively involved in numerous terrorist activities against the security forces as well as the target killing of innocent civilians.

Sanitisation operations are being conducted to eliminate any other khawarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.
""",
  [G("SECURITY_OPERATION", "2026-09-16", "PK524", "Yaka Ghund", mk=7, targets=["MILITANTS"],
     perp="TTP", status="ATTRIBUTED"),
   G("SECURITY_OPERATION", "2026-09-16", "PK502", "Salarzai", killed=1, mk=2,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED")]),
]

CASES = ROUNDUPS + ISPR
