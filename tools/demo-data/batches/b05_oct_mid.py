# Batch 05: 14-25 October 2026 (incidents D051-D063)

I("D051", "2026-10-14", "BL", "Gwadar", "Marine Drive, Gwadar", "grenade",
  "Hand grenade thrown at an FC vehicle near Marine Drive in Gwadar city at night; two FC personnel injured.",
  injured=2, perp="unknown")
I("D052", "2026-10-15", "KP", "Peshawar", "Regi Model Town check post", "suicide",
  "Suicide bomber on foot blew himself up at a police check post near Regi Model Town in the morning; three policemen killed, four injured; a faction calling itself Jamaat-ul-Ahrar claimed, TTP denied.",
  killed=3, injured=4, militants_killed=1, perp="Jamaat-ul-Ahrar faction", claimed=True)
I("D053", "2026-10-16", "BL", "Kech", "M-8 near Hoshab", "kidnapping",
  "Gunmen stopped a passenger coach on the M-8 near Hoshab and abducted four passengers; two bodies found the next day, two still missing.",
  killed=2, kidnapped=4, perp="unknown (separatists suspected)")
I("D054", "2026-10-17", "KP", "Tank", "Pai police post", "armed_assault",
  "Militants attacked a police post in the Pai area of Tank before dawn; two policemen killed.",
  killed=2, perp="Fitna al-Khawarij (attributed by police)")
I("D055", "2026-10-18", "KP", "North Waziristan", "Mir Ali", "security_operation",
  "Intelligence-based operation near Mir Ali; eleven militants killed including a commander.",
  militants_killed=11, perp="Fitna al-Khawarij (target of operation)")
I("D056", "2026-10-18", "KP", "North Waziristan", "Razmak", "ied",
  "IED struck an army vehicle near Razmak; two soldiers killed, two injured.",
  killed=2, injured=2, perp="unknown")
I("D057", "2026-10-19", "BL", "Mastung", "Khad Koocha", "armed_assault",
  "Attack on an FC check post at Khad Koocha in the evening; three FC personnel and three attackers killed.",
  killed=3, injured=2, militants_killed=3, perp="Fitna al-Hindustan (attributed by military)")
I("D058", "2026-10-20", "SD", "Karachi (South)", "Baghdadi, Lyari", "ied",
  "Small IED fitted to a parked motorcycle exploded outside a police station in the Baghdadi area of Lyari; one passer-by killed, three injured including two policemen.",
  killed=1, injured=3, perp="unknown")
I("D059", "2026-10-21", "KP", "Khyber", "Bagh Maidan, Tirah valley", "armed_clash",
  "Clash between troops and militants in the Bagh Maidan area of Tirah; two soldiers and six militants killed.",
  killed=2, militants_killed=6, perp="Fitna al-Khawarij / Lashkar-e-Islam")
I("D060", "2026-10-22", "PB", "Dera Ghazi Khan", "Koh-e-Suleman tribal area", "armed_assault",
  "Militants attacked a Border Military Police post in the Koh-e-Suleman tribal belt near the Balochistan boundary; two BMP personnel killed, one injured.",
  killed=2, injured=1, perp="Fitna al-Khawarij (attributed)")
I("D061", "2026-10-23", "BL", "Kalat", "Kalat town outskirts", "infrastructure",
  "Armed men set fire to two mobile phone towers on the outskirts of Kalat at night; no casualties.",
  perp="unknown")
I("D062", "2026-10-24", "BL", "Panjgur", "Panjgur bazaar", "targeted_killing",
  "Two barbers from Punjab shot dead in their shop in Panjgur bazaar; BLF claimed.",
  killed=2, perp="BLF", claimed=True)
I("D063", "2026-10-25", "KP", "Bannu", "Bakakhel", "vbied",
  "Explosive-laden vehicle rammed the gate of a security forces camp at Bakakhel followed by an assault; six soldiers and four civilians killed (toll rose from 9 to 10), 21 injured, six attackers killed; Ittehad-ul-Mujahideen claimed.",
  killed=10, injured=21, militants_killed=6, perp="Ittehad-ul-Mujahideen Pakistan", claimed=True)

