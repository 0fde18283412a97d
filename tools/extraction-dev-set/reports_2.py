from devset import R, G, KARACHI

REPORTS = [

R("Balochistan Today", "2026-07-20T09:00:00+05:00",
  "Govt rejects BLA claim of attack on FC camp in Kalat as 'propaganda'",
  """
QUETTA: The Balochistan government on Sunday rejected as "baseless propaganda" a claim by the banned Balochistan Liberation Army that its fighters had attacked a Frontier Corps camp in Kalat on Saturday night and killed 17 soldiers.

Addressing a press conference at the Civil Secretariat, the government spokesperson said no such incident had taken place. "There was a brief exchange of fire near a check post on the outskirts of Kalat in which no soldier was even injured. The rest is a fabrication circulated on social media by accounts operated from abroad," she said.

The spokesperson urged the media not to reproduce militant claims without verification and said the government would take legal action against social media accounts spreading "fake news" about security forces. She also said that the province's internet shutdown in several districts would be reviewed next week.

Residents of Kalat contacted by this newspaper said they heard heavy firing for about an hour on Saturday night, but they could not confirm any casualties. The BLA has in the past issued exaggerated casualty figures for its attacks, while officials have sometimes withheld figures for security forces' losses.
""",
  [G("ARMED_ASSAULT", "Sat", "PK210", "check post on the outskirts of Kalat",
     alt=["ARMED_CLASH"], targets=["SECURITY_FORCES"], perp="BLA", ps="CLAIMED", optional=True)]),

R("Khyber Times", "2026-07-22T20:00:00+05:00",
  "At least six killed as suicide bomber strikes police checkpoint on Peshawar's Ring Road",
  """
PESHAWAR: At least six people were killed and 11 others injured when a suicide bomber blew himself up at a police checkpoint on the Ring Road near Hayatabad on Wednesday evening, police and rescue officials said. The dead included four policemen.

The capital city police officer told reporters that the bomber, who was on foot, detonated his explosive vest when the policemen stopped him for a search. "The alertness of our men prevented a bigger tragedy, as the bomber was apparently heading for a crowded market," he said. Around eight kilograms of explosives were used, according to the bomb disposal unit.

Rescue 1122 shifted the bodies and the injured to the Hayatabad Medical Complex, where an emergency was declared. Three of the injured were said to be in critical condition.

The police chief said initial investigations pointed to the Jamaat-ul-Ahrar faction, which has carried out several attacks on police in Peshawar in recent years. No group had claimed responsibility by late evening.

The chief minister condemned the attack and paid tribute to the policemen who laid down their lives.
""",
  [G("SUICIDE_ATTACK", "today", "PK528", "Ring Road near Hayatabad", killed=6, kq="AT_LEAST", injured=11,
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="JUA", ps="ATTRIBUTED")]),

R("Makran Times", "2026-07-24T10:30:00+05:00",
  "Rockets fired at Gwadar Port Authority complex",
  """
GWADAR: Unknown militants fired several rockets at the Gwadar Port Authority complex on Thursday night. No casualties were reported, officials said.

According to the police, at least four rockets were fired from the hills of Koh-i-Batil. Two of them landed inside the complex, damaging a boundary wall and a parked vehicle, while the others fell into the sea. Security personnel returned fire and a search operation was launched in the area.

The banned Balochistan Liberation Front claimed responsibility in a statement issued to the media. Gwadar has seen a number of attacks on installations associated with the China-Pakistan Economic Corridor in recent years.

The deputy commissioner said that work at the port continued normally on Friday.
""",
  [G("ARMED_ASSAULT", "Thu", "PK205", "Gwadar Port Authority complex", killed=0, injured=0,
     targets=["INFRASTRUCTURE", "GOVERNMENT"], perp="BLF", ps="CLAIMED")]),

R("The Northern Chronicle", "2026-07-26T16:00:00+05:00",
  "Quadcopter attack kills two children; violence hits four southern districts",
  """
BANNU: Two children were killed and three women injured when a quadcopter dropped explosives on a house in Hurmuz village of Mir Ali tehsil of North Waziristan on Saturday, residents and officials said.

Residents said the drone hovered over the village for several minutes before dropping the device on the courtyard of the house. It was not clear who operated the drone. Local elders staged a protest with the bodies on the Bannu-Miranshah road and demanded an inquiry.

In Lakki Marwat, militants abducted two employees of a private mobile phone company from the Tajori area on Saturday and set fire to a cellular tower. Police said a search was under way.

In D.I. Khan, a customs inspector was shot dead by gunmen in Paharpur tehsil on Sunday. Police said the official was on his way to the office when he was targeted.

Meanwhile in Tank, a constable embraced martyrdom when militants attacked the Gul Imam police check post late on Saturday. The police said two attackers were killed when the personnel retaliated, and described them as khawarij of the banned TTP.
""",
  [G("AIR_STRIKE", "Sat", "PK525", "Hurmuz, Mir Ali tehsil", killed=2, injured=3, alt=["BOMBING"],
     targets=["CIVILIANS"]),
   G("KIDNAPPING", "Sat", "PK519", "Tajori", targets=["CIVILIANS", "INFRASTRUCTURE"]),
   G("TARGETED_KILLING", "today", "PK509", "Paharpur", killed=1, targets=["GOVERNMENT"]),
   G("ARMED_ASSAULT", "Sat", "PK533", "Gul Imam police check post", killed=1, mk=2,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("Quetta Observer", "2026-07-28T09:00:00+05:00",
  "Jaffar Express derailed by blast in Bolan; driver killed",
  """
QUETTA: The driver of the Jaffar Express was killed and 14 passengers were injured when an explosion on the track derailed the engine and three bogies of the Peshawar-bound train near Mach in Bolan on Monday, railway officials said.

The explosives had been planted under the track and were detonated as the train passed through the gorge, a railway police official said. The injured were taken to hospitals in Mach and Sibi. Rescue work was hampered by the difficult terrain.

The banned Balochistan Liberation Army claimed responsibility for the blast. Train services between Quetta and the rest of the country were suspended until further notice.

The attack revived memories of March 11 last year, when militants of the same group hijacked the Jaffar Express in the Bolan pass and took hundreds of passengers hostage. The siege ended the next day after a military operation; officials said 26 hostages were killed.
""",
  [G("BOMBING", "Mon", "PK209", "near Mach, Bolan", killed=1, injured=14, alt=["INFRASTRUCTURE_ATTACK"],
     targets=["CIVILIANS", "INFRASTRUCTURE"], perp="BLA", ps="CLAIMED"),
   G("KIDNAPPING", "2025-03-11", "PK209", "Bolan pass", killed=26,
     targets=["CIVILIANS"], perp="BLA", ps="CLAIMED", optional=True)]),

R("Pakistan Wire Service", "2026-07-30T19:00:00+05:00",
  "Senate passes resolution against terrorism, calls for national dialogue",
  """
ISLAMABAD: The Senate on Thursday unanimously passed a resolution condemning the recent rise in terrorism and calling on the federal government to convene a national dialogue on security with all political parties.

The resolution, moved by the leader of the house, paid tribute to the security forces, police and civilians who had lost their lives in terrorist attacks, and urged the government to take up the issue of cross-border terrorism with Kabul "at the highest level".

Opposition senators criticised the government for not taking parliament into confidence on counter-terrorism policy. One senator from Balochistan said the province's grievances over missing persons and resources needed a political solution.

The interior minister told the house that the National Action Plan was being revised and a new counter-terrorism strategy would be presented to the cabinet next month.
""",
  []),

R("The Northern Chronicle", "2026-08-01T11:00:00+05:00",
  "Grenade hurled at police officer's house in Swat",
  """
MINGORA: Unknown men hurled a hand grenade at the house of a police sub-inspector in the Kabal tehsil of Swat on Friday night. No one was hurt.

Police said the grenade exploded in the courtyard, damaging a wall and the windows of the house. The officer and his family were inside at the time.

The district police officer said the attack appeared to be aimed at intimidating police personnel, several of whom had received threatening letters in recent weeks. A case has been registered and police have increased patrolling in the area.

Residents of Swat have held several peace marches this year against the reappearance of militants in the valley's mountains.
""",
  [G("BOMBING", "Fri", "PK532", "Kabal tehsil", killed=0, injured=0,
     targets=["SECURITY_FORCES"])]),

R("Pakistan Wire Service", "2026-08-03T09:45:00+05:00",
  "Militants briefly seize Surab town, torch bank and Levies station",
  """
SURAB: Dozens of armed militants stormed Surab town on Sunday evening, set fire to a bank, a Levies station and the office of the assistant commissioner, and killed three people before withdrawing, officials said.

A retired government official and two Levies men were killed, while four others were injured. Witnesses said the militants blocked the main highway, set up checkpoints and held the town for around three hours. Reinforcements of the Frontier Corps reached the town late at night.

The banned Balochistan Liberation Front claimed responsibility, saying its fighters had "taken control" of the town. The provincial government said the attack had been repulsed and that the militants had fled before the arrival of security forces.

Surab, which lies on the Quetta-Karachi highway, has seen several similar raids in the past year, prompting traders to demand permanent FC deployment in the town.
""",
  [G("ARMED_ASSAULT", "Sun", "PK233", "Surab town", killed=3, injured=4, any=["PK233", "PK210"],
     targets=["SECURITY_FORCES", "GOVERNMENT", "CIVILIANS"], perp="BLF", ps="CLAIMED")]),

R("Khyber Police", "2026-08-05T13:00:00+05:00",
  "Press note: ASI embraces shahadat as terrorists attack police party in Jamrud",
  """
KHYBER: In the wee hours of today, terrorists attacked a police party of Police Station Jamrud while it was on patrol near Ghundi. As a result of the firing, an ASI embraced shahadat while two constables received injuries.

The police party retaliated bravely, as a result of which one terrorist was killed on the spot while his accomplices fled taking advantage of the darkness. A Kalashnikov, magazines and a hand grenade were recovered from the dead terrorist.

On the directions of the DPO Khyber, the area was cordoned off and a search operation was launched with the help of heavy contingents of police. The injured were shifted to the Jamrud hospital, where their condition is stated to be out of danger.

The funeral prayer of the shaheed ASI was offered at Police Lines with full official honours. The DPO said the sacrifices of police would not go in vain.
""",
  [G("ARMED_ASSAULT", "today", "PK513", "Ghundi, Jamrud", killed=1, injured=2, mk=1,
     targets=["SECURITY_FORCES"])]),

R("Daily Indus Times", "2026-08-07T21:30:00+05:00",
  "Four soldiers martyred as cross-border attack on Chitral posts repulsed",
  """
CHITRAL: Four soldiers were martyred and 12 militants killed when a large group of militants attacked two border posts in the Arandu area of Lower Chitral on Thursday, security officials said.

The attackers, estimated at around 80 to 100, came from across the border in the early hours and attacked the posts from several directions, the officials said. The fighting continued for several hours before the attack was repulsed with the help of reinforcements.

The military's media wing said the attackers belonged to Fitna al-Khawarij and that they had used Afghan territory to launch the attack. It urged the Afghan authorities to take action against militants operating from their soil.

The Arandu area, which borders Afghanistan's Kunar and Nuristan provinces, was last attacked in the autumn of 2023, when militants attacked posts in Chitral and were repulsed after heavy fighting. Residents said schools and markets in Arandu remained closed on Friday.
""",
  [G("ARMED_ASSAULT", "Thu", "PK507", "Arandu", killed=4, mk=12, any=["PK507", "PK508"],
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED"),
   G("ARMED_ASSAULT", "range:2023-09-01:2023-11-30:MONTH", "PK507", "Chitral", any=["PK507", "PK508"],
     targets=["SECURITY_FORCES"], optional=True)]),

R("Karachi Metro News", "2026-08-09T08:00:00+05:00",
  "Three terrorists killed in CTD encounter on Karachi's outskirts",
  """
KARACHI: Three suspected terrorists were killed in an encounter with the Counter Terrorism Department near the Northern Bypass on the outskirts of Karachi late last night, officials said.

A CTD spokesman said the team had been tracking the suspects for several days on a tip-off that they were planning an attack on a foreign nationals' convoy. When the team tried to stop their vehicle, the suspects opened fire, and all three were killed in the exchange of fire. No CTD personnel were hurt.

The spokesman said the dead belonged to the banned Balochistan Liberation Army. Two pistols, a Kalashnikov and a suicide vest were recovered from the vehicle, he added.

Human rights activists have in the past questioned the circumstances of several such encounters in the city.
""",
  [G("SECURITY_OPERATION", "yday", "PK729", "Northern Bypass", killed=0, injured=0, mk=3, any=KARACHI,
     targets=["MILITANTS"], perp="BLA", ps="ATTRIBUTED")]),

R("Frontier Law Reporter", "2026-08-11T17:00:00+05:00",
  "PHC seeks details of persons held in internment centres",
  """
PESHAWAR: The Peshawar High Court on Tuesday directed the provincial government to submit details of all persons held in internment centres in the province, along with the charges against them, within three weeks.

A two-member bench heard a set of petitions filed by relatives of detainees who have been held in the centres for several years without trial. Counsel for the petitioners argued that the law under which the centres operated had lapsed after the merger of the former tribal areas.

The additional advocate general told the court that the detainees had been involved in terrorism and that their release could endanger security. The bench observed that the constitution guaranteed the right to a fair trial and that no one could be held indefinitely.

The hearing was adjourned until September 1.
""",
  []),

R("Quetta Observer", "2026-08-13T10:00:00+05:00",
  "Six injured as blast targets FC vehicle on Quetta's Airport Road",
  """
QUETTA: Six people, including four Frontier Corps personnel and two passers-by, were injured when an improvised explosive device went off near an FC vehicle on Airport Road on Wednesday. There was no loss of life.

According to the police, the bomb had been fitted to a motorcycle parked along the road and was detonated by remote control as the vehicle passed. The injured were taken to the Combined Military Hospital and the Civil Hospital.

The provincial government spokesperson blamed the attack on "terrorists of Fitna al-Hindustan" and said they were trying to disrupt Independence Day celebrations. Security was tightened across the city after the blast.
""",
  [G("BOMBING", "Wed", "PK226", "Airport Road", killed=0, injured=6,
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

R("Pakistan Wire Service", "2026-08-14T20:00:00+05:00",
  "Grenade attacks mar Independence Day in Turbat, Khuzdar",
  """
QUETTA: One person was killed and 13 others injured in two grenade attacks targeting Independence Day activities in Turbat and Khuzdar, while police in Gwadar said they had foiled a plan to attack a flag-hoisting ceremony.

In Turbat, unidentified men on a motorcycle hurled a hand grenade at a stall selling national flags and bunting in the main bazaar on Thursday evening. The stall owner was killed and five people were injured.

In Khuzdar district, a hand grenade was thrown at an Independence Day rally in Wadh on Friday morning, injuring eight participants. The rally had been organised by local traders.

The banned Balochistan Liberation Front claimed responsibility for both attacks.

In Gwadar, police arrested two suspects with explosives and detonators near the venue of a flag-hoisting ceremony on Friday morning. A police spokesman said the suspects had confessed that they were planning to plant a bomb at the venue.
""",
  [G("BOMBING", "Thu", "PK211", "main bazaar, Turbat", killed=1, injured=5,
     targets=["CIVILIANS"], perp="BLF", ps="CLAIMED"),
   G("BOMBING", "today", "PK213", "Wadh", injured=8,
     targets=["CIVILIANS", "POLITICAL"], perp="BLF", ps="CLAIMED"),
   G("SECURITY_OPERATION", "today", "PK205", "Gwadar", targets=["MILITANTS"])]),

R("ISPR", "2026-08-16T09:00:00+05:00",
  "Eleven khawarij neutralised in Tirah operation",
  """
RAWALPINDI: On 15 August 2026, security forces conducted an operation in the general area of Tirah, Khyber District, on reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, eleven khawarij, including ringleaders, were neutralised. Weapons and ammunition were also recovered from the killed khawarij, who remained actively involved in numerous terrorist activities in the area.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.
""",
  [G("SECURITY_OPERATION", "2026-08-15", "PK513", "Tirah", mk=11,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Frontier Daily", "2026-08-18T11:00:00+05:00",
  "Tehsildar, four Levies men kidnapped in Bannu's Jani Khel",
  """
BANNU: Militants kidnapped a tehsildar and four Levies personnel from the Jani Khel area of Bannu on Monday, officials said.

The officials had gone to the area to resolve a land dispute when armed men surrounded their vehicle and took them away to an unknown location. Their vehicle was later found abandoned.

Local elders said the abductors belonged to the Tehreek-i-Taliban Pakistan, though the group has not claimed responsibility. A jirga of elders was formed to negotiate the release of the officials. Two of the Levies men were released late on Monday night, according to the police.

The district administration suspended official movement in the area until further notice.
""",
  [G("KIDNAPPING", "Mon", "PK503", "Jani Khel", targets=["GOVERNMENT", "SECURITY_FORCES"],
     perp="TTP", ps="SUSPECTED")]),

R("Pakistan Wire Service", "2026-08-20T09:30:00+05:00",
  "Five killed in Chaman market blast",
  """
CHAMAN: Five people were killed when a bomb fitted to a motorcycle exploded in a crowded market on Taj Road in Chaman on Wednesday. Hospital sources said up to 14 people were injured.

Police said the blast appeared to target the vehicle of a pro-government tribal elder which was passing through the market at the time. The elder escaped unhurt but his guard was among the dead. Several shops and vehicles were damaged.

The injured were taken to the District Headquarters Hospital, where an emergency was declared. Critically injured patients were referred to Quetta.

No group claimed responsibility. The district police officer said it was too early to say who was behind the attack. Traders of the border town observed a shutter-down strike on Thursday.
""",
  [G("BOMBING", "Wed", "PK235", "Taj Road market", killed=5, injured=14, iq="UP_TO",
     any=["PK235", "PK214"], targets=["CIVILIANS"])]),

R("Frontier Daily", "2026-08-21T09:00:00+05:00",
  "Two soldiers, civilian martyred in Makeen IED blast",
  """
WANA: Two soldiers and a civilian were martyred when an improvised explosive device struck a security forces' vehicle in the Makeen area of Upper South Waziristan on Thursday, officials said.

The civilian, a local driver, was travelling in a pickup behind the military vehicle when the device exploded. Three other soldiers were injured and evacuated to the Combined Military Hospital in D.I. Khan.

Security officials blamed the attack on khawarij of the banned TTP and said a search operation had been launched in the surrounding area.
""",
  [G("BOMBING", "Thu", "PK530", "Makeen", killed=3, injured=3, any=["PK530", "PK591"],
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="TTP", ps="ATTRIBUTED")]),

R("The Northern Chronicle", "2026-08-22T18:00:00+05:00",
  "Three FC personnel embrace martyrdom as militants attack Mohmand fort",
  """
GHALLANAI: Three Frontier Corps personnel embraced martyrdom when militants attacked an FC fort in the Safi tehsil of Mohmand district early on Saturday, officials said. Five attackers were killed in the retaliation.

According to security officials, militants opened fire from three sides using rocket-propelled grenades and heavy weapons. The personnel responded effectively and the attackers were forced to retreat, leaving behind the bodies of five of their comrades.

Officials described the attackers as "khawarij" and said they had come from across the border. Two soldiers were also injured in the attack.
""",
  [G("ARMED_ASSAULT", "today", "PK524", "Safi tehsil", killed=3, injured=2, mk=5,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("Frontier Daily", "2026-08-24T10:00:00+05:00",
  "KP apex committee approves targeted operations, more funds for CTD",
  """
PESHAWAR: The Khyber Pakhtunkhwa apex committee on Monday approved targeted operations against militants in parts of Bajaur, Khyber and the southern districts, and decided to increase the strength of the Counter Terrorism Department by 2,000 personnel.

The meeting, chaired by the chief minister, was attended by the corps commander Peshawar, the chief secretary, the inspector general of police and other officials. It was decided that operations would be conducted in consultation with local jirgas and that displaced families would be compensated.

Participants were told that police had been provided with thermal imaging equipment, drones and armoured personnel carriers for posts in the southern districts. The committee also approved a plan to fill vacant posts in the police in the merged districts.

The chief minister said the provincial government would not allow large-scale displacement of the population and that peace was the top priority.
""",
  []),

R("Karachi Metro News", "2026-08-26T21:00:00+05:00",
  "SSU officer shot dead near Korangi Crossing; SRA claims killing",
  """
KARACHI: An assistant sub-inspector of the Special Security Unit was shot dead near Korangi Crossing on Wednesday morning, police said.

The officer was riding his motorcycle to work when two men on another motorcycle opened fire on him. He died on the spot. Police said the attackers used 9mm pistols.

The banned Sindhudesh Revolutionary Army claimed responsibility in a statement circulated on social media. Police said they were examining the claim.

The SSP Korangi said the officer had no personal enmity and the killing appeared to be an act of terrorism. A case was registered at the CTD police station.
""",
  [G("TARGETED_KILLING", "today", "PK712", "Korangi Crossing", killed=1,
     targets=["SECURITY_FORCES"], perp="SRA", ps="CLAIMED")]),

R("Daily Indus Times", "2026-08-28T08:45:00+05:00",
  "Railway track damaged in blast near Nawabshah",
  """
NAWABSHAH: A portion of the main railway line was damaged in a low-intensity blast near Nawabshah late last night, railway officials said. No loss of life was reported.

The blast occurred about 15 minutes before the Karachi-bound Tezgam was due to pass. The train was stopped at the Nawabshah station and traffic on the main line was suspended for around seven hours while the track was repaired.

Police suspected the involvement of the banned Sindhudesh Revolutionary Army, which has in the past carried out small blasts on railway tracks in interior Sindh. No claim had been made by Friday morning.
""",
  [G("INFRASTRUCTURE_ATTACK", "yday", "PK719", "railway line near Nawabshah", killed=0,
     targets=["INFRASTRUCTURE"], perp="SRA", ps="SUSPECTED")]),

R("Makran Times", "2026-08-30T15:00:00+05:00",
  "Five labourers shot dead in Panjgur",
  """
PANJGUR: Five labourers were shot dead and another was injured when gunmen stormed their residence at a construction site in the Khuda Abadan area of Panjgur on Saturday night, officials said.

The labourers, all from southern Punjab, were working on the construction of a private building. The attackers fled after the shooting. The injured labourer was taken to the District Headquarters Hospital.

There was no claim of responsibility, but officials blamed Fitna al-Hindustan terrorists for the killings. The chief minister said the enemies of Balochistan wanted to sow discord between provinces.
""",
  [G("ARMED_ASSAULT", "Sat", "PK224", "Khuda Abadan", killed=5, injured=1, alt=["TARGETED_KILLING"],
     targets=["CIVILIANS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

]
