# Batch 08: 16-25 November 2026 (incidents D095-D117)

I("D095", "2026-11-17", "KP", "North Waziristan", "Mir Ali", "security_operation",
  "Intelligence-based operation near Mir Ali; eight militants and two soldiers killed.",
  killed=2, militants_killed=8, perp="Fitna al-Khawarij (target of operation)")
I("D096", "2026-11-17", "BL", "Kech", "Hoshab", "ied",
  "IED struck an FC vehicle near Hoshab; one FC soldier killed, two injured.",
  killed=1, injured=2, perp="unknown")
I("D097", "2026-11-18", "KP", "Dera Ismail Khan", "Daraban police station", "armed_assault",
  "Militants attacked Daraban police station before dawn; one policeman and three attackers killed.",
  killed=1, injured=2, militants_killed=3, perp="Fitna al-Khawarij (attributed by police)")
I("D098", "2026-11-18", "KP", "Dera Ismail Khan", "Chashma road", "ied",
  "Remote-controlled IED struck a CTD vehicle on the Chashma road in the afternoon; two CTD personnel injured.",
  injured=2, perp="unknown")
I("D099", "2026-11-19", "BL", "Quetta", "Airport Road check post", "suicide",
  "Female suicide bomber detonated explosives when stopped at a check post on Airport Road near an FC installation; two FC personnel and a civilian killed, six injured; BLA claimed.",
  killed=3, injured=6, militants_killed=1, perp="BLA", claimed=True)
I("D100", "2026-11-19", "KP", "Bajaur", "Nawagai", "armed_assault",
  "Gunmen fired on a police check post in Nawagai at night; two policemen injured.",
  injured=2, perp="unknown")
I("D101", "2026-11-20", "KP", "Khyber", "Landi Kotal", "targeted_killing",
  "Former Khassadar official shot dead near his home in Landi Kotal.",
  killed=1, perp="unknown")
I("D102", "2026-11-20", "BL", "Gwadar", "desalination plant site, Gwadar", "targeted_killing",
  "Two labourers from Sindh shot dead at a desalination plant construction site on the outskirts of Gwadar at night.",
  killed=2, perp="unknown (BLF suspected)")
I("D103", "2026-11-21", "KP", "Lakki Marwat", "Bachkan area", "security_operation",
  "CTD intelligence-based operation near Bachkan; four militants killed, including one wanted for the Serai Naurang IED attack.",
  militants_killed=4, perp="Fitna al-Khawarij (target of operation)")
I("D104", "2026-11-21", "BL", "Dera Bugti", "Sui", "ied",
  "IED struck an FC vehicle near Sui; three FC personnel injured.",
  injured=3, perp="unknown")
I("D105", "2026-11-21", "BL", "Kohlu", "Kohlu town outskirts", "infrastructure",
  "Armed men set fire to a mobile phone tower and an unmanned Levies post on the outskirts of Kohlu at night; no casualties.",
  perp="unknown")
I("D106", "2026-11-22", "KP", "Tank", "City police station, Tank", "drone_strike",
  "Quadcopter dropped two explosive devices on the city police station in Tank; two constables injured.",
  injured=2, perp="Fitna al-Khawarij (attributed by police)")
I("D107", "2026-11-22", "KP", "South Waziristan", "Makeen", "armed_clash",
  "Clash between troops and militants near Makeen; three soldiers and seven militants killed.",
  killed=3, injured=2, militants_killed=7, perp="Fitna al-Khawarij")
I("D108", "2026-11-23", "KP", "Peshawar", "Hayatabad Phase 6", "targeted_killing",
  "Doctor shot dead outside his private clinic in Hayatabad; family said he had received extortion demands.",
  killed=1, perp="unknown (extortion suspected)")
I("D109", "2026-11-23", "BL", "Mastung", "Kanak", "ied",
  "IED struck a Levies vehicle near Kanak; two Levies personnel killed, one injured.",
  killed=2, injured=1, perp="unknown (Fitna al-Hindustan suspected)")
I("D110", "2026-11-23", "SD", "Karachi (Korangi)", "Korangi Industrial Area", "armed_assault",
  "Gunmen on a motorcycle fired on a police mobile in Korangi Industrial Area at night; one constable killed, one injured.",
  killed=1, injured=1, perp="unknown")
I("D111", "2026-11-24", "KP", "Bannu", "Jani Khel", "kidnapping",
  "Two revenue department officials abducted by armed men while on duty in Jani Khel; still missing at end of period.",
  kidnapped=2, perp="Fitna al-Khawarij (attributed)")
I("D112", "2026-11-24", "BL", "Awaran", "Jhal Jhao", "armed_assault",
  "Rockets fired at an FC camp in Jhal Jhao at night; no casualties.",
  perp="unknown")
I("D113", "2026-11-24", "KP", "North Waziristan", "Miranshah bazaar", "ied",
  "IED planted in a cart exploded in Miranshah bazaar; three civilians killed, nine injured.",
  killed=3, injured=9, perp="unknown")
I("D114", "2026-11-25", "BL", "Quetta", "Sariab", "security_operation",
  "CTD raid in Sariab; three militants killed, including the alleged handler of the Airport Road suicide bomber.",
  militants_killed=3, perp="BLA (target of operation)")
