# Batch 04: 1-13 October 2026 (incidents D037-D050)

I("D037", "2026-10-01", "KP", "Bannu", "Kakki police station", "drone_strike",
  "Quadcopter attempted to drop explosives on Kakki police station at night; police shot it down, one device exploded in open ground, no casualties.",
  perp="Fitna al-Khawarij (attributed by police)")
I("D038", "2026-10-02", "KP", "Khyber", "Ali Masjid, Torkham highway (Landi Kotal tehsil)", "ied",
  "Remote-controlled IED struck a Frontier Corps vehicle on the Torkham highway near Ali Masjid; two personnel injured.",
  injured=2, perp="unknown")
I("D039", "2026-10-03", "KP", "South Waziristan", "Wana bazaar", "targeted_killing",
  "Pro-government tribal elder shot dead in Wana bazaar by gunmen on a motorcycle.",
  killed=1, perp="unknown (militants suspected)")
I("D040", "2026-10-04", "BL", "Quetta", "Spini Road check post", "grenade",
  "Hand grenade thrown at a police check post on Spini Road at night; three policemen injured.",
  injured=3, perp="unknown")
I("D041", "2026-10-04", "BL", "Quetta", "Satellite Town", "targeted_killing",
  "Retired police sub-inspector shot dead outside his house in Satellite Town in the morning.",
  killed=1, perp="unknown")
I("D042", "2026-10-05", "BL", "Awaran", "Mashkay", "ied",
  "IED struck an FC patrol in the Mashkay area; two FC personnel killed, one injured.",
  killed=2, injured=1, perp="Fitna al-Hindustan (attributed by military)")
I("D043", "2026-10-06", "SD", "Karachi (West)", "Manghopir", "security_operation",
  "CTD Sindh raid in Manghopir; three suspected TTP militants killed in exchange of fire, explosives and suicide vest recovered.",
  militants_killed=3, perp="TTP (target of operation)")
I("D044", "2026-10-07", "KP", "North Waziristan", "Miranshah", "targeted_killing",
  "Assistant district education officer shot dead while driving to office in Miranshah.",
  killed=1, perp="unknown")
I("D045", "2026-10-08", "BL", "Jaffarabad", "near Dera Murad Jamali", "infrastructure",
  "Two pylons of a 220kV transmission line blown up near Dera Murad Jamali; power supply to Quetta and several districts disrupted.",
  perp="unknown (BRG suspected)")
I("D046", "2026-10-09", "KP", "Kurram", "near Sadda", "armed_clash",
  "Armed clash between two tribes over disputed land near Sadda, 9-10 October; six killed, eleven injured; ceasefire brokered by jirga on 11 October.",
  killed=6, injured=11, perp="tribal clash")
I("D047", "2026-10-10", "KP", "Dera Ismail Khan", "Kulachi tehsil", "security_operation",
  "CTD intelligence-based operation in Kulachi tehsil; three militants killed, said to be involved in the September attack on Kulachi police station.",
  militants_killed=3, perp="Fitna al-Khawarij (target of operation)")
I("D048", "2026-10-11", "BL", "Washuk", "Besima", "armed_assault",
  "Armed men took control of parts of Besima for several hours, set fire to a bank branch and the Levies station; no casualties.",
  perp="BLA", claimed=True)
I("D049", "2026-10-12", "KP", "Bajaur", "Khar bazaar", "ied",
  "IED concealed in a handcart exploded in Khar bazaar; toll rose from four to five, including two children; eleven injured.",
  killed=5, injured=11, perp="unknown (ISKP suspected)")
I("D050", "2026-10-12", "KP", "Lakki Marwat", "near Pezu", "kidnapping",
  "Two engineers and a driver of an oil and gas exploration contractor abducted near Pezu; recovered in a security operation on 9 November.",
  kidnapped=3, perp="Fitna al-Khawarij (attributed)")

# ---------------------------------------------------------------- threat alert polio (no incident)
R("Joint Threat Assessment Cell", "2026-10-01 17:30", [],
  "Threat alert: polio teams and escorts, southern Khyber Pakhtunkhwa",
  """Reporting indicates that local TTP commanders in Bannu, Lakki Marwat and Dera Ismail Khan have instructed their cadres to target polio vaccination teams and their police escorts during the next national immunisation days. Reference the killing of a police escort in Paharpur, D.I. Khan on 25 Sep.

Likely modus operandi: shooting by two-man motorcycle teams at the end of a vaccination round, IEDs on routes repeatedly used by teams, and intimidation of vaccinators at their homes.

Recommended: randomise routes and timings of teams, avoid predictable assembly points, provide escorts in pairs, and coordinate area domination patrols with the district health authorities. District police officers to review the security plan for the campaign with the Emergency Operations Centre before the start of the drive.""", marking="GREEN", hint="TA", bg=["D030"])