# ---------------------------------------------------------------- D051 Gwadar (single source + sitrep)
R("Quetta Evening Post", "2026-10-15 12:20", ["D051"],
  "Two FC men injured in Gwadar grenade attack",
  """GWADAR: Two personnel of the Frontier Corps were injured when unidentified men hurled a hand grenade at their vehicle near Marine Drive in Gwadar city on Wednesday night, officials said.

The attackers were on a motorcycle and fled towards the old town after throwing the grenade, a police official said. The vehicle was on routine patrol. The injured were shifted to the GDA hospital, where their condition was stated to be stable.

Security has been tightened in Gwadar, where several development projects are under way and where foreign nationals work under heavy protection. Police said CCTV footage from the area was being examined. No group has claimed responsibility.""")

# ---------------------------------------------------------------- D052 Peshawar suicide attack
R("Sapphire News 24", "2026-10-15 09:25", ["D052"],
  "Blast near Regi Model Town check post in Peshawar",
  """A blast has been reported near a police check post in the Regi Model Town area of Peshawar this morning. According to initial reports, several policemen have been injured.

Rescue 1122 teams have reached the spot and are shifting the injured to Lady Reading Hospital. Police have cordoned off the area. According to some eyewitnesses, a man on foot approached the check post before the explosion. More details awaited.""")

R("KP Police Media Cell", "2026-10-15 12:00", ["D052"],
  "Three police jawans embrace shahadat in suicide attack on check post near Regi",
  """Peshawar: Today at about 0910 hours, a suicide bomber tried to approach the police check post near Regi Model Town. The police jawans on duty stopped him for checking, upon which he blew himself up. As a result of the blast, three police jawans embraced shahadat while four jawans got injured and were shifted to LRH.

Due to the alertness of the police jawans, the terrorist could not reach his target and a bigger tragedy was averted. CCPO Peshawar, SSP Operations and other senior officers reached the spot. The area was cordoned off and the BDU and CTD teams collected evidence. Body parts of the suicide bomber have been collected for forensic examination.

The Inspector General of Police paid tribute to the shuhada and said the police jawans laid down their lives but did not let the terrorist reach his target. The funeral prayers of the shuhada will be offered at Police Lines Peshawar.""")

R("Crescent Wire Service", "2026-10-15 13:30", ["D052"],
  "Suicide bomber kills three police in Peshawar",
  """PESHAWAR, Oct 15 (CWS): A suicide bomber blew himself up at a police checkpoint on the outskirts of Peshawar on Thursday, killing three policemen and wounding four, police said.

The bomber, who was on foot, detonated his explosives when police stopped him for checking near Regi Model Town, a residential scheme on the city's western edge, a police statement said. The wounded were taken to Lady Reading Hospital.

No group immediately claimed responsibility. Peshawar, the capital of Khyber Pakhtunkhwa province, has been hit repeatedly by militant attacks over the past two decades.""")

R("Frontier Ledger", "2026-10-16 08:05", ["D052"],
  "Regi attack: bomber was in his late teens, say investigators",
  """PESHAWAR: The suicide bomber who blew himself up at a police check post near Regi Model Town on Thursday morning, killing three policemen, appeared to be in his late teens, investigators said on Friday.

A CTD official said the bomber's head and legs had been recovered and his fingerprints sent to NADRA for identification. He said the bomber had walked towards the check post from the direction of the Warsak canal and appeared to have been carrying about five to six kilograms of explosives under a shawl.

One of the four injured policemen was still in critical condition at Lady Reading Hospital, doctors said. A faction calling itself Jamaat-ul-Ahrar claimed responsibility for the attack on Thursday evening, while the main TTP issued a statement denying involvement. Officials said they regarded both as part of the same network.

Police have increased checking at all entry points of the provincial capital. Last month, two constables were injured in a grenade attack on a picket in Mattani, on the city's southern outskirts.""", bg=["D016"])