I("D115", "2026-11-25", "KP", "Khyber", "Bara", "ied",
  "Roadside IED struck a police vehicle in Bara; two policemen killed.",
  killed=2, injured=1, perp="unknown")
I("D116", "2026-11-20", "PB", "Mianwali", "Isa Khel", "armed_assault",
  "Militants attacked a police check post near Isa Khel on the KP boundary; one constable killed, attackers repulsed.",
  killed=1, injured=1, perp="Fitna al-Khawarij (attributed by police)")
I("D117", "2026-11-17", "BL", "Sibi", "Sibi main bazaar", "grenade",
  "Hand grenade thrown at a shop in Sibi bazaar in the evening; four people injured.",
  injured=4, perp="unknown")

# ---------------------------------------------------------------- CMC weekly 9-15 Nov
R("Conflict Monitoring Collective", "2026-11-16 12:00", ["D050", "D083", "D084", "D085", "D087", "D089", "D090"],
  "Weekly security brief: 9-15 November 2026",
  """Between 9 and 15 November the Collective recorded 21 militant attacks, the highest weekly number since it began weekly reporting, in which 14 people were killed and 24 injured. Security forces reported killing 11 militants, and two engineers and a driver held since October were recovered in Lakki Marwat.

Notable incidents: a passenger train was attacked with rockets and small arms near Pehro Kunri in the Bolan Pass on 10 November (three injured, BLA claim); three peace committee members were shot dead near Mir Ali the same day; a polio vaccination team was fired upon in Paroa, D.I. Khan, on 11 November during the national campaign; two policemen were shot dead at a check post on Quetta's Eastern Bypass on 12 November; and a convoy carrying foreign engineers was attacked near Port Qasim, Karachi, on 13 November, killing a private guard.

In Orakzai, a motorcycle bomb in Kalaya bazaar killed two people on 14 November. Quadcopter attacks on security forces posts in North Waziristan continue to be reported by residents but are rarely confirmed officially; the Collective includes them only when corroborated by at least two independent sources.""")

# ---------------------------------------------------------------- Sindh police SPU briefing (no incident)
R("Metro Karachi Times", "2026-11-17 19:40", [],
  "Police chief briefs foreign investors on new security arrangements",
  """KARACHI: The Sindh police chief on Tuesday briefed representatives of foreign companies and diplomatic missions on new security arrangements for foreign nationals in the province, a police spokesperson said.

The briefing, held at the Central Police Office, was attended by representatives of companies working at Port Qasim, the Korangi and Landhi industrial areas and the Thar coal projects. Officials explained that the Special Protection Unit would now require companies to share weekly movement plans, that escort vehicles would be increased for longer routes and that routes and timings would be changed on a random basis.

The police chief said that the threat to foreign nationals remained high and that companies must cooperate fully with the SOPs. He said private security companies working with foreign firms would be audited and those found violating rules would be blacklisted. Representatives raised concerns about delays at checkpoints and the cost of the new arrangements.""", bg=["D089"])

# ---------------------------------------------------------------- D095 Mir Ali IBO, D096 Hoshab
R("Armed Forces Media Directorate", "2026-11-17 18:15", ["D095"],
  "Eight khawarij neutralised in Mir Ali; two soldiers embrace shahadat",
  """On 17 November 2026, security forces conducted an intelligence based operation in the general area of Mir Ali, North Waziristan District, on reported presence of khawarij belonging to Indian proxy Fitna al-Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, eight khawarij were neutralised. However, during the intense exchange of fire, two brave sons of the soil, having fought gallantly, embraced shahadat.

Weapons and ammunition were recovered from the killed khawarij, who remained involved in numerous terrorist activities, including the recent target killing of peace committee members near Mir Ali. Sanitisation operation is being carried out to eliminate any other kharji found in the area.""", bg=["D084"])

R("Crescent Wire Service", "2026-11-17 19:30", ["D095"],
  "Eight militants, two soldiers killed in North Waziristan operation",
  """PESHAWAR, Nov 17 (CWS): Eight militants and two soldiers were killed during a raid on a militant hideout in North Waziristan on Tuesday, the military said.

The operation took place near Mir Ali, the Armed Forces Media Directorate said. It linked the militants to the killing of three members of a local peace committee near Mir Ali last week.

Mir Ali has been the scene of repeated operations this year. Last month, 11 militants were killed in an operation in the same area.""", bg=["D084", "D055"])

R("Quetta Evening Post", "2026-11-18 12:50", ["D096", "D117"],
  "FC soldier martyred in Hoshab blast; four hurt in Sibi grenade attack",
  """TURBAT/SIBI: A soldier of the Frontier Corps was martyred and two others were injured when their vehicle hit a roadside bomb near Hoshab in Kech district on Tuesday, officials said.

The vehicle was part of a patrol on a link road off the M-8 highway. The injured soldiers were shifted to Turbat. No group claimed responsibility. Hoshab has seen several attacks and blockades on the M-8 in recent months, including the abduction of four coach passengers in October.

In a separate incident, four people were injured when unidentified men threw a hand grenade at a shop in the main bazaar of Sibi on Tuesday evening, police said. The injured included the shopkeeper and three customers. Police said the motive was not known but extortion could not be ruled out.""", bg=["D053"])