# ---------------------------------------------------------------- D037 Bannu
R("KP Police Media Cell", "2026-10-01 10:45", ["D037"],
  "Police foil quadcopter attack on PS Kakki",
  """Bannu: Last night at about 0130 hours, the khawarij tried to attack Police Station Kakki with a quadcopter. The alert police jawans on duty detected the quadcopter and opened fire on it, due to which it fell in the open ground near the police station and the explosive material fitted on it exploded. By the grace of Allah, no loss of life or property occurred.

Thereafter the miscreants opened fire from a distance, which was responded to effectively by the police. The area was cordoned off and a search operation was carried out. Remains of the quadcopter have been taken into custody and handed over to BDU for examination.

DPO Bannu appreciated the alertness of the police jawans and announced cash prizes for them. He said that the police have been provided with equipment to counter quadcopter attacks and that every attack will be responded to with full force.""")

# ---------------------------------------------------------------- CMC monthly September (aggregate + highlights)
R("Conflict Monitoring Collective", "2026-10-02 11:00", ["D011", "D032", "D024"],
  "Monthly security assessment: September 2026",
  """September 2026 was the deadliest month of the year so far. The Collective recorded 71 militant attacks across the country, a 12 percent increase over August. These attacks resulted in 163 deaths, including 61 security forces personnel, 84 civilians and 18 members of peace committees and pro-government groups, and 241 injuries. Security forces killed 96 militants in operations and in response to attacks.

Khyber Pakhtunkhwa remained the most affected region with 44 attacks, followed by Balochistan with 23. Within Khyber Pakhtunkhwa, Bannu, Lakki Marwat, North Waziristan and Dera Ismail Khan accounted for more than half of the attacks, most of them on police stations, check posts and patrols. The use of quadcopters to drop explosives on police installations was recorded in at least seven attacks.

Balochistan recorded fewer attacks but more deaths per attack. The suicide bombing at Quetta railway station on 9 September, in which 29 people were killed, was the single deadliest incident. Separatist groups continued to target highways, with four temporary blockades recorded on the N-25 and N-40, and an attack on an FC convoy near Nushki on 19 September killed three personnel.

In North Waziristan, a vehicle-borne suicide attack on a check post in Spinwam on 27 September killed five soldiers. The Collective notes a growing number of claims by factions associated with the Hafiz Gul Bahadur group.

Data are compiled from media reports, official statements and the Collective's field researchers. Figures may differ from official figures.""")

# ---------------------------------------------------------------- D038 Khyber
R("Crescent Wire Service", "2026-10-02 14:30", ["D038"],
  "Two FC men injured in bomb blast on Torkham highway",
  """LANDI KOTAL, Oct 2 (CWS): Two personnel of the Frontier Corps were injured on Friday when a remote-controlled bomb exploded near their vehicle on the Peshawar-Torkham highway near Ali Masjid in Khyber district, officials said.

The vehicle was part of a routine patrol, an official said. Traffic on the highway, the main route for trade with Afghanistan, was briefly suspended. No group claimed responsibility.""")

R("Frontier Ledger", "2026-10-03 08:30", ["D038"],
  "IED blast near Ali Masjid injures two FC personnel",
  """LANDI KOTAL: Two personnel of the Frontier Corps Khyber Pakhtunkhwa (North) were injured when an improvised explosive device went off near their vehicle close to Ali Masjid on the Torkham highway on Friday afternoon.

Officials said the device had been hidden in a water channel under the road and was set off by remote control. The vehicle was partially damaged. The injured were shifted to a military hospital in Peshawar.

The highway was closed for about an hour, causing a long queue of trucks on their way to Torkham. Transporters said security on the highway had improved in recent years, but the latest blast had revived fears.""")

