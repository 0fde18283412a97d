from devset import R, G, KARACHI

REPORTS = [

R("National Herald PK", "2026-09-01T10:00:00+05:00",
  "August saw highest number of militant attacks in a decade, says think tank",
  """
ISLAMABAD: Militant attacks in the country rose to 96 in August, the highest monthly figure in more than a decade, according to a report released on Tuesday by an Islamabad-based security think tank.

The report said that the attacks killed 142 people, including 68 security personnel, and injured more than 200. Khyber Pakhtunkhwa remained the worst-hit province, accounting for nearly two-thirds of the attacks, followed by Balochistan. The southern districts of Bannu, Lakki Marwat and D.I. Khan, along with North Waziristan, saw the largest number of incidents.

Security forces killed 121 militants in operations during the month, the report said, most of them in the former tribal districts. It noted a rise in the use of quadcopters by militants and in attacks on police.

The report urged the government to develop a comprehensive counter-terrorism policy with the involvement of the provinces and to strengthen the police and the CTDs rather than relying on large-scale military operations.
""",
  []),

R("ISPR", "2026-09-03T19:00:00+05:00",
  "Six khawarij killed in two engagements in North Waziristan and Tank",
  """
RAWALPINDI: On 2 September 2026, security forces conducted an intelligence based operation in Shewa area of North Waziristan District on reported presence of khawarij. During the conduct of the operation, own troops effectively engaged the khawarij location and, as a result, four khawarij were neutralised.

In another engagement in Tank District, security forces effectively engaged a group of khawarij and sent two of them to hell.

Weapons and ammunition were recovered from the killed khawarij, who remained actively involved in numerous terrorist activities against the security forces and law enforcement agencies. Sanitisation operations are being conducted to eliminate any other Indian sponsored kharji found in the area.
""",
  [G("SECURITY_OPERATION", "2026-09-02", "PK525", "Shewa", mk=4,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED"),
   G("SECURITY_OPERATION", "2026-09-02", "PK533", "Tank", mk=2,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Frontier Daily", "2026-09-05T12:00:00+05:00",
  "Five policemen martyred as militants storm Daraban police station",
  """
DERA ISMAIL KHAN: Five policemen were martyred and four others injured when militants stormed the Daraban police station in D.I. Khan district on Friday night, police said. Three attackers were killed in retaliatory fire.

According to the regional police officer, a group of around a dozen militants attacked the police station from three directions at around 11pm, using hand grenades, rocket launchers and automatic weapons. The personnel on duty put up resistance and the exchange of fire continued for more than two hours before reinforcements arrived.

The banned Tehreek-i-Taliban Pakistan claimed responsibility for the attack in a statement.

The attack is the latest in a long line of assaults on police installations in the district, which borders South Waziristan and has become a hotspot of militant violence. In October last year, militants stormed the police training school at Ratta Kulachi, killing seven policemen in an hours-long siege before they were killed by security forces.

Police officials say many police stations in the district are housed in old buildings without adequate boundary walls, watchtowers or night vision equipment. The provincial government has announced plans to build fortified police stations in the southern districts, but work has yet to start at most sites.

Residents of Daraban said markets remained closed on Saturday and that police had set up additional checkpoints on the roads leading to the town.
""",
  [G("ARMED_ASSAULT", "Fri", "PK509", "Daraban police station", killed=5, injured=4, mk=3,
     targets=["SECURITY_FORCES"], perp="TTP", ps="CLAIMED"),
   G("ARMED_ASSAULT", "month:2025-10", "PK509", "Ratta Kulachi police training school", killed=7,
     targets=["SECURITY_FORCES"], optional=True)]),

R("Quetta Observer", "2026-09-07T09:00:00+05:00",
  "Six coal miners killed as gunmen attack mines in Duki",
  """
DUKI: Six coal miners were killed and four others injured when gunmen attacked coal mines in the Duki district on Sunday night, officials said.

According to the deputy commissioner, armed men attacked a group of mines with rockets and automatic weapons, and then set fire to machinery and the miners' living quarters. The dead and injured were mostly from Khyber Pakhtunkhwa and Afghanistan. The bodies were shifted to the Duki hospital.

No group has claimed responsibility. Miners' unions announced three days of mourning and suspended work at mines in the area.

The attack came nearly two years after gunmen killed 21 miners in a similar attack on mines in Duki in October 2024, one of the deadliest attacks on mine workers in the province.
""",
  [G("ARMED_ASSAULT", "Sun", "PK234", "coal mines, Duki", killed=6, injured=4,
     targets=["CIVILIANS"]),
   G("ARMED_ASSAULT", "month:2024-10", "PK234", "coal mines, Duki", killed=21,
     targets=["CIVILIANS"], optional=True)]),

R("Pakistan Wire Service", "2026-09-09T14:30:00+05:00",
  "Two soldiers martyred in attack on army vehicle in Darel",
  """
GILGIT: Two soldiers were martyred when unidentified gunmen opened fire on an army vehicle in the Darel valley on Tuesday, officials said.

The vehicle was returning from a routine patrol when it came under fire near the Phuguch area. The attackers fled into the mountains after the attack. A search operation was launched in the valley with the help of Gilgit-Baltistan Scouts and police.

Darel and neighbouring Tangir, in the Diamer division of Gilgit-Baltistan, have seen occasional militant attacks over the years, including the burning of girls' schools in 2018.
""",
  [G("ARMED_ASSAULT", "Tue", "PK311", "Phuguch, Darel valley", killed=2, any=["PK311", "PK302"],
     targets=["SECURITY_FORCES"]),
   G("INFRASTRUCTURE_ATTACK", "range:2018-01-01:2018-12-31:MONTH", "PK311", "Darel and Tangir",
     alt=["BOMBING"], any=["PK311", "PK312", "PK302"], targets=["EDUCATION"], optional=True)]),

R("Daily Indus Times", "2026-09-10T22:00:00+05:00",
  "Three injured in low-intensity blast near Lahore shrine",
  """
LAHORE: Three people were injured when a low-intensity explosive device went off near the entrance of a shrine in the Walled City on Thursday evening, police said.

A police spokesman said the device, concealed in a shopping bag, exploded near a flower stall outside the shrine as devotees were gathering for the evening prayers. The injured were taken to the Mayo Hospital, where their condition was said to be stable.

The bomb disposal squad said around 500 grams of explosives had been used. Police cordoned off the area and collected evidence. No group claimed responsibility.

Security at shrines and other religious places in the city was tightened after the blast.
""",
  [G("BOMBING", "today", "PK617", "shrine in the Walled City", injured=3,
     targets=["RELIGIOUS", "CIVILIANS"])]),

R("Pakistan Wire Service", "2026-09-11T08:00:00+05:00",
  "Interior minister says no let-up in action against illegal foreigners",
  """
ISLAMABAD: The federal interior minister said on Thursday that the government would not extend the deadline for the repatriation of undocumented foreigners and that action against illegal residents would continue.

Addressing a press conference in Islamabad, the minister said that border management had improved significantly, with new crossing points fenced and biometric systems installed at Torkham and Chaman. He said that the government was in contact with the Afghan authorities and that a delegation would visit Kabul later this month.

The minister said the country's security forces had made great sacrifices and the nation stood by them. He said the government would present a revised National Action Plan to parliament soon, and that the provinces would be given more resources for their counter-terrorism departments.

Responding to a question, he said the government was open to dialogue with anyone who laid down arms and accepted the constitution.
""",
  []),

R("Khyber Times", "2026-09-12T22:00:00+05:00",
  "At least 18 killed as suicide bomber strikes political rally in Khar",
  """
KHAR: At least 18 people were killed and more than 50 injured when a suicide bomber blew himself up at a political rally in Khar, the headquarters of Bajaur district, on Saturday afternoon, officials said.

The blast took place as a local leader of a religious political party was addressing the gathering, which had been organised in connection with upcoming local government elections. Witnesses said the bomber was sitting near the stage. Several local leaders of the party were among the dead.

Rescue officials said the injured were taken to the District Headquarters Hospital Khar, and those in critical condition were airlifted to Peshawar. The Islamic State Khorasan Province claimed responsibility for the attack in a statement on its propaganda channel.

The attack recalled the bombing of a convention of the same party in Khar on July 30, 2023, which killed more than 60 people and was also claimed by IS-K. The group has repeatedly targeted the party, which it accuses of supporting democracy.

The chief minister announced a day of mourning and ordered an inquiry into the security arrangements for the rally.
""",
  [G("SUICIDE_ATTACK", "today", "PK502", "political rally in Khar", killed=18, kq="AT_LEAST",
     injured=51, iq="AT_LEAST", targets=["POLITICAL", "CIVILIANS"], perp="ISKP", ps="CLAIMED"),
   G("SUICIDE_ATTACK", "2023-07-30", "PK502", "Khar", killed=61, kq="AT_LEAST",
     targets=["POLITICAL", "CIVILIANS"], perp="ISKP", ps="CLAIMED", optional=True)]),

R("Frontier Daily", "2026-09-14T10:00:00+05:00",
  "Khar bombing toll climbs to 23; two facilitators held",
  """
KHAR: The death toll from Saturday's suicide bombing at a political rally in Khar rose to 23 on Sunday after five more of the injured died in hospitals in Peshawar, officials said. The number of injured was revised to 56.

Funeral prayers for most of the victims were held in different parts of Bajaur on Sunday amid tight security. Markets in Khar and other towns remained closed.

Meanwhile, police arrested two suspected facilitators of the suicide bomber in a raid in Salarzai tehsil on Sunday. A police official said the suspects had provided shelter to the bomber for two nights before the attack and were linked to the Islamic State Khorasan Province. The bomber's head and other remains had been sent for forensic analysis.

The party whose rally was targeted announced that it would not suspend its election campaign.
""",
  [G("SUICIDE_ATTACK", "Sat", "PK502", "political rally in Khar", killed=23, injured=56,
     targets=["POLITICAL", "CIVILIANS"], perp="ISKP", ps="ATTRIBUTED"),
   G("SECURITY_OPERATION", "Sun", "PK502", "Salarzai tehsil",
     targets=["MILITANTS"], perp="ISKP", ps="ATTRIBUTED")]),

R("Makran Times", "2026-09-16T09:30:00+05:00",
  "Four soldiers martyred as FC convoy ambushed in Hoshab",
  """
TURBAT: Four Frontier Corps soldiers were martyred and three others injured when militants ambushed an FC convoy in the Hoshab area of Kech district on Tuesday, officials said.

The convoy was travelling on the M-8 motorway towards Turbat when militants opened fire from the hills on both sides of the road. The military's media wing said that troops responded swiftly and that five terrorists of "Fitna al-Hindustan" were killed in the ensuing exchange of fire.

The banned Balochistan Liberation Front claimed responsibility for the ambush, saying its fighters had destroyed two vehicles. The claim could not be independently verified.

Traffic on the M-8 was suspended until Wednesday morning.
""",
  [G("ARMED_ASSAULT", "Tue", "PK211", "Hoshab, M-8", killed=4, injured=3, mk=5,
     targets=["SECURITY_FORCES"], perp="BLF", ps="CLAIMED")]),

R("Daily Indus Times", "2026-09-18T20:00:00+05:00",
  "Two terrorists killed in CTD encounter in Rawalpindi",
  """
RAWALPINDI: The Counter Terrorism Department killed two terrorists in an encounter on the outskirts of Rawalpindi on Friday, a spokesman said.

According to the spokesman, the CTD had received information that terrorists of the banned TTP were planning to attack a religious gathering in the city. When a team intercepted the suspects near the Adiala road, they opened fire, and both were killed in the exchange of fire. Their accomplices escaped.

Explosives, a suicide jacket, two pistols and a map of the city were recovered from the dead terrorists. A search was under way for the accomplices.
""",
  [G("SECURITY_OPERATION", "today", "PK630", "Adiala road", mk=2,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("The Northern Chronicle", "2026-09-20T11:00:00+05:00",
  "Landmine kills two woodcutters in Kurram; attack on Hangu post repulsed",
  """
KOHAT: Two woodcutters were killed when a landmine exploded in the Tari Mangal area of Upper Kurram on Saturday, officials said. The men had gone to collect firewood in the forest near the border when one of them stepped on the mine.

In Hangu, militants attacked a police post in the Shanawari area on Saturday night. A police spokesman said the personnel repulsed the attack and remained safe, while one attacker was killed. The attackers fled towards the mountains, leaving behind their dead comrade's weapon.

Meanwhile, security forces killed three militants in an intelligence-based operation in the Mamozai area of Orakzai on Sunday morning, security officials said. They described the militants as members of the banned TTP who had been involved in attacks on security forces.
""",
  [G("BOMBING", "Sat", "PK518", "Tari Mangal, Upper Kurram", killed=2,
     targets=["CIVILIANS"]),
   G("ARMED_ASSAULT", "Sat", "PK510", "Shanawari police post", killed=0, injured=0, mk=1,
     targets=["SECURITY_FORCES"]),
   G("SECURITY_OPERATION", "today", "PK527", "Mamozai", mk=3,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Quetta Observer", "2026-09-22T16:30:00+05:00",
  "Bomb defused near Quetta Press Club; three hurt in grenade attack on police",
  """
QUETTA: The bomb disposal squad defused an explosive device planted near the Quetta Press Club on Tuesday morning, while three people, including two policemen, were injured in a grenade attack on a police mobile on Jinnah Road hours later.

Police said a passer-by spotted a suspicious bag near the press club gate at around 9am. The bomb disposal squad found around two kilograms of explosives connected to a timer and defused the device. A protest by a journalists' union was scheduled at the venue later in the day.

In the afternoon, unidentified men hurled a grenade at a police mobile parked on Jinnah Road. Two constables and a passer-by were injured and taken to the Civil Hospital.

The DIG Quetta said security had been tightened at sensitive places in the city. No one claimed responsibility for either incident.
""",
  [G("BOMBING", "today", "PK226", "near Quetta Press Club", killed=0,
     targets=["MEDIA"], optional=True),
   G("BOMBING", "today", "PK226", "Jinnah Road", injured=3,
     targets=["SECURITY_FORCES", "CIVILIANS"])]),

R("Frontier Law Reporter", "2026-09-24T09:00:00+05:00",
  "ATC awards life terms to two for planning attacks in Quetta",
  """
QUETTA: An anti-terrorism court in Quetta on Wednesday sentenced two men to life imprisonment for planning attacks on government installations in the provincial capital.

According to the prosecution, the convicts were arrested by the Counter Terrorism Department in a raid in 2025, and explosives, detonators and a sketch of a government building were recovered from their possession. The court also imposed a fine of Rs500,000 on each of them.

Defence counsel said they would challenge the verdict in the Balochistan High Court. A third accused was acquitted for lack of evidence.
""",
  []),

R("The Northern Chronicle", "2026-09-26T10:00:00+05:00",
  "Policeman martyred as militants attack tourist police post in Malam Jabba",
  """
MINGORA: A policeman was martyred and two others injured when militants attacked a tourist police post near Malam Jabba in Swat on Friday, police said.

The attackers opened fire from a nearby forest and fled after a brief exchange of fire. The injured were taken to the Saidu Group of Teaching Hospitals.

Police suspect that TTP militants, who have been seen in the mountains of the upper Swat valley in recent months, were behind the attack. Tourist arrivals in the valley have dropped sharply this season due to security concerns, hotel owners said.
""",
  [G("ARMED_ASSAULT", "Fri", "PK532", "Malam Jabba tourist police post", killed=1, injured=2,
     targets=["SECURITY_FORCES"], perp="TTP", ps="SUSPECTED")]),

R("Pakistan Wire Service", "2026-09-28T19:00:00+05:00",
  "Landmine blast kills two Levies men, driver in Kohlu",
  """
KOHLU: Two Levies personnel and their driver were killed and two others injured when their vehicle struck a landmine in the Kahan area of Kohlu on Monday, officials said.

The Levies party was on its way to a check post when the vehicle hit the mine, which had been planted on an unpaved road. The injured were taken to the District Headquarters Hospital Kohlu.

The Baloch Raaji Aajoi Sangar, an umbrella alliance of Baloch militant groups, claimed responsibility for the blast.
""",
  [G("BOMBING", "today", "PK216", "Kahan", killed=3, injured=2,
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="BRAS", ps="CLAIMED")]),

R("Khyber Times", "2026-09-30T08:30:00+05:00",
  "CTD officer shot dead in Hayatabad",
  """
PESHAWAR: An inspector of the Counter Terrorism Department was shot dead near his house in Hayatabad Phase VI late last night, police said.

The inspector was returning home from his office when gunmen, who were apparently waiting for him, opened fire. He was taken to the Hayatabad Medical Complex but succumbed to his wounds.

The Tehreek-i-Taliban Pakistan claimed responsibility for the killing in a statement, saying the officer had been involved in operations against its members. The inspector had survived an earlier attack in 2023.
""",
  [G("TARGETED_KILLING", "yday", "PK528", "Hayatabad Phase VI", killed=1,
     targets=["SECURITY_FORCES"], perp="TTP", ps="CLAIMED"),
   G("TARGETED_KILLING", "range:2023-01-01:2023-12-31:MONTH", "PK528", "Peshawar",
     targets=["SECURITY_FORCES"], optional=True)]),

R("Daily Indus Times", "2026-10-02T12:00:00+05:00",
  "Jets strike militant hideouts in Tirah; residents report civilian deaths",
  """
PESHAWAR: Pakistan Air Force jets struck militant hideouts in the Tirah valley of Khyber district on Thursday night, killing more than 20 militants, security officials said. Local residents said three civilians, including a woman, were also killed.

Security officials said the strikes targeted compounds used by the banned TTP and its local allies to plan attacks in Khyber and Peshawar. They said commanders were among those killed, but did not give names.

Residents of the Bagh Maidan area said a house was hit during the strikes, and that the three civilians were buried on Friday. A member of the provincial assembly from the area demanded a judicial inquiry.

The strikes came amid a build-up of troops in the valley, where residents have been leaving their homes for safer areas in recent weeks.
""",
  [G("AIR_STRIKE", "Thu", "PK513", "Tirah valley, Bagh Maidan", killed=3, mk=21,
     targets=["MILITANTS", "CIVILIANS"], perp="TTP", ps="ATTRIBUTED")]),

R("Quetta Observer", "2026-10-04T09:00:00+05:00",
  "Two Hazara vendors among four killed in Balochistan violence",
  """
QUETTA: Four people, including two vegetable vendors from the Hazara community and two Levies personnel, were killed in separate incidents of violence in Balochistan on Saturday, officials said.

In Quetta, gunmen shot dead two vegetable vendors near the Hazar Ganji fruit and vegetable market. Police said the victims were members of the Hazara community and were targeted while returning to Hazara Town in a pickup. The police suspect the banned Lashkar-e-Jhangvi, which has carried out several attacks on the community in the past. Hazara elders staged a sit-in on the Western Bypass.

In Kalat district, two Levies men were martyred when militants attacked a post in the Johan area on Saturday night. The banned BLA claimed responsibility.

Separately, militants blew up a mobile phone tower in Besima, the headquarters of Washuk district, on Saturday, disrupting communications in the area.

Meanwhile, the Frontier Corps said four terrorists of "Fitna al-Hindustan" were killed in an operation in the Sui area of Dera Bugti on Saturday. An FC spokesman said weapons and explosives were recovered from their hideout.
""",
  [G("TARGETED_KILLING", "Sat", "PK226", "Hazar Ganji", killed=2,
     targets=["CIVILIANS", "RELIGIOUS"], perp="LEJ", ps="SUSPECTED"),
   G("ARMED_ASSAULT", "Sat", "PK210", "Johan", killed=2,
     targets=["SECURITY_FORCES"], perp="BLA", ps="CLAIMED"),
   G("INFRASTRUCTURE_ATTACK", "Sat", "PK230", "Besima",
     targets=["INFRASTRUCTURE"]),
   G("SECURITY_OPERATION", "Sat", "PK204", "Sui", mk=4,
     targets=["MILITANTS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

R("The Northern Chronicle", "2026-10-05T11:00:00+05:00",
  "Hangu mosque blast toll rises to 14",
  """
HANGU: The death toll from Friday's blast in a mosque in Hangu rose to 14 on Sunday after three more of the injured died in a Peshawar hospital, officials said. Dozens of injured worshippers are still under treatment in hospitals in Hangu, Kohat and Peshawar.

The explosion took place during the Friday prayers at a mosque in the Lower Bazaar of Hangu city. Police said it was not yet clear whether the blast was caused by a suicide bomber or by explosives planted inside the mosque. The bomb disposal unit said around five kilograms of explosives had been used.

No group has claimed responsibility. The provincial government has formed a joint investigation team.

Hangu, which borders Orakzai and Kurram, has a history of sectarian violence, and the blast has raised fears of renewed tensions in the region.
""",
  [G("BOMBING", "Fri", "PK510", "mosque in Lower Bazaar, Hangu", killed=14, injured=12, iq="APPROX",
     alt=["SUICIDE_ATTACK"], targets=["RELIGIOUS", "CIVILIANS"])]),

R("Balochistan Today", "2026-10-06T18:00:00+05:00",
  "Opposition stages walkout over law and order in Balochistan Assembly",
  """
QUETTA: Opposition members staged a walkout from the Balochistan Assembly on Tuesday, accusing the government of failing to protect citizens and of suppressing dissent through internet shutdowns and restrictions on movement.

Speaking on a point of order, the leader of the opposition said people were afraid to travel on highways and that the province had been turned into a "security zone". Members of the treasury benches responded that terrorists were trying to sabotage development and that the government was committed to restoring peace.

The home minister told the house that security forces had conducted hundreds of intelligence-based operations this year and that police stations were being upgraded. He said the government had also approved the recruitment of 5,000 personnel for the police.

The session was adjourned until Thursday.
""",
  []),

R("Frontier Daily", "2026-10-08T10:00:00+05:00",
  "Policeman, two militants killed in Lakki Marwat gunfight",
  """
LAKKI MARWAT: A policeman and two militants were killed in an exchange of fire in the Bettani area of Lakki Marwat on Wednesday, police said.

According to the district police, a police patrol came across a group of armed men near a seasonal stream, and both sides opened fire. The exchange continued for about an hour. Two militants were killed, while the others escaped into the hills.

Police said the dead militants were "khawarij" affiliated with the TTP. Weapons and a motorcycle were recovered.
""",
  [G("ARMED_CLASH", "Wed", "PK519", "Bettani", killed=1, mk=2,
     alt=["SECURITY_OPERATION", "ARMED_ASSAULT"], targets=["SECURITY_FORCES", "MILITANTS"],
     perp="TTP", ps="ATTRIBUTED")]),

R("The Northern Chronicle", "2026-10-10T21:00:00+05:00",
  "Four killed, 17 injured in Wana bazaar blast",
  """
WANA: Four people were killed and 17 others injured when a bomb planted in a motorcycle went off in the main bazaar of Wana, the headquarters of Lower South Waziristan, on Saturday afternoon.

Officials said the blast took place near a row of shops selling mobile phones, at a time when the bazaar was crowded with shoppers. The injured were shifted to the Wana District Headquarters Hospital, and five of them were referred to D.I. Khan.

No group claimed responsibility. Police officials said they suspected the involvement of the Hafiz Gul Bahadur group, which has been active in the area. Traders announced a strike for Sunday to protest against the lack of security.
""",
  [G("BOMBING", "today", "PK530", "main bazaar, Wana", killed=4, injured=17, any=["PK530", "PK592"],
     targets=["CIVILIANS"], perp="HGB", ps="SUSPECTED")]),

]