# ---------------------------------------------------------------- Senate committee (no incident)
R("Sapphire News 24", "2026-11-18 17:20", [],
  "Senate committee told terror financing cases on the rise",
  """The Senate Standing Committee on Interior was told today that the number of terror financing cases registered by provincial Counter Terrorism Departments had risen this year, with most cases involving extortion, hawala and hundi transfers, and donations collected through social media.

Officials of the interior ministry told the committee that more than 1,400 suspects had been arrested in terror financing cases across the country this year and that bank accounts of proscribed persons were being frozen. However, conviction rates remained low because of weak prosecution and the difficulty of tracing cash transactions.

Members of the committee questioned officials about extortion from traders and contractors in Khyber Pakhtunkhwa and Balochistan and asked why so few extortion cases were reported. The committee directed the ministry to present a detailed report on the implementation of the National Action Plan's terror financing component at its next meeting.""")

# ---------------------------------------------------------------- D097 / D098 DIK same day
R("KP Police Media Cell", "2026-11-18 20:00", ["D097", "D098"],
  "Attack on PS Daraban foiled, three terrorists killed; CTD vehicle targeted on Chashma road",
  """Dera Ismail Khan: Today in the early morning at about 0400 hours, khawarij attacked Police Station Daraban from different directions. The police jawans responded bravely and, after an exchange of fire lasting more than an hour, three khawarij were killed while their accomplices fled. During the exchange of fire, one police jawan embraced shahadat while two were injured.

In another incident, at about 1430 hours, a vehicle of CTD DIK was targeted through a remote-controlled IED on the Chashma road. As a result, two CTD personnel received injuries and were shifted to the hospital, where their condition is stated to be stable.

RPO DIK and DPO DIK visited both sites. Search and strike operations have been launched in the surrounding areas. The IGP Khyber Pakhtunkhwa appreciated the bravery of DIK police and said that the killing of three khawarij is proof of the high morale of the force.""")

R("Crescent Wire Service", "2026-11-18 12:40", ["D097"],
  "Three militants, policeman killed in attack on D.I. Khan police station",
  """DERA ISMAIL KHAN, Nov 18 (CWS): Three militants and a policeman were killed when insurgents attacked a police station in Daraban in Dera Ismail Khan district before dawn on Wednesday, police said.

The attackers struck at about 4am from several sides, a police spokesperson said. Two other policemen were wounded. The bodies of the three attackers were recovered after the fighting. Daraban, close to the border with South Waziristan and Balochistan's Zhob district, has seen repeated militant attacks on police installations.""")

R("Frontier Ledger", "2026-11-19 08:30", ["D097", "D098"],
  "DIK sees two attacks in a day: Daraban police station stormed, CTD vehicle bombed",
  """D.I. KHAN: Dera Ismail Khan district witnessed two attacks on Wednesday, with militants storming the Daraban police station before dawn and a roadside bomb hitting a CTD vehicle on the Chashma road in the afternoon.

At Daraban, police said three attackers were killed and one policeman was martyred. Residents said they heard heavy firing and explosions for more than an hour. Two policemen were injured. In the second attack, two CTD personnel were injured when a remote-controlled device went off near their vehicle. Their condition was stated to be stable.

Dera Ismail Khan, also referred to by officials as DIK, has seen a rise in attacks in recent weeks, including the killing of a deputy superintendent of police on the Indus Highway last month and an attack on a polio team in Paroa last week.""", bg=["D064", "D085"])

# ---------------------------------------------------------------- D099 Quetta female suicide bomber
R("Sapphire News 24", "2026-11-19 10:20", ["D099"],
  "Suicide blast at check post on Quetta's Airport Road",
  """A suicide blast has taken place at a check post on Airport Road in Quetta this morning. According to initial reports, the bomber blew up after being stopped for checking near an FC installation.

Sources say some FC personnel have been martyred and several injured. The area has been sealed. Security sources say the bomber may have been a woman. The injured are being taken to the CMH. Sapphire News 24 is following this story.""")

R("Crescent Wire Service", "2026-11-19 12:30", ["D099"],
  "Female suicide bomber kills three in Quetta",
  """QUETTA, Nov 19 (CWS): A female suicide bomber blew herself up at a security checkpoint in the Pakistani city of Quetta on Thursday, killing two paramilitary soldiers and a passer-by, officials said.

The woman, wearing a burqa, detonated her explosives when a female searcher at the checkpoint on Airport Road asked her to step aside for checking, a senior police official said. Six people were wounded, including the searcher. The checkpoint is near a Frontier Corps facility.

The banned Baloch Liberation Army claimed responsibility. Separatist groups have used female suicide bombers in several attacks in recent years.""")