R("Indus Daily Monitor", "2026-10-16 22:30", ["D052"],
  "Analysis: split claims after Peshawar bombing point to militant rivalries",
  """ISLAMABAD: Within hours of Thursday's suicide bombing at a police checkpoint in Peshawar, which killed three policemen, two conflicting statements appeared: a faction calling itself Jamaat-ul-Ahrar claimed the attack, while the central leadership of the banned Tehreek-e-Taliban Pakistan denied any role.

Such split claims have become more common, security analysts say, as the TTP seeks to distance itself from attacks that could damage its public image or embarrass its hosts in Afghanistan, while factions seek to demonstrate their strength. The TTP has in the past said it does not target civilians and mosques, even as factions associated with it have carried out such attacks.

"For practical purposes the distinction matters little," a former police chief of Khyber Pakhtunkhwa told the Monitor. "The men, the weapons and the training come from the same pool." Officials use the term Fitna al-Khawarij for all of these groups.

Thursday's attack was the first suicide bombing in Peshawar in several months. The bomber was stopped at the checkpoint before he could reach his target, which police believe may have been a larger facility nearby. Investigators said the bomber was in his late teens.

Across Khyber Pakhtunkhwa, police have borne a large share of the casualties this year. The provincial police chief said last week that 112 personnel had been killed in the province so far in 2026.""")

# ---------------------------------------------------------------- D053 Hoshab abduction
R("Quetta Evening Post", "2026-10-16 19:40", ["D053"],
  "Four passengers abducted from coach on M-8 near Hoshab",
  """TURBAT: Armed men stopped a passenger coach travelling from Quetta to Turbat on the M-8 highway near Hoshab in Kech district on Friday afternoon and abducted four passengers after checking their identity cards, officials said.

The coach driver told Levies officials that about 15 armed men had set up a blockade on the highway and were stopping vehicles. They asked the passengers to get off the coach, checked their documents and took four men with them towards the hills. The other passengers were allowed to continue.

Levies sources said the abducted men were believed to be from Punjab and Khyber Pakhtunkhwa, but their identities had not yet been confirmed. The assistant commissioner Hoshab said a search operation had been launched with the help of FC.""")

R("CTD Balochistan Operations Desk", "2026-10-17 16:00", ["D053"],
  "Recovery of two bodies near Hoshab, District Kech",
  """Reference abduction of four passengers from a Quetta-Turbat coach at a blockade near Hoshab, M-8, on 16-10-2026 at approx 1530 hrs. On 17-10-2026 at approx 1100 hrs, Levies Hoshab recovered two bullet-riddled bodies from a dry nullah approx 7 km from the highway. Both identified by documents as passengers of the coach (one resident of District Rahim Yar Khan, one of District Mansehra).

The remaining two abductees (one resident of Punjab, one of Sindh) are still missing. No claim received so far; group operating in the Hoshab-Kolwah belt suspected. Joint search with FC continuing.

Given the recurrence of blockades on M-8 and N-85, the Makran region has been asked to restrict movement of intercity coaches after 1600 hrs and to provide escorts for coaches at the Hoshab stretch.""")

R("Indus Daily Monitor", "2026-10-18 09:00", ["D053"],
  "Bodies of two abducted passengers found in Kech",
  """QUETTA: The bodies of two of the four passengers abducted from a coach on the M-8 highway near Hoshab in Kech district were found on Saturday, officials said, while the other two remain missing.

Levies officials said the bodies, bearing gunshot wounds, were found in a dry stream bed a few kilometres from the highway. The victims were from Punjab and Khyber Pakhtunkhwa. The coach had been stopped at a blockade set up by armed men on Friday afternoon.

No group has claimed responsibility, but separatist groups have carried out similar abductions and killings of travellers from other provinces on highways in Balochistan. The provincial government condemned the killings and said those responsible would be brought to justice. Families of the missing men appealed for their safe return.""")

# ---------------------------------------------------------------- D054 Tank
R("KP Police Media Cell", "2026-10-17 09:40", ["D054"],
  "Two police jawans martyred in attack on police post in Pai, Tank",
  """Tank: In the early hours of today, khawarij attacked a police post in the Pai area of District Tank. The police jawans present at the post responded bravely to the attack and the exchange of fire continued for some time. During the exchange of fire, two police jawans embraced shahadat.

On receiving the information, DPO Tank along with heavy police contingents reached the spot. The khawarij fled from the scene. The area was cordoned off and a search operation was launched. The funeral prayers of the shuhada were offered at Police Lines Tank with full official honour.""")