# ---------------------------------------------------------------- Home dept highway meeting (no incident)
R("Balochistan Home Department Statement Desk", "2026-10-03 14:00", [],
  "Meeting reviews security of national highways in Balochistan",
  """A high-level meeting chaired by the Additional Chief Secretary Home Balochistan reviewed the security of national highways passing through the province. The meeting was attended by representatives of FC, Police, Levies, the National Highways and Motorway Police and the National Highway Authority, and commissioners of the divisions concerned.

The meeting was informed that 37 new check posts had been established on the N-25, N-40, N-65 and N-85 highways during the last three months and that night patrolling had been increased. The participants discussed measures to prevent temporary blockades of highways by terrorists, including quick reaction forces at identified locations, CCTV coverage of vulnerable stretches and better communication between Levies and FC.

It was decided that public transport will not be allowed to travel at night on certain sections of the highways till further orders and that transporters will be consulted on the timings. The Additional Chief Secretary directed that the plan be implemented within two weeks and a progress report be submitted to the Home Department.""")

# ---------------------------------------------------------------- D039 Wana
R("Waziristan Awaz Citizen Page", "2026-10-03 13:15", ["D039"],
  "Elder shot dead in Wana bazaar",
  """A well-known elder of Wana has been shot dead in the main bazaar today around 11am. According to eyewitnesses, two persons on a motorcycle came and fired at him when he was standing outside a shop and then escaped towards Rustam bazaar side.

He was a member of the aman committee and had been in many jirgas for peace in the area. People are very sad and angry. Shops in Wana bazaar have been closed. Elders say they will announce their next step after the funeral.""")

R("Frontier Ledger", "2026-10-04 08:50", ["D039"],
  "Tribal elder gunned down in Lower South Waziristan",
  """WANA: A pro-government tribal elder was shot dead by unidentified gunmen in the main bazaar of Wana, the headquarters of Lower South Waziristan district, on Saturday.

Police said the elder was standing outside a shop when two men on a motorcycle opened fire on him. He died on the spot. The attackers escaped. The slain elder was a member of the local peace committee and had taken part in several jirgas between the government and local tribes.

Traders kept the bazaar closed for the rest of the day. A large number of people attended his funeral prayers in the evening, at which speakers demanded that the government protect elders who worked for peace. No group claimed responsibility for the killing, but local people blamed militants who, they said, had been threatening members of peace committees.

Several members of peace committees have been killed in South Waziristan and neighbouring districts in recent years.""")

# ---------------------------------------------------------------- D040 / D041 Quetta same day
R("Sapphire News 24", "2026-10-04 22:40", ["D040", "D041"],
  "Grenade attack on police check post in Quetta, three cops injured",
  """Three policemen have been injured in a hand grenade attack on a police check post on Spini Road in Quetta tonight. According to police, unknown persons threw a grenade at the check post from a moving vehicle and fled.

The injured policemen have been shifted to the Civil Hospital Trauma Centre. Police have cordoned off the area and started checking vehicles. Earlier today, a retired police officer was shot dead in Satellite Town.""")

R("Quetta Evening Post", "2026-10-05 16:30", ["D040", "D041"],
  "Retired police officer shot dead, three cops injured in grenade attack in Quetta",
  """QUETTA: A retired sub-inspector of police was shot dead in Satellite Town on Sunday morning, while three policemen were injured when unidentified men hurled a hand grenade at a police check post on Spini Road late in the night.

According to police, the retired official had stepped out of his house to buy bread when two gunmen on a motorcycle opened fire on him, killing him on the spot. His family said he had retired two years ago and had no enmity with anyone. Police said they were investigating whether the killing was linked to his service.

In the second incident, the grenade was thrown at the check post from a car that was speeding towards the Hazarganji side, police said. Two of the three injured constables were discharged from hospital after first aid.

The two incidents on the same day have raised concerns about security in the provincial capital less than a month after the suicide bombing at the railway station. The Capital City Police Officer ordered snap checking at all entry and exit points of the city.""", bg=["D011"])

R("CTD Balochistan Operations Desk", "2026-10-05 12:10", ["D040", "D041"],
  "Quetta incidents of 04-10-2026: preliminary assessment",
  """(1) 04-10-2026 approx 0740 hrs, Satellite Town: retired SI of Quetta Police shot dead outside residence by two individuals on a motorcycle; 9mm empties (4) recovered. Deceased had served in Special Branch and Investigation. Target-killing with possible link to his past service; no claim.

(2) 04-10-2026 approx 2200 hrs, Spini Road check post: hand grenade (Arges type) thrown from a white car (registration not noted) moving towards Hazarganji. Three constables injured, two discharged. Safe city cameras on Spini Road non-functional since August; footage being sought from private cameras.

No link between (1) and (2) established at this stage. Both cases registered at CTD PS Quetta. Sariab and Hazarganji-based facilitation networks being examined with reference to earlier attacks on police in Quetta.""", marking="AMBER")