R("Joint Threat Assessment Cell", "2026-11-19 14:00", ["D099"],
  "Daily situation summary 19 Nov: SBIED Airport Road, Quetta",
  """1. Quetta: Approx 0935 hrs, female suicide bomber (burqa, est. 5-6 kg explosive) detonated at the FC check post on Airport Road when directed for search by the lady searcher. Casualties: 2 FC killed, 1 civilian (rickshaw driver) killed, 6 injured incl. lady searcher (critical). BLA claim 1205 hrs. Reference threat alert of 12 Nov which specifically indicated a possible female bomber.

2. Assessment: the bomber was stopped at the outer cordon, preventing access to the installation. The network remains active in spite of the Kuchlak raid; the handler is believed to be in the Sariab area.

3. Actions: CTD raids in Sariab and Kili Qambrani planned; enhanced search at all FC, police and hospital entrances; no gatherings of uniformed personnel for funerals outside secure premises.""", bg=["D080"])

R("Balochistan Home Department Statement Desk", "2026-11-19 15:20", ["D099"],
  "Spokesperson: brave FC personnel foiled bigger attack",
  """The spokesperson of the Government of Balochistan has said that the brave personnel of FC foiled a bigger terrorist plan by stopping a female suicide bomber at the check post on Airport Road this morning. Two FC personnel and a civilian embraced martyrdom and six persons were injured, including a lady searcher who showed exemplary courage.

The spokesperson said that terrorists of Fitna al-Hindustan are exploiting women for their nefarious designs, which is against the traditions of the Baloch nation. The Chief Minister has announced a civil award for the injured lady searcher and compensation for the families of the martyred.

The spokesperson said that the security of all sensitive installations and public places in Quetta has been further enhanced and the public is requested to cooperate with law enforcement agencies during checking.""")

R("Quetta Evening Post", "2026-11-19 17:40", ["D099"],
  "Two soldiers and a civilian martyred as woman bomber strikes Airport Road check post",
  """QUETTA: Two FC personnel and a rickshaw driver were martyred and six others injured when a female suicide bomber blew herself up at a check post on Airport Road on Thursday morning.

Police said the bomber arrived on foot at the check post near an FC installation at around 9:30am. When a lady searcher asked her to step into the search enclosure, she detonated the explosives strapped to her body. The lady searcher was among the injured and was in critical condition at the CMH.

The banned BLA claimed responsibility for the attack. The attack came days after the CTD claimed to have killed two militants and arrested a would-be bomber in a raid in Kuchlak. Quetta has faced a series of attacks this autumn, including the railway station suicide bombing in September, which killed 29 people, and the Hazarganji market blast in October.""", bg=["D080", "D011", "D065"])

R("Indus Daily Monitor", "2026-11-20 08:20", ["D099"],
  "Quetta attack: lady searcher's courage saved lives, say officials",
  """QUETTA: A female searcher who stopped a woman suicide bomber at a check post on Airport Road in Quetta on Thursday is being credited by officials with preventing a much deadlier attack on a nearby security installation.

Two Frontier Corps personnel and a rickshaw driver were killed and six people were injured, including the searcher, who remains in critical condition. The banned Baloch Liberation Army claimed the attack.

Officials said intelligence agencies had warned last week that the network behind September's railway station bombing had a female bomber available for an attack in Quetta. The warning led to the deployment of additional female searchers at entrances of sensitive installations. "Without the outer check post and the searcher, the bomber would have reached the gate," a police official said.

Baloch separatist groups have increasingly used women as suicide bombers, a trend that officials say is meant to exploit cultural restrictions on searching women. Human rights groups have urged the authorities not to respond with collective measures against Baloch women.""", bg=["D011"])

R("Crescent Wire Service", "2026-11-19 19:15", [],
  "Prime minister condemns Quetta bombing, vows to pursue attackers",
  """ISLAMABAD, Nov 19 (CWS): Prime Minister on Thursday condemned the suicide bombing in Quetta and said the government would pursue those behind it "to the end".

In a statement issued by his office, the prime minister praised the security personnel who stopped the bomber at the checkpoint and offered condolences to the families of the dead. He said those who used women to carry out suicide attacks were "enemies of humanity and of the Baloch people".

The president, the chairman of the Senate and leaders of several political parties also condemned the attack. The interior minister telephoned the Balochistan chief minister and offered the federal government's full support.""", bg=["D099"])

# ---------------------------------------------------------------- KP IGP Bannu visit (no incident)
R("KP Police Media Cell", "2026-11-19 16:30", [],
  "IGP visits Bannu, hands over anti-drone systems to police stations",
  """Bannu: Inspector General of Police Khyber Pakhtunkhwa visited Bannu today, where he was briefed by the Regional Police Officer on the security situation in Bannu region and the measures taken to counter attacks on police stations.

The IGP handed over anti-drone systems and thermal imaging devices to the SHOs of police stations including Domel, Miryan, Kakki, Ghoriwala and Baka Khel. He also inspected the newly constructed protective walls and bunkers at Police Station Miryan.

Addressing police officers and jawans, the IGP said that the nation salutes the sacrifices of Bannu Police and that all necessary resources are being provided to them. He announced that the construction of ten more fortified police posts in the region has been approved, and directed the officers to ensure the welfare of the families of shuhada.""")