# ---------------------------------------------------------------- D055 / D056 North Waziristan same day
R("Armed Forces Media Directorate", "2026-10-18 17:20", ["D055"],
  "Eleven khawarij including ring leader neutralised in North Waziristan",
  """On 18 October 2026, security forces conducted an intelligence based operation in the general area of Mir Ali, North Waziristan District, on reported presence of khawarij belonging to Indian proxy Fitna al-Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location, and after an intense exchange of fire, eleven khawarij including kharji ring leader were neutralised. Weapons, ammunition and explosives were also recovered. The killed khawarij remained actively involved in numerous terrorist activities against the security forces, including the attack on a post in Spinwam last month, as well as the target killing of innocent civilians.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.""", bg=["D032"])

R("Waziristan Awaz Citizen Page", "2026-10-18 15:10", ["D056"],
  "Blast near Razmak, army vehicle hit",
  """News from Razmak side. An IED blast has hit an army vehicle near Razmak this afternoon. Our sources say two soldiers martyred, two injured. The road from Razmak towards Makeen is closed.

Also today big operation in Mir Ali area, firing and helicopter sounds from morning. Not confirmed how many killed. People of Mir Ali say they cannot go out and mobile signals are off again. Travellers coming from Bannu are stopped at Esha check post. We will share updates when we get them from reliable people.""")

R("Crescent Wire Service", "2026-10-18 19:15", ["D055", "D056"],
  "Eleven militants killed in North Waziristan raid, military says",
  """PESHAWAR, Oct 18 (CWS): Pakistani security forces killed 11 militants, including a commander, in a raid in North Waziristan on Sunday, the military said.

The operation was carried out near Mir Ali on intelligence about the presence of militants, the Armed Forces Media Directorate said. Weapons and explosives were recovered.

In a separate incident in the same district, two soldiers were killed and two wounded when a roadside bomb struck their vehicle near Razmak, a security official said on condition of anonymity. There was no official statement on that attack.""")

R("Frontier Ledger", "2026-10-19 08:45", ["D055", "D056", "D054"],
  "Eleven militants killed in Mir Ali; soldiers martyred near Razmak, cops in Tank",
  """MIRANSHAH/TANK: Security forces killed eleven militants, including a commander, in an operation near Mir Ali on Sunday, while two soldiers were martyred when their vehicle was hit by a roadside bomb near Razmak in the same district.

Residents of villages near Mir Ali said the operation began early in the morning and continued till afternoon, and that helicopters were used. The military said the killed militants were involved in attacks on security forces, including last month's suicide attack at Spinwam. Mobile phone service was suspended in Mir Ali tehsil.

Separately, security officials said a vehicle on its way from Razmak to Makeen was hit by an IED. Two soldiers were martyred and two were injured.

On Saturday, two policemen were martyred when militants attacked a police post in the Pai area of Tank district before dawn. Police said the attackers fled towards the mountains after an exchange of fire.""", bg=["D032"])

# ---------------------------------------------------------------- CMC weekly 12-18 Oct
R("Conflict Monitoring Collective", "2026-10-19 12:00", ["D049", "D050", "D052", "D053", "D055"],
  "Weekly security brief: 12-18 October 2026",
  """The Collective recorded 18 militant attacks between 12 and 18 October, in which 21 people were killed (9 security personnel, 12 civilians) and 30 injured. Security forces reported killing 18 militants, including 11 in a single operation near Mir Ali on 18 October.

The week opened with a bomb in a handcart in Khar bazaar, Bajaur, on 12 October, which killed five people including two children. The same day, two engineers and a driver working for an exploration contractor were abducted near Pezu in Lakki Marwat; no demand has been made public.

In Peshawar, a suicide bomber killed three policemen at a check post near Regi Model Town on 15 October, the first suicide attack in the provincial capital since the spring. A faction calling itself Jamaat-ul-Ahrar claimed it while the TTP denied involvement.

In Kech, armed men abducted four passengers from a coach near Hoshab on 16 October; two were found dead the next day. This is the third incident of passengers being taken off vehicles at blockades in Balochistan since September.

Note: the Collective counts the Pezu abduction as an attack; the Khar bazaar blast is attributed as "unknown" pending investigation.""")