# ---------------------------------------------------------------- D042 Awaran
R("Armed Forces Media Directorate", "2026-10-05 20:00", ["D042"],
  "Two soldiers embrace shahadat in IED blast in Awaran",
  """On 5 October 2026, terrorists of Indian-sponsored Fitna al-Hindustan targeted a security forces patrol with an improvised explosive device in the general area of Mashkay, Awaran District. As a result of the blast, two brave soldiers embraced shahadat, while one soldier was injured.

A sanitisation operation is being carried out to eliminate the perpetrators of this heinous act. Security forces of Pakistan remain determined to thwart the nefarious designs of the enemies of Balochistan's peace and progress, and such acts of terrorism will not deter our resolve.""")

R("Quetta Evening Post", "2026-10-06 17:00", ["D042"],
  "Two FC men martyred in Mashkay blast",
  """AWARAN: Two personnel of the Frontier Corps were martyred and another was injured when their patrol vehicle was hit by a roadside bomb in the Mashkay area of Awaran district on Monday.

Local sources said the blast took place on an unpaved track between two villages. The injured soldier was shifted to Khuzdar. Funeral prayers of the martyred soldiers were offered at the FC Headquarters in Turbat, the military said. No group claimed responsibility.

Mashkay and other parts of Awaran have remained affected by insurgency for nearly two decades, and security forces operating in the area frequently face roadside bombs.""")

# ---------------------------------------------------------------- IGP press conference (no incident)
R("KP Police Media Cell", "2026-10-06 15:30", [],
  "IGP KP addresses press conference on police performance and counter-terrorism",
  """Peshawar: Inspector General of Police Khyber Pakhtunkhwa addressed a press conference at the Central Police Office today and briefed the media on the performance of KP Police during the last nine months and the measures taken to counter terrorism in the province.

The IGP said that KP Police had conducted more than 2,300 intelligence-based and search-and-strike operations during the year and arrested over 600 terrorists and facilitators. He said that 112 police jawans and officers had embraced shahadat this year, and paid tribute to their sacrifices. He said that the police had been provided with anti-drone systems, armoured personnel carriers and night vision devices for stations in the southern districts, and that more would be provided in the coming months.

The IGP said that the strength of the Counter Terrorism Department is being increased and a new training school for CTD officers will be established in Nowshera. He appealed to the public to cooperate with the police and share information about suspicious persons. Replying to a question, he said that the police would not negotiate with terrorists and that there would be no compromise on the writ of the state.""")

# ---------------------------------------------------------------- D043 Karachi CTD
R("Metro Karachi Times", "2026-10-07 09:10", ["D043"],
  "Three suspected TTP militants killed in Manghopir 'encounter'",
  """KARACHI: The Counter Terrorism Department claimed on Tuesday night that it had killed three suspected militants of the banned Tehreek-e-Taliban Pakistan in an exchange of fire in the Manghopir area.

According to a CTD spokesperson, a team raided a hideout in a hilly locality off Manghopir Road on a tip-off that militants planning an attack in the city were present there. When the team approached, the suspects opened fire, and three of them were killed in the retaliatory fire. Two or three others escaped in the darkness. No CTD personnel were hurt.

The spokesperson said a suicide vest, four hand grenades, two Kalashnikovs and around five kilograms of explosives were recovered from the hideout. He claimed the suspects had been involved in attacks on policemen in western Karachi.

Human rights activists have in the past questioned the circumstances of such "encounters" in the city.""")

R("Indus Daily Monitor", "2026-10-07 22:00", ["D043"],
  "CTD says killed militants were planning attack in Karachi",
  """KARACHI: Three suspected militants killed in a Counter Terrorism Department raid in Manghopir on Tuesday night were planning a suicide attack in the city, a senior CTD official said on Wednesday.

The official told reporters that the suspects belonged to a cell of the banned TTP operating from western Karachi and had been in contact with handlers in Afghanistan. He said investigators were examining whether the cell was linked to the killing of an off-duty constable in Orangi Town last month, but declined to give details.

The bodies of the three men were shifted to a hospital for post-mortem examination. Their identities had not been made public. The official said the CTD had conducted more than 40 raids in the city this year and arrested over 90 suspects.""", bg=["D006"])