# ---------------------------------------------------------------- D100 Bajaur Nawagai
R("Frontier Ledger", "2026-11-20 08:45", ["D100"],
  "Two policemen injured in Nawagai check post attack",
  """KHAR: Two policemen were injured when unidentified gunmen fired on a police check post in Nawagai tehsil of Bajaur late on Thursday night, police said.

The attackers fired from the fields near the check post and fled after police returned fire. The injured policemen were taken to the District Headquarters Hospital Khar. Police launched a search operation in the area.

Bajaur has witnessed a number of attacks this year, including a bomb blast in Khar bazaar in October that killed five people. Earlier this month, security forces said they killed five militants in an operation in Loi Mamund.""", bg=["D049", "D079"])

# ---------------------------------------------------------------- threat alert religious gatherings (no incident)
R("Joint Threat Assessment Cell", "2026-11-20 18:00", [],
  "Threat alert: ISKP intent against religious gatherings",
  """Reporting indicates that ISKP elements based in Kunar and Nangarhar have directed cells in Bajaur, Peshawar and Punjab to attack large religious congregations in the coming weeks, including gatherings of the Tablighi Jamaat and seminaries of rival schools of thought. The cells may also target clerics associated with peace efforts.

Possible modus operandi: suicide bomber in the crowd, IEDs placed in parking areas or near stages, and targeted shootings of clerics leaving venues. Reporting also indicates attempts to recruit students of seminaries through encrypted messaging applications.

Organisers and district administrations are requested to ensure layered access control, walk-through gates, the deployment of plain-clothes personnel among the crowd and the sweeping of venues before events. Information may be shared with event organisers in general terms only.""", marking="AMBER", hint="TA")

# ---------------------------------------------------------------- D101 Landi Kotal, D116 Mianwali
R("KP Police Media Cell", "2026-11-21 09:10", ["D101"],
  "Former Khassadar shot dead in Landi Kotal; case registered",
  """Khyber: Yesterday evening, unknown accused shot dead a former official of the Khassadar force near his house in Landi Kotal. The deceased was returning home from the bazaar when the accused opened fire on him and escaped.

On receiving the information, the SHO Landi Kotal along with police party reached the spot and shifted the body to the hospital. A case has been registered against unknown accused on the report of the son of the deceased. DPO Khyber has formed a special team to trace the accused. Investigation is being carried out from all angles, including personal enmity.""")

R("Indus Daily Monitor", "2026-11-21 21:00", ["D116"],
  "Constable killed as militants attack police post in Mianwali",
  """LAHORE: A police constable was killed and another wounded when militants attacked a police check post near Isa Khel in Mianwali district late on Friday, Punjab police said on Saturday.

The check post is located close to the boundary with Khyber Pakhtunkhwa's Lakki Marwat district. Police said a group of around eight militants fired on the post with automatic weapons and fled back towards the hills after the police returned fire. The Punjab police chief said the attackers belonged to the banned TTP.

Punjab's districts bordering Khyber Pakhtunkhwa, including Mianwali and Bhakkar, have seen occasional attacks by militants in recent years, and the province has set up additional check posts along the boundary. Last month, two Border Military Police personnel were killed in an attack in the Dera Ghazi Khan tribal area.""", bg=["D060"])

# ---------------------------------------------------------------- D102 Gwadar labourers
R("Quetta Evening Post", "2026-11-21 13:10", ["D102"],
  "Two labourers shot dead at Gwadar construction site",
  """GWADAR: Two labourers from Sindh were shot dead by unidentified gunmen at the construction site of a desalination plant on the outskirts of Gwadar on Friday night, police said.

According to police, the labourers were sleeping in a shed at the site when armed men entered and opened fire. A watchman said the attackers arrived on foot and left towards the coastal road. The bodies were shifted to the GDA hospital and will be sent to their native district in Sindh.

Work at the site was suspended on Saturday. The contractor said more than 40 workers from outside Balochistan were employed at the site and many of them wanted to leave.""")

R("Balochistan Home Department Statement Desk", "2026-11-21 16:00", [],
  "Home Minister condemns killing of labourers in Gwadar, orders security audit",
  """The Provincial Minister for Home and Tribal Affairs has strongly condemned the killing of two labourers in Gwadar and has directed the Commissioner Makran Division and the DIG Makran to conduct an immediate security audit of all construction sites in Gwadar district where workers from other provinces are employed.

The Minister said that the labourers were guests of the province who were contributing to its development, and that the terrorists who kill them are the enemies of the Baloch people. He directed that contractors who fail to provide security arrangements to their workers in line with the SOPs be held accountable.

The Minister said the government would bear the expenses of sending the bodies to Sindh and would pay compensation to the families.""", bg=["D102"])

R("Crescent Wire Service", "2026-11-22 11:20", ["D102"],
  "Workers from Sindh killed in Gwadar, colleagues leave site",
  """GWADAR, Nov 22 (CWS): Dozens of construction workers from Sindh left Gwadar on Sunday after two of their colleagues were shot dead at a desalination plant site, a contractor said.

The two men were killed by gunmen on Friday night. No group claimed responsibility, but police suspect the banned Balochistan Liberation Front, which has killed workers from other provinces in the region. "The men are afraid. We cannot stop them," the contractor said.""")