# ---------------------------------------------------------------- D057 Mastung
R("Armed Forces Media Directorate", "2026-10-19 22:00", ["D057"],
  "Terrorists' attack on check post in Mastung repulsed",
  """On the evening of 19 October 2026, terrorists of Fitna al-Hindustan attacked a security forces check post in the general area of Khad Koocha, Mastung District. The troops responded swiftly and repulsed the attack. Three terrorists were neutralised.

During the exchange of fire, three soldiers, having fought gallantly, embraced shahadat. Two soldiers were injured. A sanitisation operation is being conducted in the area.""")

R("Quetta Evening Post", "2026-10-20 16:40", ["D057"],
  "Three FC men martyred in attack on Khad Koocha check post",
  """MASTUNG: Three personnel of the Frontier Corps were martyred and two others injured when militants attacked a check post at Khad Koocha in Mastung district on Monday evening, officials said.

The attackers opened fire on the check post from nearby orchards shortly after sunset, Levies officials said. The military said three attackers were also killed. The injured soldiers were taken to the Combined Military Hospital in Quetta.

Traffic on the Quetta-Karachi highway near Khad Koocha was halted for several hours on Monday night. Last month, armed men stormed the Levies station at Kardgap, also in Mastung, and set vehicles on fire.""", bg=["D020"])

# ---------------------------------------------------------------- PHC hearing (no incident)
R("Frontier Ledger", "2026-10-20 19:10", [],
  "PHC orders release of pending compensation to families of police martyrs",
  """PESHAWAR: The Peshawar High Court on Tuesday directed the Khyber Pakhtunkhwa government to release within 30 days the compensation and other benefits due to the families of police personnel martyred in terrorist attacks, observing that delays in payment were "unjust and demoralising".

A two-member bench was hearing a set of petitions filed by widows and parents of policemen killed in attacks in Bannu, Lakki Marwat and Dera Ismail Khan between 2023 and 2025. The petitioners' counsel told the court that some of the families had not received the shuhada package for more than a year and had been made to run from one office to another.

The additional advocate general said that funds had been released for most cases and the remaining files were being processed. The bench directed the provincial police chief and the finance secretary to submit a compliance report and warned that the officials concerned would be summoned in person if the payments were not made.""")

# ---------------------------------------------------------------- D058 Karachi Lyari
R("Sapphire News 24", "2026-10-20 21:05", ["D058"],
  "Blast outside police station in Lyari, one dead",
  """A blast has taken place outside a police station in the Baghdadi area of Lyari, Karachi, tonight. One person has been killed and three injured including two policemen, according to rescue officials.

Police sources say explosives were fitted to a motorcycle parked near the gate of the police station. The injured have been shifted to Civil Hospital Karachi. Bomb disposal squad has reached the spot.""")

R("Metro Karachi Times", "2026-10-21 09:30", ["D058"],
  "Passer-by killed in motorcycle bomb blast outside Lyari police station",
  """KARACHI: A passer-by was killed and three people, including two policemen, were injured when a small bomb fitted to a parked motorcycle exploded outside the Baghdadi police station in Lyari on Tuesday night.

According to the bomb disposal squad, the device contained about one kilogram of explosives and was detonated by a timer. The dead man, a labourer who lived nearby, was walking past when the blast occurred. The policemen were standing at the gate. Several vehicles parked outside the station were damaged.

A senior police official said the attack appeared aimed at terrorising the police rather than causing mass casualties. He said investigators were looking at a possible link with gangs in Lyari as well as separatist and religious militant groups, all of which have targeted police in the city in the past. No group had claimed responsibility by Wednesday morning.""")