# ---------------------------------------------------------------- D044 Miranshah official
R("Waziristan Awaz Citizen Page", "2026-10-07 11:30", ["D044"],
  "Education officer martyred in Miranshah firing",
  """An officer of the education department has been martyred in firing near Miranshah this morning. He was going to his office in his car when unknown people opened fire on him. He was taken to the hospital but could not survive.

He was a very respected person and was working for the reopening of closed schools in the area. All teachers and students are in shock. Teachers' union has announced closure of schools tomorrow for protest. Please pray for him.""")

R("Frontier Ledger", "2026-10-08 08:15", ["D044"],
  "Education officer shot dead in Miran Shah",
  """MIRAN SHAH: An assistant district education officer was shot dead by unidentified gunmen in Miran Shah, the headquarters of North Waziristan, on Wednesday morning, officials said.

The officer was driving to his office when the gunmen, who were waiting on the roadside, opened fire on his car. He was taken to the district headquarters hospital but died of his wounds. His driver escaped unhurt.

Colleagues said the officer had been active in efforts to reopen girls' schools that had been closed for years and in an enrolment drive in the district. Teachers' associations announced that schools across North Waziristan would remain closed on Thursday in protest. No group claimed responsibility.""")

# ---------------------------------------------------------------- D045 pylons
R("Quetta Evening Post", "2026-10-08 15:10", ["D045"],
  "Power supply to Quetta disrupted as pylons blown up near Dera Murad Jamali",
  """DERA MURAD JAMALI: Two pylons of a 220kV transmission line were blown up by unidentified miscreants near Dera Murad Jamali in Jaffarabad district in the early hours of Thursday, disrupting electricity supply to Quetta and several other districts.

Officials of the power distribution company said the line supplied electricity from the national grid to the Quetta region, and consumers in Quetta, Sibi, Mastung and Pishin faced long outages. Supply was being partially restored through an alternative line, they said, but load-shedding would continue until the pylons were repaired.

Police said explosives had been planted at the bases of the towers, which collapsed after the blasts. No one was hurt. The area was cordoned off and a search operation was launched.""")

R("Crescent Wire Service", "2026-10-08 18:40", ["D045"],
  "Sabotage of transmission towers cuts power in Balochistan",
  """QUETTA, Oct 8 (CWS): Saboteurs blew up two high-voltage transmission towers in eastern Balochistan on Thursday, cutting power to the provincial capital Quetta and surrounding districts for several hours, officials said.

The towers near Dera Murad Jamali were destroyed by explosives planted at their bases, a police official said. Repairs were expected to take three to four days. No group claimed responsibility, but separatist groups have frequently targeted power infrastructure in the region.""")

R("CTD Balochistan Operations Desk", "2026-10-09 10:00", ["D045"],
  "Sabotage of 220kV transmission towers, District Jaffarabad",
  """On 08-10-2026 at approx 0315 hrs, two towers (nos. 211 and 212) of the 220kV transmission line were destroyed through explosives near Dera Murad Jamali, District Jaffarabad. Remnants of improvised charges (approx 6 kg each) with command wire recovered. No casualties.

Local sources indicate involvement of an armed group associated with BRG which has previously targeted transmission lines and railway tracks in Naseerabad division. No claim received so far.

Repair teams of the transmission company working under police and FC cover. Patrolling of the transmission corridor between Dera Murad Jamali and Sibi is being enhanced at night.""", marking="GREEN")

# ---------------------------------------------------------------- BHC hearing (no incident)
R("Indus Daily Monitor", "2026-10-09 20:30", [],
  "BHC seeks reply from government on mobile internet suspensions",
  """QUETTA: The Balochistan High Court on Friday sought a detailed reply from the provincial government and the telecom regulator on a petition challenging the repeated suspension of mobile internet services in several districts of the province on security grounds.

The petition, filed by a group of students and traders, argued that frequent and prolonged suspensions in districts including Kech, Panjgur, Gwadar, Mastung and Kalat were hurting education, businesses and access to health services, and that the suspensions were ordered without public notification or a clear legal basis.

A law officer told the court that suspensions were ordered on the recommendation of security agencies to prevent terrorists from communicating during attacks, and that they were temporary. The bench observed that security concerns were genuine but the government must show that suspensions were proportionate and time-bound, and asked the home department to place on record all notifications issued this year. The hearing was adjourned for three weeks.""")