# ---------------------------------------------------------------- D103 Lakki CTD operation
R("KP Police Media Cell", "2026-11-21 17:45", ["D103"],
  "Four terrorists including one involved in Serai Naurang blast killed in CTD operation",
  """Lakki Marwat: CTD Bannu region along with Lakki Marwat Police conducted an intelligence-based operation near Bachkan today on the presence of terrorists of Fitna al-Khawarij. On seeing the police, the terrorists opened fire. In the exchange of fire, four terrorists were killed.

According to CTD, one of the killed terrorists was wanted in the IED blast near Serai Naurang on 2nd November in which three police jawans embraced shahadat, and carried head money. Kalashnikovs, hand grenades, IED material and a motorcycle were recovered.

DPO Lakki Marwat said that the blood of the shuhada has been avenged and that operations against the khawarij will continue till their complete elimination.""", bg=["D072"])

# ---------------------------------------------------------------- traders' jirga Bannu (no incident)
R("Frontier Ledger", "2026-11-21 19:20", [],
  "Bannu traders announce strike against extortion, insecurity",
  """BANNU: Traders in Bannu on Saturday announced a shutter-down strike for Monday to protest against extortion demands and the deteriorating security situation in the district.

Addressing a press conference at the Bannu press club, leaders of traders' associations said that dozens of traders and contractors had received extortion calls and letters in recent months, and that some had closed their businesses or moved to other cities. They said complaints to the police had produced few results.

The traders demanded that the government establish a special cell for extortion complaints, protect the identity of complainants and ensure that markets were patrolled in the evenings. They also called for a grand jirga of Bannu elders, political parties and the government to discuss the situation. Police officials said a helpline for extortion complaints had been set up and urged traders to report every call.""")

# ---------------------------------------------------------------- D104 / D105 round-up
R("Quetta Evening Post", "2026-11-22 15:30", ["D104", "D105"],
  "Three FC men injured in Sui blast; tower, Levies post torched in Kohlu",
  """SUI/KOHLU: Three personnel of the Frontier Corps were injured when a roadside bomb went off near their vehicle close to Sui in Dera Bugti district on Saturday, officials said.

The bomb was planted on the side of an unpaved road used by security forces patrolling gas installations, a Levies official said. The injured were shifted to the FC hospital in Sui.

In Kohlu, armed men set fire to a mobile phone tower and an unmanned Levies post on the outskirts of the town on Saturday night. Levies officials said the post had been vacated some weeks ago. No one was hurt.

No group claimed responsibility for either incident.""")

# ---------------------------------------------------------------- D106 Tank quadcopter
R("KP Police Media Cell", "2026-11-22 11:00", ["D106"],
  "Quadcopter attack on City Police Station Tank, two jawans injured",
  """Tank: Last night at about 0100 hours, khawarij targeted City Police Station Tank by dropping two explosive devices through a quadcopter. As a result, two police jawans got injured and were shifted to DHQ Hospital Tank. The building of the police station was partially damaged.

The police jawans opened fire on the quadcopter, which flew away towards the south. DPO Tank reached the spot, and the area was cordoned off. The anti-drone system for Tank is being installed on priority. The DPO said that such cowardly acts cannot lower the morale of the police.""")

# ---------------------------------------------------------------- D107 Makeen clash
R("Waziristan Awaz Citizen Page", "2026-11-22 14:00", ["D107"],
  "Heavy fighting near Makeen since morning",
  """Heavy fighting is going on near Makeen since early morning between security forces and militants. Local people say the sound of heavy weapons and mortars can be heard in all surrounding villages.

According to our sources, five soldiers have been martyred and many militants killed. Families from two villages have left their homes and are coming towards Razmak. The road between Makeen and Razmak is closed. Please pray for the people of Makeen and Ladha.""")

R("Armed Forces Media Directorate", "2026-11-22 20:15", ["D107"],
  "Seven khawarij neutralised near Makeen; three soldiers embrace shahadat",
  """On 22 November 2026, security forces engaged a group of khawarij in the general area of Makeen, South Waziristan District. During the intense exchange of fire, seven khawarij were neutralised, while three brave soldiers, having fought gallantly, embraced shahadat. Two soldiers were injured.

Weapons and ammunition were recovered from the killed khawarij. Sanitisation operation is being carried out to eliminate any other kharji found in the area. Security forces of Pakistan are determined to wipe out the menace of terrorism from the country.""")

R("Crescent Wire Service", "2026-11-23 10:40", ["D107"],
  "Three soldiers, seven militants killed in South Waziristan clash",
  """PESHAWAR, Nov 23 (CWS): Three Pakistani soldiers and seven militants were killed in a gunfight in the Makeen area of South Waziristan on Sunday, the military said.

Residents said the fighting lasted several hours and that some families had left their villages. A local social media page had earlier reported five soldiers killed; the military put the figure at three, with two wounded. Makeen, in the mountainous north of the district, was a stronghold of the Pakistani Taliban before military operations a decade ago.""")