# ---------------------------------------------------------------- D059 Tirah
R("Armed Forces Media Directorate", "2026-10-21 19:30", ["D059"],
  "Six khawarij neutralised in Tirah; two soldiers embrace shahadat",
  """On 21 October 2026, an exchange of fire took place between security forces and khawarij in the general area of Bagh Maidan, Tirah valley, Khyber District. Own troops effectively engaged the khawarij location and, as a result, six khawarij were neutralised.

During the intense exchange of fire, two soldiers, having fought gallantly, embraced shahadat. Weapons and ammunition were recovered. Sanitisation operation is being carried out in the area.""")

R("Frontier Ledger", "2026-10-22 08:10", ["D059"],
  "Tirah clash leaves two soldiers, six militants dead",
  """BARA: Two soldiers were martyred and six militants killed in a clash in the Bagh Maidan area of Tirah valley in Khyber district on Wednesday, the military and local sources said.

Residents of Tirah said the fighting started when a security forces patrol came under fire from militants positioned in the hills above the valley. Local sources said the militants belonged to a mix of the banned TTP and Lashkar-e-Islam, which has a long history in the valley.

Residents said several families had left their homes in Bagh Maidan for Bara and Peshawar amid fears of a wider operation. The district administration has not announced any displacement.""")

# ---------------------------------------------------------------- Formation commanders conference (no incident)
R("Armed Forces Media Directorate", "2026-10-21 20:30", [],
  "Formation Commanders' Conference reviews internal security situation",
  """The Formation Commanders' Conference was held at the General Headquarters. The forum offered fateha for the martyrs of the armed forces, law enforcement agencies and citizens who laid down their lives in the fight against terrorism.

The forum was given a comprehensive briefing on the prevailing internal security situation, ongoing counter-terrorism operations and the measures being taken to prevent infiltration along the western border. The forum resolved to continue intelligence based operations against khawarij of Fitna al-Khawarij and terrorists of Fitna al-Hindustan and their facilitators, wherever they are, and noted that the nexus between terrorists, criminal mafias and elements spreading propaganda on social media will be dealt with firmly.

The forum expressed concern over the use of Afghan soil by khawarij and reiterated that Pakistan expects the Interim Afghan Government to take concrete action. The forum also underscored the importance of synergy between the armed forces, police and civil administration, and the need for timely implementation of the socio-economic projects in Khyber Pakhtunkhwa and Balochistan.""")

# ---------------------------------------------------------------- D060 D.G. Khan
R("Crescent Wire Service", "2026-10-22 17:55", ["D060"],
  "Two border police killed in attack in Punjab's D.G. Khan",
  """DERA GHAZI KHAN, Oct 22 (CWS): Militants attacked a post of the Border Military Police in the tribal area of Dera Ghazi Khan district in Punjab on Thursday, killing two personnel and wounding one, officials said.

The post is located in the Koh-e-Suleman mountains near the boundary with Balochistan. Officials said the attackers fled towards Balochistan after an exchange of fire lasting about half an hour.""")

R("Indus Daily Monitor", "2026-10-23 21:00", ["D060"],
  "Attack in D.G. Khan tribal belt raises concern in Punjab",
  """LAHORE: An attack on a Border Military Police post in the Koh-e-Suleman tribal belt of Dera Ghazi Khan on Thursday, in which two BMP personnel were killed, has raised concern in Punjab about militants using the mountainous border with Balochistan and Khyber Pakhtunkhwa to enter the province.

Punjab's counter-terrorism officials said the attackers were believed to belong to the TTP, which has been trying to establish a presence in the tri-border area of Punjab, Balochistan and Khyber Pakhtunkhwa. The Border Military Police, a lightly equipped force recruited from local tribes, has been asking for better weapons and vehicles for years.

The Punjab chief minister directed the provincial home department to review the force's needs and to coordinate with the Frontier Corps and Balochistan Levies on joint patrols. A senior official said that the CTD had arrested several suspects in Dera Ghazi Khan and Rajanpur this year who had allegedly been sent to set up cells in southern Punjab.""")