# ---------------------------------------------------------------- D046 Kurram tribal clash
R("Frontier Ledger", "2026-10-10 09:00", ["D046"],
  "Four killed as land dispute sparks clash near Sadda",
  """SADDA: At least four people were killed and seven injured when a long-standing land dispute between two tribes erupted into an armed clash near Sadda in Kurram district on Friday.

Local officials said the two sides fired at each other's positions with light and heavy weapons from the afternoon until late at night. The injured were taken to the Tehsil Headquarters Hospital in Sadda. Police and FC personnel were deployed between the two sides, but firing continued intermittently.

The deputy commissioner said a jirga of elders from neutral tribes had been asked to intervene. Residents of nearby villages said schools had been closed and people were staying indoors. The main road between Sadda and Parachinar was closed to traffic.""")

R("Indus Daily Monitor", "2026-10-11 21:30", ["D046"],
  "Ceasefire reached in Kurram after land clash leaves six dead",
  """PESHAWAR: A jirga brokered a ceasefire on Sunday between two tribes in Kurram district after two days of clashes over disputed land near Sadda left six people dead and eleven injured, officials said.

The clashes began on Friday afternoon and continued into Saturday, with both sides using heavy weapons. Two more people died on Saturday, bringing the toll to six. Under the agreement, both sides will vacate their positions and hand them over to the Frontier Corps, and a land commission will examine their claims.

Officials worry that land disputes in Kurram can quickly take on a sectarian colour and spread to other parts of the district, as has happened in the past. The road between Sadda and Parachinar was reopened on Sunday evening. Last month, five passengers were killed in an attack on a van near Bagan in Lower Kurram.""", bg=["D010"])

# ---------------------------------------------------------------- D047 DIK CTD
R("KP Police Media Cell", "2026-10-10 16:20", ["D047"],
  "Three terrorists involved in PS Kulachi attack killed in CTD operation",
  """Dera Ismail Khan: Counter Terrorism Department (CTD) DIK region, on a tip-off regarding the presence of terrorists in a hideout in Kulachi tehsil, conducted an intelligence-based operation today along with district police.

As the CTD team approached the hideout, the terrorists opened fire. During the exchange of fire, three terrorists were killed. Kalashnikovs, hand grenades, a quantity of explosives and a quadcopter were recovered from the hideout.

According to CTD, the killed terrorists were involved in the attack on Police Station Kulachi on 5th September in which two police jawans embraced shahadat, as well as in the target killing of police personnel and extortion from traders in the area. Their identification is being carried out. Search for their accomplices is in progress. Regional Police Officer DIK appreciated the CTD team for the successful operation.""", bg=["D007"])

# ---------------------------------------------------------------- D048 Besima
R("Joint Threat Assessment Cell", "2026-10-11 22:10", ["D048"],
  "Daily situation summary 11 Oct",
  """1. Balochistan / Washuk: Approx 1630-2030 hrs, an estimated 40-50 armed men entered Besima town from the north, set up positions at the main chowk and on the Besima-Kharan road, set fire to a commercial bank branch and the Levies station (vacated by personnel on arrival of the group), and addressed residents at the bazaar. No casualties reported. Group withdrew before arrival of FC reinforcements from Kharan. BLA claimed at 2110 hrs.

2. Assessment: This is the third instance this year of a district or tehsil town being temporarily occupied. The objective appears to be propaganda (videos of the burning buildings circulated within the hour). Weak Levies presence in Besima facilitated the action.

3. KP: No significant incident reported today.""")

R("Quetta Evening Post", "2026-10-12 13:00", ["D048"],
  "Armed men take over Besima for hours, torch bank and Levies station",
  """KHARAN: A large group of armed men took control of parts of Besima town in Washuk district for several hours on Sunday evening and set fire to a bank branch and the Levies station before leaving, residents and officials said.

Residents said the armed men, some of them masked, arrived in vehicles and on motorcycles at around 4:30pm and took positions at the main chowk. Levies personnel at the station left before the group arrived, an official said. The armed men burnt records and furniture in the Levies station and set fire to the bank branch, which had been closed for the day. Some of them spoke to people in the bazaar and filmed themselves.

No one was hurt. The group left at around 8:30pm, shortly before reinforcements from Kharan arrived. The banned BLA claimed the action in a statement. The deputy commissioner Washuk said the district administration was assessing the damage and an inquiry would be held into why the Levies station was abandoned.""")