# ---------------------------------------------------------------- CMC weekly 16-22 Nov
R("Conflict Monitoring Collective", "2026-11-23 12:00", ["D095", "D097", "D098", "D099", "D102", "D107", "D116"],
  "Weekly security brief: 16-22 November 2026",
  """The Collective recorded 19 militant attacks between 16 and 22 November, in which 18 people were killed (11 security personnel and 7 civilians) and 31 injured. Security forces reported killing 22 militants, most of them in North and South Waziristan.

In Quetta, a female suicide bomber killed two FC personnel and a rickshaw driver at a check post on Airport Road on 19 November; the attack was claimed by the BLA. It is the third mass-casualty attack in the provincial capital since September.

Dera Ismail Khan saw two attacks on 18 November: an assault on the Daraban police station, in which a policeman and three attackers were killed, and a roadside bomb against a CTD vehicle on the Chashma road. In Punjab, a constable was killed in an attack on a check post near Isa Khel, Mianwali, on 20 November. In Gwadar, two labourers from Sindh were shot dead at a construction site the same night.

Security forces reported killing eight militants in an operation near Mir Ali on 17 November (two soldiers killed) and seven in a clash near Makeen on 22 November (three soldiers killed).""", bg=["D011", "D065"])

# ---------------------------------------------------------------- D108 Peshawar doctor
R("Sapphire News 24", "2026-11-23 21:30", ["D108"],
  "Doctor shot dead outside clinic in Hayatabad",
  """A doctor has been shot dead outside his private clinic in Hayatabad Phase 6, Peshawar, tonight. According to police, two persons on a motorcycle opened fire on the doctor when he came out of the clinic and fled.

The doctor was shifted to Hayatabad Medical Complex but could not survive. Doctors' associations have announced protest and suspension of OPD services tomorrow. Police have started investigation.""")

R("Frontier Ledger", "2026-11-24 08:35", ["D108"],
  "Doctors protest after colleague killed in Hayatabad",
  """PESHAWAR: Doctors in Peshawar suspended out-patient services at government hospitals on Tuesday after a senior physician was shot dead outside his private clinic in Hayatabad Phase 6 on Monday night.

The doctor was leaving the clinic at around 9pm when two men on a motorcycle opened fire on him, police said. He received several bullets and died in hospital. Relatives said he had received extortion demands from unknown numbers over the past month and had informed the police.

Representatives of doctors' associations said several doctors in Peshawar had received similar demands and demanded protection. The killing came two months after a pharmacist who had refused extortion was shot dead in Gulbahar.""", bg=["D033"])

# ---------------------------------------------------------------- D109 Mastung, D110 Karachi
R("Quetta Evening Post", "2026-11-23 17:00", ["D109"],
  "Two Levies personnel martyred in Kanak blast",
  """MASTUNG: Two personnel of the Levies Force were martyred and one was injured when their vehicle was hit by a roadside bomb near Kanak in Mastung district on Monday.

Levies officials said the vehicle was on its way to a check post when the device went off. The injured sepoy was shifted to Quetta. No group claimed responsibility.

Mastung has seen repeated attacks on Levies and FC this year, including the storming of the Kardgap Levies station in September and an attack on an FC check post at Khad Koocha in October.""", bg=["D020", "D057"])

R("CTD Balochistan Operations Desk", "2026-11-24 10:00", ["D109"],
  "Note: Kanak IED (23-11) and planned follow-up in Sariab",
  """(1) 23-11-2026 approx 1040 hrs: RCIED (approx 5 kg) detonated against Levies vehicle on Kanak link road, District Mastung. 2 Levies sepoys martyred, 1 injured. Device concealed under a culvert; remnants of a modified doorbell trigger recovered. No claim so far. Fitna al-Hindustan cell operating between Kanak and Kardgap suspected.

(2) Reference SBIED Airport Road of 19-11-2026: technical analysis has located the suspected handler in Sariab. A raid by CTD Quetta is planned; further details restricted.

Units are requested to share information regarding movement of the Kanak cell with CTD Mastung.""", marking="AMBER+STRICT", bg=["D099"])

R("Metro Karachi Times", "2026-11-24 09:30", ["D110"],
  "Constable killed in attack on police mobile in Korangi",
  """KARACHI: A police constable was killed and another injured when two men on a motorcycle opened fire on a police mobile in the Korangi Industrial Area on Monday night.

The SHO of the Korangi Industrial Area police station said the mobile had stopped near a roadside tea stall when the suspects fired at the policemen and fled. The injured constable was taken to Jinnah Postgraduate Medical Centre.

Police said it was not clear whether the attack was carried out by militants or criminals. CTD officials have joined the investigation. A senior officer said that policemen in the city had been directed not to stop at roadside stalls while on patrol.""")

# ---------------------------------------------------------------- federal apex committee (no incident)
R("Crescent Wire Service", "2026-11-24 18:30", [],
  "Federal apex committee approves new counter-terrorism measures",
  """ISLAMABAD, Nov 24 (CWS): The federal apex committee on the National Action Plan on Tuesday approved a series of counter-terrorism measures, including the strengthening of provincial counter-terrorism departments, a national database of extortion cases and tighter regulation of commercially available drones, officials said.

The meeting, chaired by the prime minister and attended by the chief ministers of all four provinces, the army chief and heads of intelligence agencies, reviewed the security situation in Khyber Pakhtunkhwa and Balochistan. A statement said the participants agreed that police would be given the lead role in settled areas, supported by the army where required.

The meeting also decided that the sale and import of quadcopters would require registration, after a series of attacks on police stations using drones fitted with explosives. Opposition leaders said the measures lacked a political strategy and called for a parliamentary debate.""")