# ---------------------------------------------------------------- threat alert Peshawar (no incident)
R("Joint Threat Assessment Cell", "2026-10-22 19:30", [],
  "Threat alert: follow-on suicide attacks, Peshawar",
  """Following the suicide attack at the Regi check post on 15 Oct, further reporting indicates that the same network has at least two more trained suicide bombers available in the Peshawar region. Possible targets include police lines and training centres, the CTD compound, and crowded places in Hayatabad and Saddar.

The bombers may move on foot from the western and southern outskirts (Regi, Sarband, Mattani) or arrive in public transport from Khyber district. Use of a vehicle-borne device cannot be ruled out.

All concerned are advised to reinforce outer cordons, set up dispersed check points ahead of installations to prevent bombers reaching their targets, and deploy women searchers at entry points of public places. Timing not known; the alert is valid until further notice.""", marking="AMBER", hint="TA", bg=["D052"])

# ---------------------------------------------------------------- D061 Kalat, D062 Panjgur
R("Quetta Evening Post", "2026-10-24 15:00", ["D061", "D062"],
  "Two barbers shot dead in Panjgur; mobile towers torched in Kalat",
  """PANJGUR/KALAT: Two barbers hailing from Punjab were shot dead by unidentified gunmen at their shop in the main bazaar of Panjgur on Saturday morning, police said.

According to police, two armed men entered the shop shortly after it opened and opened fire on the barbers, who died on the spot. The attackers fled on a motorcycle. The bodies were shifted to the district hospital and will be sent to their native district after legal formalities. Traders in Panjgur closed the bazaar in protest.

In Kalat, armed men set fire to two mobile phone towers on the outskirts of the town late on Friday night, disrupting mobile and internet service in parts of the district. Levies officials said the attackers poured fuel on the equipment and generators. No one was hurt.

No group had claimed responsibility for either incident until the evening.""")

R("Crescent Wire Service", "2026-10-25 11:15", ["D062"],
  "Separatists claim killing of two barbers in Balochistan",
  """QUETTA, Oct 25 (CWS): The banned Balochistan Liberation Front (BLF) claimed responsibility on Sunday for the killing of two barbers from Punjab in Panjgur district a day earlier, accusing them of spying, a charge officials dismissed as baseless.

Police said the two men were shot dead inside their shop in the main bazaar on Saturday. They had been working in Panjgur for several years, a local trader said. Separatist groups have frequently targeted workers from Punjab in Balochistan.""")

R("Balochistan Home Department Statement Desk", "2026-10-25 14:30", [],
  "Government condemns killing of barbers in Panjgur",
  """The Government of Balochistan has strongly condemned the killing of two innocent barbers in Panjgur. The government spokesperson said that the killing of poor workers who earn their living by honest means is a heinous crime and the claim of a proscribed organisation that they were spies is a lie meant to justify the murder of innocent people.

The spokesperson said that terrorists of Fitna al-Hindustan want to create hatred between the people of different provinces, but the people of Balochistan have always welcomed those who come to the province to work. The Chief Minister has directed the police and CTD to arrest the killers, and has announced financial assistance for the families of the deceased.

The spokesperson added that the government would also consult traders' associations in Makran division on security of markets and of workers from other provinces.""", bg=["D062"])

# ---------------------------------------------------------------- D063 Bakakhel VBIED
R("Waziristan Awaz Citizen Page", "2026-10-25 06:50", ["D063"],
  "Very big explosion in Bakakhel, Bannu",
  """A very big explosion in Bakakhel area of Bannu near the camp at 5:45am this morning. The sound was heard in all of Bannu city and even in Jani Khel. After the explosion there is heavy firing going on.

People say a vehicle with explosives hit the gate of the camp and then attackers went inside. Houses near the camp are damaged and people are injured. Some people are saying more than 15 martyred but this is not confirmed. Please stay away from Bakakhel and pray for everyone.""")