R("Balochistan Home Department Statement Desk", "2026-10-12 17:30", ["D048"],
  "Spokesperson: Besima incident a failed attempt at propaganda",
  """The spokesperson of the Home Department Balochistan has said that the incident in Besima, District Washuk, on Sunday evening was a failed attempt by terrorists of Fitna al-Hindustan to create an impression of their presence through social media propaganda.

According to the spokesperson, a group of terrorists entered the town and set fire to a bank branch and the Levies station, and fled as soon as FC and Levies reinforcements approached. No loss of life occurred. The situation in Besima is completely normal and businesses reopened on Monday morning.

The spokesperson said that a departmental inquiry has been ordered against the Levies personnel who left their posts, and the Levies station will be shifted to a more secure building. Those who damage public property and banks that serve the common people are enemies of Balochistan's development, the spokesperson said.""")

# ---------------------------------------------------------------- D049 Bajaur market blast
R("Crescent Wire Service", "2026-10-12 13:45", ["D049"],
  "Four killed, 11 injured in bomb blast in Bajaur market",
  """KHAR, Oct 12 (CWS): At least four people, including two children, were killed and 11 others injured when a bomb exploded in a busy market in Khar, the headquarters of Bajaur district, on Monday, police said.

The explosive device had been hidden in a handcart parked near a row of fruit stalls, a police official said. The injured were taken to the district headquarters hospital, where an emergency was declared. Several were later referred to Peshawar.

No group immediately claimed responsibility. Bajaur, which borders Afghanistan's Kunar province, has seen attacks by both the Pakistani Taliban and the regional affiliate of the Islamic State group.""")

R("Frontier Ledger", "2026-10-13 08:30", ["D049"],
  "Khar blast toll rises to five; traders observe strike",
  """KHAR: The death toll from Monday's bomb blast in Khar bazaar rose to five after an injured man died at Lady Reading Hospital in Peshawar late on Monday night, officials said.

Two children aged around ten, who had been helping their father at a fruit stall, were among the dead. Of the 11 injured, four were referred to Peshawar. The blast also damaged around a dozen shops and stalls.

A senior police official said that the explosive device, weighing about two kilograms, had been packed with nails and hidden under a sheet of plastic in a handcart. He said investigators were examining the possible involvement of the local affiliate of the Islamic State group, which has carried out several attacks in Bajaur in the past, though the banned TTP could not be ruled out. No group had claimed responsibility until Tuesday morning.

Traders observed a complete shutter-down strike in Khar on Tuesday. Elders criticised the district administration for failing to control the movement of handcarts and vendors in the bazaar despite previous attacks.""")

# ---------------------------------------------------------------- D050 Lakki kidnapping
R("KP Police Media Cell", "2026-10-13 11:00", ["D050"],
  "Abduction of company employees in Lakki Marwat: search operation under way",
  """Lakki Marwat: Yesterday evening, unknown armed persons intercepted a vehicle of a private company engaged in oil and gas exploration work near Pezu within the limits of Police Station Pezu and abducted three employees of the company including two engineers and the driver. The abductors also set the vehicle on fire.

On receiving information, DPO Lakki Marwat along with police contingents reached the spot and the area was cordoned off. A joint search operation with the security forces has been launched in the adjoining mountainous areas. The company had not informed the police about the movement of its staff as required under the SOPs.

A case has been registered against unknown accused. DPO Lakki said that all possible efforts are being made for the safe recovery of the abductees.""")

R("Indus Daily Monitor", "2026-10-13 21:10", ["D050"],
  "Militants abduct two engineers, driver in Lakki Marwat",
  """PESHAWAR: Two engineers and a driver working for a contractor of an oil and gas exploration company were abducted by suspected militants near Pezu in Lakki Marwat district on Monday evening, police said.

The three were travelling back from a survey site when armed men stopped their vehicle, forced them out and set the vehicle on fire, police said. A senior police official said the kidnapping bore the hallmarks of the local faction of the banned TTP, which has abducted government employees and workers of private companies in the area to demand ransom or the release of prisoners.

No demand had been made by Tuesday evening. The company said it had suspended field work in the area. Police criticised the firm for failing to inform them about the movement of its staff. Last month, four labourers were abducted from a road construction site in neighbouring Tank district; two of them are still in captivity.""", bg=["D025"])