# ---------------------------------------------------------------- D111 Bannu kidnapping
R("KP Police Media Cell", "2026-11-24 19:00", ["D111"],
  "Two revenue officials abducted in Jani Khel; search operation under way",
  """Bannu: Today, unknown armed persons abducted two officials of the revenue department who had gone to the Jani Khel area for official duty related to land record. The abductors took them away towards the mountainous area along with their official vehicle.

On receiving information, DPO Bannu along with police contingents reached the area. A search operation has been launched with the assistance of security forces and local elders. All exit points have been sealed. The police are in contact with the elders of the area for the safe recovery of the abducted officials.""")

R("Frontier Ledger", "2026-11-25 08:30", ["D111", "D113"],
  "Revenue officials kidnapped in Jani Khel; three killed in Miranshah bazaar blast",
  """BANNU/MIRANSHAH: Two officials of the revenue department were abducted by armed men in Jani Khel in Bannu district on Tuesday, while three people were killed and nine injured in a bomb blast in Miranshah bazaar.

Police said the revenue officials had gone to Jani Khel for the demarcation of land when a group of armed men stopped their vehicle and took them away. Elders of Jani Khel condemned the kidnapping and said they would help the police. Officials suspect the local TTP faction, which has abducted several government employees in the area this year.

In Miranshah, a bomb concealed in a cart exploded in a busy part of the bazaar in the afternoon. The three dead were a shopkeeper, a labourer and a young boy. Traders said the bazaar had only recently recovered after years of closures. No group claimed responsibility.""")

# ---------------------------------------------------------------- D112 Awaran (single)
R("Quetta Evening Post", "2026-11-25 12:10", ["D112"],
  "Rockets fired at FC camp in Jhal Jhao",
  """AWARAN: Unidentified armed men fired several rockets at a Frontier Corps camp in Jhal Jhao area of Awaran district late on Tuesday night, Levies officials said. No casualties were reported.

The rockets landed in and around the camp, damaging a vehicle and a boundary wall, the officials said. FC personnel returned fire and launched a search of the surrounding hills.

Awaran has been one of the most insurgency-affected districts of Balochistan for years. In October, two FC personnel were martyred in an IED blast in the Mashkay area of the district.""", bg=["D042"])

# ---------------------------------------------------------------- D113 Miranshah bazaar
R("Waziristan Awaz Citizen Page", "2026-11-24 15:30", ["D113"],
  "Blast in Miranshah bazaar, several martyred",
  """A blast has happened in Miranshah main bazaar near the vegetable shops a short time ago. Four people martyred and many injured according to people present there. A bomb was kept in a handcart.

Injured are being taken to DHQ Miranshah. Shops have been closed and security forces have surrounded the bazaar. People are requested to donate blood at the hospital, especially O negative. This bazaar was just getting busy again after so many years. More details coming.""")

R("Crescent Wire Service", "2026-11-24 19:45", ["D113"],
  "Three killed in market bombing in North Waziristan",
  """MIRAN SHAH, Nov 24 (CWS): A bomb hidden in a cart exploded in a crowded market in Miran Shah, the main town of North Waziristan, on Tuesday, killing three civilians and wounding nine, officials said.

Hospital officials said some of the wounded were in serious condition and had been referred to Bannu. A local citizen page had reported four dead, but officials said the toll was three. No group claimed responsibility.""")

# ---------------------------------------------------------------- D114 Sariab raid, D115 Bara IED
R("Crescent Wire Service", "2026-11-25 13:30", ["D114"],
  "Three militants killed in Quetta raid, CTD says",
  """QUETTA, Nov 25 (CWS): Counter-terrorism police killed three militants, including the alleged handler of a female suicide bomber who attacked a checkpoint in Quetta last week, in a raid in the city's Sariab area on Wednesday, officials said.

The militants opened fire when the team surrounded a house before dawn and were killed in the exchange of fire, a CTD spokesperson said. Weapons, explosives and a suicide vest were recovered, he said. No CTD personnel were hurt.

Last week's bombing on Airport Road killed two paramilitary soldiers and a passer-by.""", bg=["D099"])

R("KP Police Media Cell", "2026-11-25 14:20", ["D115"],
  "Two police jawans martyred in IED blast in Bara",
  """Khyber: Today at about 1130 hours, a police vehicle of Police Station Bara was on patrol duty when an IED planted by terrorists on the roadside exploded. As a result, two police jawans embraced shahadat and one jawan was injured, who was shifted to hospital in Peshawar.

DPO Khyber along with heavy contingent of police reached the spot. The area was cordoned off and a search operation was launched. The funeral prayers of the shuhada will be offered at Police Lines Khyber. The IGP strongly condemned the incident and directed to trace the terrorists involved at the earliest.""")
