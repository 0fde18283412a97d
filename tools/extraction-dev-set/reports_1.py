from devset import R, G, KARACHI

REPORTS = [

R("Pakistan Wire Service", "2026-06-02T09:15:00+05:00",
  "Three Levies men martyred in attack on Kalat checkpost",
  """
QUETTA: Three Levies personnel were martyred and two others injured when unidentified armed men attacked a checkpost in the Mangochar area of Kalat district late last night, officials said.

According to the Levies Force, a group of armed men riding motorcycles opened fire on the checkpost on the National Highway from the surrounding hills. The personnel on duty returned fire and the exchange continued for nearly an hour before the attackers fled towards the mountains.

The bodies and the injured were shifted to the District Headquarters Hospital Kalat, from where the wounded were referred to Quetta for treatment. The deputy commissioner said a search operation had been launched in the area and traffic on the highway was suspended for several hours.

No group has claimed responsibility so far, but a senior Levies official, speaking on condition of anonymity, suspected the involvement of the banned Balochistan Liberation Army, which has carried out several attacks along the highway over the past year.
""",
  [G("ARMED_ASSAULT", "yday", "PK210", "Mangochar", killed=3, injured=2,
     targets=["SECURITY_FORCES"], perp="BLA", ps="SUSPECTED")]),

R("ISPR", "2026-06-03T21:10:00+05:00",
  "Six khawarij sent to hell in North Waziristan IBO; soldier embraces shahadat",
  """
RAWALPINDI: On 3 June 2026, security forces conducted an intelligence based operation in Datta Khel area of North Waziristan District, on reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, six khawarij were sent to hell. Weapons, ammunition and explosives were also recovered from the killed khawarij, who remained actively involved in numerous terrorist activities against the security forces as well as in target killing of innocent civilians.

However, during the intense exchange of fire, a sepoy aged 24 years, resident of District Karak, having fought gallantly, embraced shahadat.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.
""",
  [G("SECURITY_OPERATION", "2026-06-03", "PK525", "Datta Khel", killed=1, mk=6,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Frontier Daily", "2026-06-05T11:00:00+05:00",
  "Traffic constable shot dead in Peshawar",
  """
PESHAWAR: A traffic police constable was shot dead by unidentified motorcyclists near Pajaggi Road in the limits of Pishtakhara police station on Thursday evening, police said.

The SHO of Pishtakhara said the constable was on his way home after completing his duty when two men riding a motorcycle intercepted him and opened fire, killing him on the spot. The assailants managed to escape.

Funeral prayers for the slain constable were offered at Malik Saad Shaheed Police Lines and attended by the capital city police officer and other senior officers. He was later laid to rest in his ancestral graveyard.

Police have registered a case against unknown persons and collected empty shells from the scene. Officials said CCTV footage from nearby shops was being examined. This was the third attack on policemen in the provincial capital since the start of the year.
""",
  [G("TARGETED_KILLING", "Thu", "PK528", "Pajaggi Road, Pishtakhara", killed=1,
     targets=["SECURITY_FORCES"])]),

R("Balochistan Today", "2026-06-06T19:00:00+05:00",
  "Apex committee approves new security plan for highways",
  """
QUETTA: The Balochistan apex committee on Saturday approved a new security plan for the province's national highways, including the deployment of additional Frontier Corps and police units and a ban on night travel for passenger coaches on the N-25 and N-40.

The meeting, chaired by the chief minister and attended by the corps commander, the chief secretary, the inspector general of police and senior officials of the intelligence agencies, reviewed the law and order situation in the province. Participants were briefed on the progress of the merger of the Levies Force into the police and on the establishment of new highway patrol posts between Quetta and Karachi.

The committee directed the home department to install cameras at entry and exit points of major towns and to complete the verification of transporters within a month. It also approved funds for the purchase of armoured vehicles for the Counter Terrorism Department.

The chief minister said the government would not allow anyone to take the law into their own hands and that terrorists would be dealt with an iron hand. He said development work on roads in the Makran and Kalat divisions would continue despite the threats.
""",
  []),

R("The Northern Chronicle", "2026-06-08T20:30:00+05:00",
  "Two policemen martyred in Lakki blast; attack on Bannu post repulsed",
  """
BANNU / LAKKI MARWAT: Two policemen were martyred and three others injured when a roadside bomb struck a police van in the Pezu area of Lakki Marwat on Monday, while militants attacked a police post in neighbouring Bannu a night earlier.

The district police officer of Lakki Marwat said the van was on routine patrol on the Indus Highway when an improvised explosive device, planted on the roadside, was detonated by remote control. The injured were shifted to the City Hospital in Lakki and later referred to Bannu. Police blamed the banned Tehreek-i-Taliban Pakistan, which has stepped up attacks on police in the southern districts.

In Bannu, militants attacked the Domel police post with heavy weapons late on Sunday night. A police spokesman said the personnel repulsed the attack after an exchange of fire lasting about 40 minutes. One constable sustained minor injuries, and no loss of life was reported.

Meanwhile, the Counter Terrorism Department said it had killed two terrorists in a raid in Kulachi tehsil of D.I. Khan earlier in the day. A CTD spokesman said the militants, who belonged to the banned TTP, opened fire when the team raided a compound and were killed in retaliatory fire. Two Kalashnikovs, hand grenades and a motorcycle were recovered.
""",
  [G("BOMBING", "today", "PK519", "Pezu", killed=2, injured=3,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED"),
   G("ARMED_ASSAULT", "Sun", "PK503", "Domel police post", killed=0, injured=1,
     targets=["SECURITY_FORCES"]),
   G("SECURITY_OPERATION", "today", "PK509", "Kulachi", mk=2,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Makran Times", "2026-06-10T10:00:00+05:00",
  "Four labourers abducted, machinery torched in Tump",
  """
TURBAT: Unidentified armed men abducted four labourers working on a road construction project in the Tump area of Kech district on Tuesday and set fire to the contractor's machinery, Levies officials said.

According to officials, around a dozen armed men arrived at the construction camp near the Iran border in the afternoon, held the staff at gunpoint and took away four labourers, who hail from Punjab and interior Sindh. Before leaving, the attackers torched an excavator, a roller and two water tankers.

The deputy commissioner of Kech said Levies and police had launched a search for the abducted men and that the contractor had suspended work on the project. No group has so far claimed responsibility for the abduction.

Construction work on several roads in Kech has been repeatedly disrupted by attacks on workers and machinery, and contractors have been demanding better security for their camps.
""",
  [G("KIDNAPPING", "Tue", "PK211", "Tump", targets=["CIVILIANS", "INFRASTRUCTURE"])]),

R("Daily Indus Times", "2026-06-12T13:30:00+05:00",
  "At least nine FC men martyred as suicide bomber targets convoy in Nushki",
  """
QUETTA: At least nine Frontier Corps personnel were martyred and more than 20 others injured when a suicide bomber rammed an explosives-laden car into a convoy on the Nushki-Dalbandin road on Thursday, officials said.

The convoy, comprising seven vehicles, was moving from Quetta towards Taftan when it was targeted near the Kishangi area, about 10 kilometres from Nushki town. Soon after the explosion, gunmen positioned on a nearby hill opened fire on the convoy, triggering an exchange of fire that lasted around half an hour.

The injured were taken to the Nushki district hospital and later airlifted to the Combined Military Hospital in Quetta. Hospital sources said the condition of five of them was critical. The bomber was killed in the blast.

The Majeed Brigade of the banned Balochistan Liberation Army claimed responsibility for the attack in a statement sent to the media. The provincial government spokesperson blamed the attack on "Fitna al-Hindustan" and said the attackers would be hunted down.

The attack was the deadliest on security forces in the district since March last year, when a suicide bomber struck an FC convoy on the same highway, killing five people. That attack was also claimed by the Majeed Brigade.
""",
  [G("SUICIDE_ATTACK", "Thu", "PK223", "Nushki-Dalbandin road, Kishangi", killed=9, kq="AT_LEAST",
     injured=21, iq="AT_LEAST", targets=["SECURITY_FORCES"], perp="BLA_MAJEED", ps="CLAIMED"),
   G("SUICIDE_ATTACK", "month:2025-03", "PK223", "Nushki-Dalbandin highway", killed=5,
     targets=["SECURITY_FORCES"], perp="BLA_MAJEED", ps="CLAIMED", optional=True)]),

R("ISPR", "2026-06-12T20:00:00+05:00",
  "Terrorists' attack on FC convoy in Noshki repulsed",
  """
RAWALPINDI: On 11 June 2026, terrorists of the Indian proxy Fitna al Hindustan attempted to target a convoy of Frontier Corps Balochistan with a vehicle borne improvised explosive device near Noshki.

Own troops responded swiftly and effectively, and in the ensuing exchange of fire three terrorists, including the suicide bomber, were sent to hell. During the exchange of fire, four brave sons of soil, having fought gallantly, embraced shahadat, while several others were injured and have been evacuated to CMH Quetta.

A sanitisation operation is being conducted in the area to eliminate any other Indian sponsored terrorist found there. The perpetrators, abettors and facilitators of this heinous act will be brought to justice.
""",
  [G("SUICIDE_ATTACK", "2026-06-11", "PK223", "Noshki", killed=4, mk=3,
     targets=["SECURITY_FORCES"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

R("Karachi Metro News", "2026-06-14T22:00:00+05:00",
  "Religious scholar gunned down in Orangi Town",
  """
KARACHI: A religious scholar was shot dead and his student injured when gunmen on a motorcycle opened fire on them in Orangi Town on Sunday evening, police said.

The SSP West said the prayer leader of a local mosque was returning home after the Maghrib prayers with a student when two men intercepted them in Sector 11-1/2 and fired several shots before fleeing. The scholar died on the way to Abbasi Shaheed Hospital, while the student was said to be out of danger.

The SSP said it appeared to be a sectarian targeted killing. Investigators suspect the involvement of a hit squad linked to the banned Lashkar-e-Jhangvi, which police say was behind a string of similar killings in the city's western district in the past.

Members of the religious community staged a protest outside the hospital and demanded the immediate arrest of the killers. The Sindh home minister took notice of the incident and sought a report from the police chief.
""",
  [G("TARGETED_KILLING", "today", "PK729", "Orangi Town", killed=1, injured=1,
     targets=["RELIGIOUS"], perp="LEJ", ps="SUSPECTED")]),

R("Pakistan Wire Service", "2026-06-16T08:45:00+05:00",
  "Gas pipeline blown up in Dera Bugti; railway track damaged near Sibi",
  """
DERA BUGTI: Unidentified people blew up a main gas pipeline in the Pir Koh area of Dera Bugti late last night, suspending the supply of gas from the Pir Koh field to the purification plant in Sui.

Officials of the gas company said the 12-inch pipeline was damaged by explosives planted beneath it. Repair teams were dispatched to the area under security cover and the supply was expected to be restored within two days. No one was hurt in the blast, and no group has claimed responsibility.

Separately, a portion of the railway track was damaged in an explosion near Sibi on Monday morning, shortly before the Jaffar Express was scheduled to pass. Railway officials said the train was held at Sibi station for six hours while the track was repaired. The banned Baloch Republican Guards claimed responsibility for the blast.

Attacks on gas installations and railway lines have been a recurring feature of the insurgency in the province.
""",
  [G("INFRASTRUCTURE_ATTACK", "yday", "PK204", "Pir Koh", killed=0, injured=0,
     targets=["INFRASTRUCTURE"]),
   G("INFRASTRUCTURE_ATTACK", "Mon", "PK228", "railway track near Sibi",
     targets=["INFRASTRUCTURE"], perp="BRG", ps="CLAIMED")]),

R("Khyber Times", "2026-06-18T16:00:00+05:00",
  "Peace committee member, driver killed in Bajaur blast",
  """
KHAR: A member of the local peace committee and his driver were killed and a passer-by injured when a remote-controlled bomb struck their vehicle in Mamund tehsil of Bajaur district on Thursday morning.

Police said the explosive device had been planted on the roadside near the Lowi Mamund bazaar and was detonated as the vehicle passed. The bodies were shifted to the District Headquarters Hospital in Khar.

The Islamic State Khorasan Province claimed responsibility for the attack through its propaganda outlet, saying it had targeted "a collaborator of the apostate army". The group has killed several members of peace committees and pro-government elders in the district in recent years.

The district police officer said the area had been cordoned off and a search operation was under way. Elders of the Mamund tribe condemned the killing and demanded protection for members of the committee.
""",
  [G("BOMBING", "today", "PK502", "Lowi Mamund, Mamund tehsil", killed=2, injured=1,
     alt=["TARGETED_KILLING"], targets=["CIVILIANS"], perp="ISKP", ps="CLAIMED")]),

R("Frontier Law Reporter", "2026-06-20T12:00:00+05:00",
  "ATC indicts three in terror financing case",
  """
QUETTA: An anti-terrorism court in Quetta on Saturday indicted three suspects in a case relating to the financing of a banned organisation and possession of explosives.

According to the prosecution, the suspects were arrested by the Counter Terrorism Department last year and were found in possession of hawala receipts and detonators. The accused pleaded not guilty and the court summoned prosecution witnesses for the next hearing.

Defence counsel argued that the recovery had been planted and that his clients had been held without charge for several weeks before their arrest was shown. The judge directed the prosecution to produce the case property and the investigation officer at the next hearing, which was adjourned until July 4.

Separately, the Balochistan High Court sought a reply from the home department on petitions seeking the release of persons detained under the Maintenance of Public Order ordinance.
""",
  []),

R("Daily Indus Times", "2026-06-22T09:30:00+05:00",
  "Kurram convoy fired upon as road remains a lifeline under siege",
  """
PARACHINAR: Gunmen fired on a convoy of passenger vehicles near Bagan in Lower Kurram on Saturday, injuring four passengers, including a child. No one was killed, officials said, and the convoy continued to Parachinar under escort after security forces returned fire.

The attack was the latest in a series of incidents on the Thall-Parachinar road, the only road link between the district headquarters and the rest of the country. Traders say the intermittent closure of the road has caused shortages of medicines, fuel and food in Upper Kurram for much of the past two years.

The district has been gripped by a cycle of sectarian and tribal violence since the summer of 2024. In November that year, gunmen ambushed a convoy near Bagan, killing more than 40 passengers, most of them Shia. That attack triggered reprisal violence in which markets and houses in Bagan were burnt.

A peace agreement signed by the two sides in January 2025 called for the surrender of heavy weapons and the demolition of bunkers, but implementation has been slow. Officials say around 600 bunkers have been demolished so far. A jirga of elders from both sides is due to meet in Kohat next week to review the agreement.

The deputy commissioner of Kurram said the convoys would continue under the supervision of security forces, and that a case had been registered over Saturday's attack.
""",
  [G("ARMED_ASSAULT", "Sat", "PK518", "Bagan, Lower Kurram", killed=0, injured=4,
     targets=["CIVILIANS"]),
   G("ARMED_ASSAULT", "month:2024-11", "PK518", "Bagan", killed=41, kq="AT_LEAST",
     targets=["CIVILIANS"], optional=True)]),

R("CTD Punjab", "2026-06-24T19:45:00+05:00",
  "CTD arrests five terrorists, foils plans to attack sensitive installations",
  """
LAHORE: The Counter Terrorism Department Punjab arrested five terrorists in two intelligence-based operations in Mianwali and Dera Ghazi Khan on Tuesday and foiled their plans to attack sensitive installations, a spokesman said.

In Mianwali, a CTD team raided a hideout near Kundian and arrested three terrorists of the banned Tehreek-i-Taliban Pakistan. Explosives, two hand grenades, detonators, safety fuse wire and a pistol were recovered from their possession. According to the spokesman, they were planning to attack the Chashma barrage area.

In DG Khan, two members of the same organisation were arrested near the Sakhi Sarwar road with suicide jackets and a map of a police building.

The spokesman said cases had been registered at CTD police stations and the suspects shifted to undisclosed locations for interrogation. During the past week, the CTD conducted 62 intelligence-based operations across the province, in which 14 suspects were arrested.
""",
  [G("SECURITY_OPERATION", "Tue", "PK621", "Kundian",
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED"),
   G("SECURITY_OPERATION", "Tue", "PK607", "Sakhi Sarwar road",
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("Quetta Observer", "2026-06-26T10:15:00+05:00",
  "Five injured in grenade attack on Sariab Road shop",
  """
QUETTA: Five people were injured when unidentified men hurled a hand grenade at a mobile phone shop on Quetta's Sariab Road late last night, police said. No one was killed.

According to police, two men on a motorcycle threw the grenade into the shop near the Sariab Mill stop and sped away. The blast shattered the windows of nearby shops and damaged two parked cars. The injured, including a customer and the shop's owner, were taken to the Civil Hospital.

An official of the Counter Terrorism Department said the shopkeeper had recently received extortion calls from a foreign number. "We are investigating whether the attack is linked to those demands," he said.

Traders of Sariab Road staged a protest on Friday morning against the growing number of extortion attacks and demanded security for the market.
""",
  [G("BOMBING", "yday", "PK226", "Sariab Road", killed=0, injured=5,
     targets=["CIVILIANS"])]),

R("Pakistan Wire Service", "2026-06-28T18:00:00+05:00",
  "Two killed as gunmen open fire on passenger coach on KKH near Chilas",
  """
GILGIT: Gunmen opened fire on a passenger coach on the Karakoram Highway near Chilas in Diamer district on Saturday night, killing two passengers, including an army soldier travelling home on leave, and injuring seven others, officials said.

The coach was on its way from Rawalpindi to Gilgit when it came under fire from the mountains near the Thor nullah. The driver managed to drive the coach to Chilas, where the injured were admitted to the District Headquarters Hospital.

A spokesman for the Gilgit-Baltistan government said the attack appeared to be aimed at sabotaging peace in the region. No group has claimed responsibility. Police said suspected militants who had escaped an operation in the Darel and Tangir valleys last year could be involved.

Traffic on the highway was suspended for several hours and later resumed under police escort.
""",
  [G("ARMED_ASSAULT", "Sat", "PK302", "Karakoram Highway near Chilas, Thor nullah", killed=2, injured=7,
     targets=["CIVILIANS", "SECURITY_FORCES"])]),

R("Khyber Times", "2026-06-30T21:00:00+05:00",
  "Militants blow up girls' school in Bara",
  """
BARA: Militants blew up a government girls' primary school in the Akakhel area of Bara tehsil in Khyber district in the early hours of Tuesday, officials said. There were no casualties.

According to the police, the attackers planted explosives in two classrooms and the boundary wall of the building, which was badly damaged. The school had around 150 enrolled students and had reopened last year after being rebuilt.

The district education officer said classes would be shifted to a nearby community building until the school was repaired. No group claimed responsibility.

Dozens of schools were destroyed in the former tribal districts during the height of militancy, and education officials fear a return of such attacks as violence rises in the region.
""",
  [G("BOMBING", "today", "PK513", "Akakhel, Bara tehsil", killed=0, injured=0, alt=["INFRASTRUCTURE_ATTACK"],
     targets=["EDUCATION"])]),

R("Harnai News Network", "2026-07-01T10:00:00+05:00",
  "Six coal miners kidnapped from Harnai",
  """
HARNAI: Armed men kidnapped six coal miners from the Khost area of Harnai district on Tuesday and took them towards the mountains, Levies officials said.

The miners, all from the Swat valley, were working at a privately owned mine when about 15 armed men arrived and asked the workers to identify themselves. The attackers also set fire to a generator and a conveyor belt at the site before leaving.

The mine owners' association condemned the incident and threatened to close the mines in the area if the workers were not recovered. Mining in Harnai and neighbouring Duki has been repeatedly hit by attacks and extortion demands.

The deputy commissioner said a joint search operation of the Levies and FC was under way. No group has claimed responsibility.
""",
  [G("KIDNAPPING", "Tue", "PK206", "Khost", targets=["CIVILIANS"])]),

R("Quetta Police", "2026-07-02T14:00:00+05:00",
  "Press release: two constables embrace shahadat near Railway Station",
  """
QUETTA: Two police constables performing duty near Quetta Railway Station embraced shahadat this morning when unknown miscreants opened fire on them.

According to details, the constables were deployed on security duty at the picket outside the station when two miscreants riding a motorcycle opened indiscriminate fire at them at about 8:40 am and fled from the spot. Both constables succumbed to their injuries on the way to the Civil Hospital.

On receiving information, the SSP Operations along with heavy contingents of police reached the spot. The area was cordoned off and a search operation was started. Empty shells of a 30-bore pistol were collected from the crime scene.

The IG Police Balochistan has taken notice of the incident and directed that the culprits be arrested at the earliest. The funeral prayers of the shuhada were offered at Police Lines Quetta with full official honours.
""",
  [G("TARGETED_KILLING", "today", "PK226", "near Quetta Railway Station", killed=2, alt=["ARMED_ASSAULT"],
     targets=["SECURITY_FORCES"])]),

R("Quetta Observer", "2026-07-04T09:00:00+05:00",
  "Five killed in separate attacks across Balochistan",
  """
QUETTA: Five people, including two FC personnel, were killed in separate attacks in Kech and Panjgur districts on Friday, while an attack on a Levies post in Mastung was repulsed.

In the Buleda area of Kech, gunmen shot dead three men near a date orchard. Police said the victims were local residents and were on their way home when they were intercepted. The banned Balochistan Liberation Front later claimed responsibility, alleging that the men were "informers" of the security forces, a claim rejected by their families.

In Panjgur, two FC soldiers were martyred and another injured when an improvised explosive device went off near their vehicle in the Parom area. There was no immediate claim of responsibility.

In Mastung, militants attacked a Levies post in the Kardgap area late on Thursday. Officials said the personnel repulsed the attack and two attackers were killed in retaliatory fire. One Levies man was injured.

According to an Islamabad-based think tank, Balochistan saw 48 militant attacks in June, the highest monthly figure this year.
""",
  [G("TARGETED_KILLING", "Fri", "PK211", "Buleda", killed=3,
     targets=["CIVILIANS"], perp="BLF", ps="CLAIMED"),
   G("BOMBING", "Fri", "PK224", "Parom", killed=2, injured=1,
     targets=["SECURITY_FORCES"]),
   G("ARMED_ASSAULT", "Thu", "PK220", "Kardgap", injured=1, mk=2,
     targets=["SECURITY_FORCES"])]),

R("ISPR", "2026-07-06T20:00:00+05:00",
  "Infiltration bid foiled along Pak-Afghan border, eight khawarij killed",
  """
RAWALPINDI: On the night of 5/6 July 2026, security forces detected movement of a group of khawarij attempting to infiltrate through the Pakistan-Afghanistan border in the general area of Ghulam Khan, North Waziristan District.

Own troops effectively engaged the infiltrating khawarij and thwarted their attempt. As a result of the precise engagement, eight khawarij were sent to hell. A large cache of weapons, ammunition and explosives was also recovered.

Pakistan has consistently asked the Interim Afghan Government to ensure effective border management on their side. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khawarij for perpetrating terrorist activities against Pakistan.

Security forces of Pakistan remain determined to secure the country's borders and eliminate the menace of terrorism.
""",
  [G("SECURITY_OPERATION", "range:2026-07-05:2026-07-06", "PK525", "Ghulam Khan", mk=8,
     alt=["ARMED_CLASH"], targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED")]),

R("National Herald PK", "2026-07-08T11:30:00+05:00",
  "Home department issues threat alert for polio campaign",
  """
PESHAWAR: The Khyber Pakhtunkhwa home department has issued a threat alert ahead of the polio vaccination campaign starting next week, warning that militants may target vaccination teams and their police escorts in the southern districts.

The alert, a copy of which is available with this newspaper, says that a group of militants has been tasked with attacking polio teams in Bannu, Lakki Marwat, Tank and D.I. Khan. It directs district police officers to ensure that no team moves without security and that routes are changed daily.

The alert also asks the police to avoid predictable movement and to keep quick response forces on standby in each tehsil. Health officials said around 12,000 teams would take part in the five-day campaign.

A spokesman for the provincial health department said the campaign would go ahead as planned. "We will not let threats deprive our children of the vaccine," he said.
""",
  []),

R("Frontier Daily", "2026-07-10T08:30:00+05:00",
  "Polio worker, police guard shot dead in Tank",
  """
TANK: A polio worker and a policeman escorting her team were shot dead and another vaccinator was injured when gunmen opened fire on them in the Gomal area of Tank district on Thursday, police said.

The team was going door to door on the fourth day of the vaccination campaign when two gunmen on a motorcycle opened fire. The policeman was killed on the spot, while the female vaccinator died on the way to hospital. The injured worker was taken to the District Headquarters Hospital Tank and later referred to D.I. Khan.

The provincial health department suspended the campaign in the district for two days. No group has claimed the attack. The chief minister condemned the killing and ordered the police to arrest the culprits.
""",
  [G("ARMED_ASSAULT", "Thu", "PK533", "Gomal", killed=2, injured=1, alt=["TARGETED_KILLING"],
     targets=["HEALTH", "SECURITY_FORCES"])]),

R("Karachi Metro News", "2026-07-11T22:15:00+05:00",
  "Suicide bomber targets van carrying Chinese engineers in Keamari",
  """
KARACHI: A suicide bomber blew himself up near a van carrying Chinese engineers on Mauripur Road in Keamari on Saturday, killing a private security guard and a passer-by. Six people, including three Chinese nationals, were injured.

Police said the bomber, who was on foot, approached the van as it slowed down near a signal and detonated his explosives. The van, which was being escorted by a police mobile, was badly damaged. The injured were taken to the Civil Hospital and a private hospital in Clifton.

The Majeed Brigade of the banned Balochistan Liberation Army claimed responsibility in a statement. The Chinese consulate in Karachi said it was in contact with Pakistani authorities and urged them to bring the perpetrators to justice.

The Sindh home minister said security protocols for foreign nationals would be reviewed. This was the first attack on Chinese nationals in the city this year.
""",
  [G("SUICIDE_ATTACK", "today", "PK791", "Mauripur Road", killed=2, injured=6,
     any=["PK791", "PK729"], targets=["FOREIGN_NATIONALS", "CIVILIANS"],
     perp="BLA_MAJEED", ps="CLAIMED")]),

R("The Northern Chronicle", "2026-07-14T09:00:00+05:00",
  "Bannu cantonment attack toll rises to nine",
  """
BANNU: The death toll in Sunday's suicide attack on a security forces' compound in Bannu Cantonment rose to nine on Monday after two of the injured soldiers succumbed to their wounds at the Combined Military Hospital, officials said.

The dead include five soldiers and four civilians who lived in houses adjoining the compound. The number of injured stands at 25, among them women and children hit by debris and shattered glass.

The attack began when a suicide bomber rammed an explosives-laden vehicle into the boundary wall of the compound, after which five attackers tried to enter. All six attackers, including the bomber, were killed by the troops, the military's media wing said.

Jaish-e-Fursan-e-Muhammad, a group linked to the Hafiz Gul Bahadur faction, claimed responsibility. Officials said the group has been operating from across the border.

The provincial government announced compensation for the families of the civilians killed. Traders in Bannu observed a strike on Monday to protest against the deteriorating law and order situation.
""",
  [G("SUICIDE_ATTACK", "Sun", "PK503", "Bannu Cantonment", killed=9, injured=25, mk=6,
     targets=["SECURITY_FORCES", "CIVILIANS"], perp="HGB", ps="CLAIMED")]),

R("Daily Indus Times", "2026-07-16T18:30:00+05:00",
  "Nine passengers offloaded and shot dead in Barkhan",
  """
BARKHAN: Armed men blocked the N-70 highway in the Rarkan area of Barkhan on Wednesday night, offloaded passengers from a Punjab-bound coach and shot dead nine of them after checking their identity cards, officials said.

According to the assistant commissioner, around 10 to 12 gunmen set up a blockade and stopped several vehicles. The nine victims, all residents of different districts of Punjab, were taken to a nearby dry stream and shot. Their bodies were later shifted to the Rural Health Centre in Rakhni.

The provincial government spokesman said the killings were the work of "Fitna al-Hindustan" terrorists who wanted to create hatred between the people of the two provinces. He said the attackers would not escape justice.

The chief minister of Punjab announced that the bodies would be flown to their home towns at government expense. Traffic on the N-70 remained suspended on Thursday.
""",
  [G("ARMED_ASSAULT", "Wed", "PK202", "Rarkan, N-70", killed=9, alt=["TARGETED_KILLING", "KIDNAPPING"],
     targets=["CIVILIANS"], perp="BALOCH_SEPARATISTS", ps="ATTRIBUTED")]),

R("Pakistan Wire Service", "2026-07-18T12:00:00+05:00",
  "Four militants killed, two soldiers martyred in Orakzai operation",
  """
KALAYA: Security forces killed four militants in an operation in the Ghiljo area of Orakzai's Upper tehsil on Friday, officials said. Two soldiers were martyred during the exchange of fire.

According to security officials, the operation was launched on the reported presence of khawarij who had been involved in attacks on security check posts and the kidnapping of a government employee last month. Weapons and ammunition were recovered from the militants.

Local elders said residents of three villages had been asked to stay indoors during the operation, which continued into the evening. Officials said the area was being searched for other militants.
""",
  [G("SECURITY_OPERATION", "Fri", "PK527", "Ghiljo, Upper Orakzai", killed=2, mk=4,
     targets=["MILITANTS"], perp="TTP", ps="ATTRIBUTED"),
   G("KIDNAPPING", "lastmonth", "PK527", "Orakzai", targets=["GOVERNMENT"], optional=True)]),

]
