from devset import R, G, KARACHI

REPORTS = [

R("Pakistan Wire Service", "2026-10-12T09:00:00+05:00",
  "Six soldiers martyred in suicide attack on Mir Ali checkpoint",
  """
MIRANSHAH: Six soldiers were martyred and nine others injured when a suicide bomber rammed an explosives-laden pickup into a security checkpoint in the Mir Ali tehsil of North Waziristan on Sunday, officials said.

The military's media wing said the attack was carried out by khawarij of Fitna al-Khawarij and that troops had killed two other attackers who tried to enter the checkpoint after the explosion. The blast also damaged several nearby houses, it said.

A faction of the Hafiz Gul Bahadur group claimed responsibility for the attack in a message sent to journalists.

The checkpoint, on the main road between Mir Ali and Miranshah, had been attacked twice this year. Residents said a curfew was imposed in parts of the tehsil after the attack.
""",
  [G("SUICIDE_ATTACK", "Sun", "PK525", "Mir Ali", killed=6, injured=9, mk=2,
     targets=["SECURITY_FORCES"], perp="HGB", ps="CLAIMED")]),

R("Quetta Observer", "2026-10-14T19:30:00+05:00",
  "Three policemen martyred in attack on patrol in Kuchlak",
  """
QUETTA: Three policemen were martyred when gunmen ambushed a police patrol in Kuchlak on the outskirts of Quetta on Tuesday, police said.

The patrol was returning to the Kuchlak police station after checking vehicles on the Quetta-Chaman highway when it came under fire from a nearby orchard. The attackers fled before reinforcements arrived. The bodies were taken to the Civil Hospital in Quetta.

A senior police officer blamed the banned Tehreek-i-Taliban Pakistan, which he said had set up cells in the Kuchlak and Pishin areas. The inspector general of police said on Wednesday that a special team had been formed to trace the attackers.

Funeral prayers for the slain policemen were offered at Police Lines Quetta, attended by the chief minister.
""",
  [G("ARMED_ASSAULT", "Tue", "PK226", "Kuchlak", killed=3,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("Karachi Metro News", "2026-10-16T10:00:00+05:00",
  "Two policemen injured as gunmen fire on police mobile",
  """
KARACHI: Two policemen were injured when unidentified gunmen opened fire on a police mobile near a petrol pump on the Super Highway late on Thursday night, police said. There were no fatalities.

Police said the gunmen, riding two motorcycles, fired at the mobile when it stopped near the petrol pump. The policemen returned fire and the attackers fled. The injured were taken to the Jinnah Postgraduate Medical Centre.

Police officials said they were investigating whether the attack was linked to the arrest of members of a criminal gang in the area last week or was an act of terrorism.
""",
  [G("ARMED_ASSAULT", "Thu", "PK714", "Super Highway", killed=0, injured=2, any=KARACHI,
     targets=["SECURITY_FORCES"])]),

R("National Herald PK", "2026-10-18T11:30:00+05:00",
  "Pakistan, Afghanistan agree to continue talks on cross-border militancy",
  """
ISLAMABAD: Pakistan and Afghanistan agreed on Saturday to hold another round of talks on cross-border militancy next month, after two days of discussions in Doha mediated by Qatar and Turkey, the Foreign Office said.

The Pakistani delegation presented evidence of the use of Afghan soil by militants who carried out attacks in Khyber Pakhtunkhwa and Balochistan, and demanded verifiable action against their hideouts. The Afghan side reiterated that it did not allow its territory to be used against any country.

The two sides agreed to set up a joint monitoring mechanism and to keep the Torkham and Chaman border crossings open for trade. Diplomats described the talks as "frank and constructive".

Analysts said the outcome would depend on whether the Afghan authorities acted against the militant groups that Pakistan blames for the recent surge in violence.
""",
  []),

R("Makran Times", "2026-10-20T08:30:00+05:00",
  "Three Coast Guards personnel abducted in Pasni",
  """
PASNI: Armed men abducted three personnel of the Pakistan Coast Guards from a check post near Pasni in Gwadar district on Monday, officials said.

According to officials, the attackers overpowered the personnel at the post on the coastal highway, took away their weapons and drove them towards the mountains. A search operation was launched.

The banned Balochistan Liberation Army claimed responsibility in a statement, saying it had "taken into custody" three personnel and would put them on trial in its so-called court.
""",
  [G("KIDNAPPING", "Mon", "PK205", "check post near Pasni", targets=["SECURITY_FORCES"],
     perp="BLA", ps="CLAIMED")]),

R("Daily Indus Times", "2026-10-22T20:00:00+05:00",
  "Militants attack police check post in Taunsa's tribal area",
  """
DERA GHAZI KHAN: Militants attacked a police check post in the tribal area of Taunsa district on Wednesday night, police said. The attack was repulsed and there were no casualties among the police.

According to the regional police officer, a group of 15 to 20 militants came from the Balochistan side of the border and attacked the post with heavy weapons. The police responded and the militants retreated after an hour-long exchange of fire.

The police said the attackers were members of the banned TTP who had been using the mountains along the Punjab-Balochistan border to move between Khyber Pakhtunkhwa and Balochistan. The Punjab police have set up a string of new check posts in the area this year.
""",
  [G("ARMED_ASSAULT", "Wed", "PK694", "tribal area of Taunsa", killed=0, injured=0, any=["PK694", "PK607"],
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("ISPR", "2026-10-24T12:00:00+05:00",
  "Khawarij use quadcopter to target civilians in Bannu; two children martyred",
  """
RAWALPINDI: On 23 October 2026, khawarij of the Indian proxy Fitna al Khawarij used a quadcopter to drop an explosive device on a residential compound in the Mamash Khel area of Bannu District, in a cowardly act targeting innocent civilians.

As a result, two children were martyred and four women were injured. The injured have been shifted to the nearest medical facility.

Security forces have launched a sanitisation operation in the area, and the perpetrators of this heinous act will be brought to justice. Such cowardly acts by the khawarij expose their true face and their disregard for human lives.
""",
  [G("AIR_STRIKE", "2026-10-23", "PK503", "Mamash Khel", killed=2, injured=4, alt=["BOMBING"],
     targets=["CIVILIANS"], perp="TTP", ps="ATTRIBUTED")]),

R("Frontier Daily", "2026-10-26T09:00:00+05:00",
  "Fear and flight in Tirah as fighting rages",
  """
BARA: A woman and two children were killed when a mortar shell landed on a house in the Bagh Maidan area of Tirah on Saturday, residents said, as fighting between security forces and militants continued in the valley.

Residents said it was not clear from which side the shell had been fired. "There was heavy firing from both sides through the night. In the morning the shell hit the house," a local elder said by telephone. The bodies were brought to Bara for burial.

Thousands of families have left Tirah since September, travelling on foot and in pickups to Bara, Jamrud and Peshawar. The provincial government has set up registration points, but many families say they have received no assistance. Schools in the valley have been closed for weeks.

Earlier this month, jets struck suspected militant hideouts in the valley, and residents say several civilians were killed in those strikes. Security officials say the militants have been using Tirah's forests and mountains as a base for attacks in Khyber and Peshawar.

A jirga of elders from Tirah has demanded that the government announce a timeframe for the return of the displaced and compensation for damaged homes.
""",
  [G("ARMED_CLASH", "Sat", "PK513", "Bagh Maidan, Tirah", killed=3, alt=["ARMED_ASSAULT"],
     targets=["CIVILIANS"]),
   G("AIR_STRIKE", "thismonth", "PK513", "Tirah", targets=["MILITANTS", "CIVILIANS"], optional=True)]),

R("Quetta Observer", "2026-10-28T10:00:00+05:00",
  "Seven militants killed, two soldiers martyred in Zhob operation",
  """
ZHOB: Security forces killed seven militants trying to infiltrate from Afghanistan in the Sambaza area of Zhob district on Tuesday, security officials said. Two soldiers embraced shahadat during the exchange of fire.

Officials said the militants, described as khawarij, were intercepted as they tried to cross the border. Weapons, ammunition and explosives were recovered. A search operation was under way in the area.

Zhob has seen several infiltration attempts this year. Officials said the district's mountainous border with Afghanistan's Paktika and Zabul provinces was difficult to monitor.
""",
  [G("SECURITY_OPERATION", "Tue", "PK231", "Sambaza", killed=2, mk=7, alt=["ARMED_CLASH"],
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Pakistan Wire Service", "2026-10-30T19:00:00+05:00",
  "Driver killed, six students injured as blast hits school van in Khuzdar",
  """
KHUZDAR: The driver of a school van was killed and seven people, including six students, were injured when a roadside bomb exploded near the van on the outskirts of Khuzdar on Thursday, officials said.

The van was taking students of a private school to their homes when the device exploded. The injured children, aged between nine and 14, were taken to the District Headquarters Hospital Khuzdar, where the condition of two was said to be serious.

The provincial government spokesperson blamed "Fitna al-Hindustan" for the attack and said targeting children was an act of cowardice.

In May last year, a suicide car bomber attacked a school bus in Khuzdar, killing several children, in an attack that drew nationwide condemnation.
""",
  [G("BOMBING", "Thu", "PK213", "outskirts of Khuzdar", killed=1, injured=7,
     targets=["EDUCATION", "CIVILIANS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED"),
   G("SUICIDE_ATTACK", "month:2025-05", "PK213", "Khuzdar", targets=["EDUCATION", "CIVILIANS"],
     optional=True)]),

R("Pakistan Wire Service", "2026-10-31T17:00:00+05:00",
  "DG ISPR says over 1,200 terrorists killed this year",
  """
RAWALPINDI: The Director General of Inter-Services Public Relations said on Saturday that security forces had conducted more than 60,000 intelligence-based operations this year, killing over 1,200 terrorists, including more than 250 of Afghan nationality.

Addressing a press conference at the ISPR headquarters, he said that terrorists were being sponsored by hostile intelligence agencies and were using Afghan territory as a base. He said 520 soldiers and police personnel had been martyred in the same period.

He said the security forces would continue operations until the last terrorist was eliminated and that there would be no talks with the khawarij. He urged the media to avoid amplifying terrorist propaganda.
""",
  []),

R("KP Police", "2026-11-01T09:30:00+05:00",
  "Weekly crime review: teachers freed, constable martyred in Karak",
  """
PESHAWAR: Two government school teachers who had been abducted by militants from their school in the Jandola area of Tank last week have been released, a police spokesman said on Sunday. He said the teachers were freed on Saturday after the intervention of local elders and were in good health.

In Karak, a police constable was martyred on Saturday when unidentified gunmen opened fire on him near his house in the Takht-e-Nasrati area. The attackers fled. Police said a case had been registered and raids were being conducted.

The spokesman said that police across the province had arrested 46 suspects in search and strike operations during the week and recovered large quantities of arms and ammunition.
""",
  [G("KIDNAPPING", "lastweek", "PK533", "Jandola", targets=["EDUCATION", "CIVILIANS"]),
   G("TARGETED_KILLING", "Sat", "PK512", "Takht-e-Nasrati", killed=1,
     targets=["SECURITY_FORCES"])]),

R("Daily Indus Times", "2026-11-03T11:00:00+05:00",
  "Sindh apex committee reviews security of foreign nationals",
  """
KARACHI: The Sindh apex committee on Monday decided to set up a dedicated unit of the police for the security of foreign nationals and to make the use of bullet-proof vehicles mandatory for Chinese nationals travelling within the province.

The meeting, chaired by the chief minister at the Chief Minister's House, was attended by the corps commander Karachi, the director general of the Rangers, the inspector general of police and other officials. It reviewed the implementation of decisions taken at the previous meeting, including the registration of private security companies.

The committee also decided to step up action against street crime and the illegal economy, and to expedite the cases of terrorism suspects in anti-terrorism courts.
""",
  []),

R("Khyber Times", "2026-11-04T20:00:00+05:00",
  "Seven passengers killed as gunmen ambush van in Kurram",
  """
PARACHINAR: Seven passengers were killed and five others injured when gunmen opened fire on a passenger van near Mandori in Lower Kurram on Wednesday, officials said.

The van was travelling from Parachinar to Peshawar when it came under fire. The injured were taken to the Tehsil Headquarters Hospital in Alizai and the District Headquarters Hospital in Parachinar.

The deputy commissioner said the van had been travelling outside the scheduled convoy. The Thall-Parachinar road was closed to traffic after the attack. No group claimed responsibility.
""",
  [G("ARMED_ASSAULT", "today", "PK518", "Mandori, Lower Kurram", killed=7, injured=5,
     targets=["CIVILIANS"])]),

R("Daily Indus Times", "2026-11-05T10:00:00+05:00",
  "Kurram van attack toll rises to 10; protests in Parachinar",
  """
PARACHINAR: Three of the passengers injured in Wednesday's attack on a van near Mandori in Lower Kurram died overnight at the District Headquarters Hospital Parachinar, raising the death toll to 10, hospital officials said.

Hundreds of people staged a sit-in outside the press club in Parachinar on Thursday, demanding the arrest of the attackers and the reopening of the Thall-Parachinar road. Speakers said the government had failed to protect travellers despite repeated promises.

The district administration said the road would reopen once security had been reviewed, and that a case had been registered against unknown attackers.
""",
  [G("ARMED_ASSAULT", "Wed", "PK518", "Mandori, Lower Kurram", killed=10,
     targets=["CIVILIANS"])]),

R("ISPR", "2026-11-06T19:00:00+05:00",
  "Five terrorists of Fitna al Hindustan neutralised in Awaran",
  """
RAWALPINDI: On 5 November 2026, security forces conducted an intelligence based operation in the general area of Awaran District, on reported presence of terrorists belonging to the Indian proxy Fitna al Hindustan.

During the conduct of the operation, own troops effectively engaged the terrorists' location and, as a result, five Indian sponsored terrorists were sent to hell. Weapons, ammunition and explosives were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities in the area.

Sanitisation operation is being conducted to eliminate any other Indian sponsored terrorist found in the area.
""",
  [G("SECURITY_OPERATION", "2026-11-05", "PK201", "Awaran", mk=5,
     targets=["MILITANTS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

R("Makran Times", "2026-11-07T09:00:00+05:00",
  "Two shot dead in Turbat; grenade thrown at official's house in Tump",
  """
TURBAT: Two men were shot dead by unidentified gunmen in the Absar area of Turbat late last night, police said.

The victims, who ran a grocery shop, were closing the shop when gunmen on a motorcycle opened fire on them. Both died on the spot. Police said the motive for the killings was not yet known and that personal enmity could not be ruled out.

Separately, unidentified men hurled a hand grenade at the house of a local government official in Tump on Friday. There were no casualties, but the boundary wall of the house was damaged.
""",
  [G("TARGETED_KILLING", "yday", "PK211", "Absar, Turbat", killed=2, targets=["CIVILIANS"]),
   G("BOMBING", "Fri", "PK211", "Tump", killed=0, injured=0, targets=["GOVERNMENT"])]),

R("Pakistan Wire Service", "2026-11-08T21:00:00+05:00",
  "Suicide bomber kills five, including polio workers, in Mastung",
  """
MASTUNG: Five people, including three policemen and two polio workers, were killed and about a dozen others injured when a suicide bomber targeted a police vehicle escorting a polio vaccination team in the Dringarh area of Mastung on Sunday, officials said.

The bomber, riding a motorcycle, rammed into the police vehicle as the team was moving between villages. The injured were taken to the District Headquarters Hospital Mastung and the Civil Hospital in Quetta.

The Islamic State Khorasan Province claimed responsibility for the attack. The group has a presence in the Mastung area and has carried out several attacks in the district.

The provincial health department suspended the polio campaign in the district for three days.
""",
  [G("SUICIDE_ATTACK", "today", "PK220", "Dringarh", killed=5, injured=12, iq="APPROX",
     targets=["SECURITY_FORCES", "HEALTH"], perp="ISKP", ps="CLAIMED")]),

R("National Herald PK", "2026-11-09T08:30:00+05:00",
  "Federal apex committee reviews National Action Plan implementation",
  """
ISLAMABAD: The federal apex committee on Sunday reviewed the implementation of the revised National Action Plan and directed the provinces to complete the reorganisation of their counter-terrorism departments by the end of the year.

The meeting, chaired by the prime minister, was attended by the chief ministers, the army chief, the interior minister and senior officials. The committee approved a plan to curb the financing of terrorism through the illegal economy, including the smuggling of fuel and goods across the western border.

The prime minister said there could be no compromise on the writ of the state and that the provinces and the federation would act together. The committee also directed the district coordination committees in the most affected districts to meet weekly and report progress to the provincial apex committees.
""",
  []),

R("Frontier Daily", "2026-11-10T15:00:00+05:00",
  "Three customs officials kidnapped on Indus Highway near DI Khan",
  """
DI KHAN: Militants kidnapped three customs officials after stopping their vehicle on the Indus Highway near the Kot Jai area of DI Khan on Monday night, police said.

The officials were returning from a checkpoint when armed men who had set up a blockade stopped their vehicle. The militants took the officials and set the vehicle on fire.

The banned TTP claimed responsibility for the kidnapping, saying the officials would be released only if the government freed its detained members. Police and the district administration said efforts were being made to secure their release.
""",
  [G("KIDNAPPING", "Mon", "PK509", "Indus Highway near Kot Jai", targets=["GOVERNMENT"],
     perp="TTP", ps="CLAIMED")]),

R("Daily Indus Times", "2026-11-11T19:00:00+05:00",
  "Police foil suicide attack in Islamabad; bomber shot dead at I-10 checkpoint",
  """
ISLAMABAD: Police shot dead a would-be suicide bomber at a checkpoint in the I-10 sector of the capital on Wednesday morning, foiling what officials described as a planned attack on a government building. No one else was hurt.

According to the police, the suspect tried to run when he was asked to stop for a search. Policemen opened fire, and the bomb disposal squad later defused an explosive vest containing around six kilograms of explosives that he was wearing.

The interior ministry blamed Jamaat-ul-Ahrar for the attempted attack. The capital has been on high alert since the November 2025 suicide bombing outside the district courts in G-11, which killed 12 people.
""",
  [G("SUICIDE_ATTACK", "today", "PK401", "I-10 checkpoint", killed=0, mk=1,
     alt=["SECURITY_OPERATION"], targets=["SECURITY_FORCES", "GOVERNMENT"], perp="JUA", ps="ATTRIBUTED"),
   G("SUICIDE_ATTACK", "month:2025-11", "PK401", "district courts, G-11", killed=12,
     targets=["CIVILIANS", "GOVERNMENT"], optional=True)]),

R("Quetta Observer", "2026-11-12T10:00:00+05:00",
  "Militants torch road construction camp in Kharan",
  """
KHARAN: Militants set fire to a road construction camp of the National Highway Authority in Kharan district on Wednesday night and took away two workers, officials said.

About 20 armed men stormed the camp, torched six vehicles, two excavators and a fuel tanker, and left with two of the workers. The remaining staff were locked in a room.

The banned Balochistan Liberation Front claimed responsibility in a statement. Work on the road, which links Kharan with the N-40, was suspended.
""",
  [G("INFRASTRUCTURE_ATTACK", "Wed", "PK212", "road construction camp, Kharan", alt=["KIDNAPPING"],
     targets=["INFRASTRUCTURE", "CIVILIANS"], perp="BLF", ps="CLAIMED")]),

R("Khyber Times", "2026-11-13T18:30:00+05:00",
  "Grenade attack on Chamkani police station",
  """
PESHAWAR: Unidentified men hurled a hand grenade at the Chamkani police station in the early hours of Friday, injuring two constables on sentry duty, police said.

A police spokesman said the attackers threw the grenade over the boundary wall and fled in a car. The injured were shifted to the Lady Reading Hospital.

The SSP Operations said the attack was being investigated and that the security of police stations in the city had been reviewed.
""",
  [G("BOMBING", "today", "PK528", "Chamkani police station", injured=2,
     targets=["SECURITY_FORCES"])]),

R("The Northern Chronicle", "2026-11-14T09:00:00+05:00",
  "In Bannu and Lakki, a season of fear",
  """
BANNU: For the residents of the southern districts of Khyber Pakhtunkhwa, autumn has brought no relief from the violence that has gripped the region for three years.

On Friday, police recovered the bullet-riddled body of a government school teacher from a field in the Jani Khel area of Bannu. The teacher had been abducted by militants earlier in the week, his family said. A police official said the teacher appeared to have been killed a few hours before the body was found.

Earlier this month, militants shot dead two brothers of a peace committee leader in Sarai Naurang in Lakki Marwat. The committee had been formed last year to help police keep militants out of the villages. Since then, several of its members have left the area.

Police officials say they are stretched thin. In Lakki Marwat, police stations in the Bettani and Pezu areas have been attacked repeatedly, and policemen have protested against what they call inadequate equipment. In Bannu, a sit-in by traders demanding peace lasted for several weeks last year.

Residents say the presence of militants is visible at night in many villages. "They come, they take food and money, and they leave. Nobody can stop them," said an elder from the Baka Khel area.

The provincial government says it has increased the number of police in the southern districts and provided them with new equipment. But residents say they are yet to see the difference.
""",
  [G("KIDNAPPING", "Fri", "PK503", "Jani Khel", killed=1, alt=["TARGETED_KILLING"],
     targets=["EDUCATION", "CIVILIANS"]),
   G("TARGETED_KILLING", "thismonth", "PK519", "Sarai Naurang", killed=2,
     targets=["CIVILIANS"])]),

R("Pakistan Wire Service", "2026-11-15T20:00:00+05:00",
  "Two FC men martyred as militants attack Saindak project convoy",
  """
DALBANDIN: Two Frontier Corps personnel were martyred and three others injured when militants attacked a convoy carrying Chinese engineers of the Saindak copper and gold project in Chagai district on Sunday, officials said. All the Chinese nationals remained safe.

The convoy was travelling from Dalbandin towards Saindak when militants opened fire from a hill along the road. The FC escort returned fire and the convoy reached the project site safely.

The banned Balochistan Liberation Army claimed responsibility for the attack.
""",
  [G("ARMED_ASSAULT", "today", "PK203", "Dalbandin-Saindak road", killed=2, injured=3,
     targets=["SECURITY_FORCES", "FOREIGN_NATIONALS"], perp="BLA", ps="CLAIMED")]),

R("Frontier Daily", "2026-11-16T08:30:00+05:00",
  "No military operation without jirga's consent, says KP chief minister",
  """
PESHAWAR: The Khyber Pakhtunkhwa chief minister said on Sunday that no military operation would be allowed in the province without the consent of local jirgas, and that displacement of the population would not be accepted.

Speaking at a press conference in Peshawar, the chief minister said the provincial government was committed to eliminating terrorism but believed that dialogue with tribal elders was essential. He said that previous operations had caused large-scale displacement and economic losses.

He also demanded that the federal government release the province's share of funds for the merged districts and for the police. He said the province had lost hundreds of policemen in attacks in recent years.
""",
  []),

R("ISPR", "2026-11-17T13:00:00+05:00",
  "Infiltration attempt foiled in Bajaur, nine khawarij killed",
  """
RAWALPINDI: On 16 November 2026, security forces observed movement of a group of khawarij trying to infiltrate through the Pakistan-Afghanistan border in the general area of Bajaur District.

Own troops effectively engaged and thwarted the infiltration attempt. After an intense exchange of fire, nine khawarij were sent to hell. Weapons, ammunition and explosives were recovered from the killed khawarij.

Pakistan expects the Interim Afghan Government to fulfil its obligations and deny the use of its soil by khawarij for terrorist activities against Pakistan.
""",
  [G("SECURITY_OPERATION", "2026-11-16", "PK502", "Bajaur border", mk=9, alt=["ARMED_CLASH"],
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Karachi Metro News", "2026-11-18T21:00:00+05:00",
  "Passer-by killed, three Rangers injured in Gulshan-e-Iqbal blast",
  """
KARACHI: A passer-by was killed and three Rangers personnel were injured when a bomb exploded near a Rangers vehicle in Gulshan-e-Iqbal on Wednesday evening, police said.

The device, planted in a motorcycle parked near a bakery, was detonated as the vehicle passed. The injured were taken to the Patel Hospital and the passer-by's body to the Jinnah Postgraduate Medical Centre.

The banned Sindhudesh Revolutionary Army claimed responsibility for the blast in a statement. The SSP East said the claim was being examined.
""",
  [G("BOMBING", "today", "PK704", "Gulshan-e-Iqbal", killed=1, injured=3,
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="SRA", ps="CLAIMED")]),

R("Frontier Daily", "2026-11-19T10:00:00+05:00",
  "Two militants killed as attack on Lower Dir check post repulsed",
  """
TIMERGARA: Two militants were killed when police repulsed an attack on a check post in the Maidan area of Lower Dir on Wednesday night, police said. No policemen were killed or injured.

The district police officer said militants opened fire on the post from a nearby hill. The police returned fire, and two militants were killed. Their bodies were found in the morning during a search of the area.

Police said the dead militants belonged to the banned TTP.
""",
  [G("ARMED_ASSAULT", "Wed", "PK520", "Maidan", killed=0, injured=0, mk=2,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("Balochistan Today", "2026-11-20T09:00:00+05:00",
  "Week in Balochistan: pipeline blast, IED attack on Levies officer, Kohlu operation",
  """
QUETTA: Last week, militants blew up a gas pipeline in the Chattar area of Nasirabad district, suspending the supply of gas to several towns, including Dera Murad Jamali, for three days. No one was hurt.

On Tuesday this week, a Levies officer and two of his guards were injured when an improvised explosive device went off near their vehicle in Jhal Magsi. Officials said the device had been planted on the roadside and was detonated by remote control.

On Wednesday, security forces killed three militants in an operation in the mountains of Kohlu, officials said. A spokesman described the militants as members of "Fitna al-Hindustan".

The week also saw protests in Quetta by traders against extortion, and a sit-in by families of missing persons outside the press club.
""",
  [G("INFRASTRUCTURE_ATTACK", "lastweek", "PK222", "Chattar", killed=0, injured=0,
     targets=["INFRASTRUCTURE"]),
   G("BOMBING", "Tue", "PK208", "Jhal Magsi", injured=3,
     targets=["SECURITY_FORCES"]),
   G("SECURITY_OPERATION", "Wed", "PK216", "Kohlu", mk=3,
     targets=["MILITANTS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

]