R("Sapphire News 24", "2026-10-25 09:00", ["D063"],
  "Suicide attack on security forces camp in Bannu",
  """Terrorists have attacked a security forces camp in the Bakakhel area of Bannu with an explosive-laden vehicle this morning, security sources told Sapphire News 24. The explosion was followed by an exchange of fire between the attackers and the security forces.

According to hospital sources, nearly two dozen injured, including women and children from nearby houses, have been brought to the DHQ Hospital Bannu and the CMH. An emergency has been declared in all hospitals of Bannu. The operation against the attackers is still going on. Stay with Sapphire News 24 for further updates.""")

R("Armed Forces Media Directorate", "2026-10-25 15:30", ["D063"],
  "Khawarij' attack on security forces camp in Bannu thwarted; all six khawarij neutralised",
  """In the early hours of 25 October 2026, khawarij attempted to attack a security forces camp in Bakakhel, Bannu District. The khawarij rammed an explosive-laden vehicle into the main gate of the camp, followed by an attempt by five khawarij to enter the camp. The alert troops effectively engaged the khawarij and all six khawarij, including the suicide bomber, were neutralised.

During the exchange of fire, six brave soldiers embraced shahadat. The suicide blast also caused damage to adjoining houses, as a result of which three innocent civilians, including a woman and a child, were martyred and several were injured.

The attack was planned and directed by khawarij operating from Afghanistan, and the facilitators and abettors of this heinous act will be brought to justice. Pakistan has repeatedly urged the Interim Afghan Government to prevent the use of its soil by khawarij.""")

R("Crescent Wire Service", "2026-10-25 16:05", ["D063"],
  "Nine killed as militants attack army camp in Pakistan's Bannu",
  """BANNU, Oct 25 (CWS): Six soldiers and three civilians were killed on Sunday when militants rammed an explosives-laden vehicle into an army camp in Bannu and then tried to storm it, the military said.

All six attackers were killed, the Armed Forces Media Directorate said. The blast damaged nearby houses, killing a woman and a child among the civilians, it said. Hospital officials in Bannu said at least 21 people had been brought in with injuries, most of them civilians.

An alliance of militant groups called Ittehad-ul-Mujahideen Pakistan, which includes a faction of the Hafiz Gul Bahadur group, claimed responsibility.""")

R("Indus Daily Monitor", "2026-10-26 08:30", ["D063"],
  "Bakakhel attack death toll rises to 10; residents demand compensation",
  """BANNU: The death toll from Sunday's vehicle-borne suicide attack on a security forces camp in Bakakhel rose to ten on Monday after a civilian who was wounded when his house collapsed died at a hospital in Peshawar, officials said.

The dead include six soldiers and four civilians. Twenty-one people were injured, more than half of them residents of houses near the camp. The military said all six attackers were killed. The attack was claimed by Ittehad-ul-Mujahideen Pakistan, an alliance formed last year that includes a faction of the Hafiz Gul Bahadur group.

Residents of Bakakhel said at least eight houses had been badly damaged and demanded compensation and the relocation of the camp away from the populated area. Bannu has witnessed a series of attacks on police and security forces this year. Last month, a vehicle-borne suicide attack on a check post in Spinwam, North Waziristan, killed five soldiers, and a constable was killed in a quadcopter attack on a police station in Domel.

A jirga of Bannu elders called for a meeting with the provincial government on security in the district.""", bg=["D032", "D004"])

R("Frontier Ledger", "2026-10-26 09:20", ["D063"],
  "Bannu mourns after Bakakhel attack",
  """BANNU: Shops and markets remained closed in Bannu on Monday as the city mourned the victims of Sunday's suicide attack on a security forces camp in Bakakhel.

Funeral prayers of three civilian victims, including a woman and a boy, were held in Bakakhel on Sunday evening, attended by hundreds of people. A fourth civilian, a shopkeeper, died of his injuries on Monday morning. The bodies of the six martyred soldiers were sent to their hometowns after funeral prayers at the Bannu garrison.

Residents said that the explosion had been so powerful that the roofs of several houses nearest the camp gate collapsed, and that a citizen page's early claims of "more than 15 martyred" had caused panic among families with relatives in the camp. Officials said six soldiers and four civilians had died in total.

The deputy commissioner Bannu said a survey of damaged houses had been started and compensation would be paid according to government policy.""")
