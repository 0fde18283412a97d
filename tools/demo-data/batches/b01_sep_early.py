# Batch 01: 1-9 September 2026 (incidents D001-D011)

I("D001", "2026-09-01", "KP", "North Waziristan", "Khajori check post, Mir Ali tehsil", "armed_assault",
  "Pre-dawn attack with small arms and rockets on a security forces check post at Khajori near Mir Ali; three soldiers killed, five attackers killed, sanitisation operation afterwards.",
  killed=3, injured=2, militants_killed=5, perp="Fitna al-Khawarij (attributed by military)")
I("D002", "2026-09-02", "BL", "Kech", "Tump", "targeted_killing",
  "Three labourers from Punjab installing a mobile phone tower shot dead at their camp near Tump at night; BLF later claimed.",
  killed=3, perp="BLF", claimed=True)
I("D003", "2026-09-02", "BL", "Quetta", "Sariab Road", "ied",
  "Roadside IED detonated next to a police mobile on Sariab Road in the morning; two policemen killed, five injured including two passers-by.",
  killed=2, injured=5, perp="unknown")
I("D004", "2026-09-03", "KP", "Bannu", "Domel police station", "drone_strike",
  "Quadcopter dropped explosives on Domel police station after midnight, followed by firing from nearby fields; one constable killed, two injured.",
  killed=1, injured=2, perp="Fitna al-Khawarij (attributed by police)")
I("D005", "2026-09-03", "KP", "Bajaur", "Mamund tehsil", "ied",
  "Remote-controlled IED struck the vehicle of a peace committee member in Mamund tehsil; the elder and his driver killed, three passers-by injured.",
  killed=2, injured=3, perp="unknown")
I("D006", "2026-09-04", "SD", "Karachi (West)", "Orangi Town", "targeted_killing",
  "Off-duty police constable shot dead by two men on a motorcycle in Orangi Town while returning home in the evening.",
  killed=1, perp="unknown")
I("D007", "2026-09-05", "KP", "Dera Ismail Khan", "Kulachi police station", "armed_assault",
  "Militants attacked Kulachi police station around 1 a.m. with heavy weapons; two policemen killed, three injured; attackers withdrew after a long exchange of fire.",
  killed=2, injured=3, perp="Fitna al-Khawarij (attributed by police)")
I("D008", "2026-09-05", "KP", "Dera Ismail Khan", "Circular Road, D.I. Khan city", "targeted_killing",
  "Government schoolteacher shot dead by gunmen on a motorcycle near Circular Road in the afternoon; motive unclear.",
  killed=1, perp="unknown")
I("D009", "2026-09-06", "BL", "Dera Bugti", "Pir Koh", "infrastructure",
  "Explosives blew up a section of a gas pipeline in the Pir Koh area before dawn; supply to purification plant suspended, no casualties.",
  perp="unknown")
I("D010", "2026-09-07", "KP", "Kurram", "Bagan, Lower Kurram", "armed_assault",
  "Gunmen fired on a passenger van near Bagan in Lower Kurram; five passengers killed (one died in hospital next day) and six injured.",
  killed=5, injured=6, perp="unknown")
I("D011", "2026-09-09", "BL", "Quetta", "Quetta railway station", "suicide",
  "Suicide bomber blew himself up in the crowd outside the booking hall of Quetta railway station in the morning; toll rose from 24 to 29 (including nine security personnel travelling on leave), about 62 injured; BLA claimed.",
  killed=29, injured=62, militants_killed=1, perp="BLA", claimed=True)

# ---------------------------------------------------------------- D001
R("Waziristan Awaz Citizen Page", "2026-09-01 06:10", ["D001"],
  "Heavy firing near Khajori check post since 3am, casualties feared",
  """Heavy firing and blasts were heard near Khajori check post on the Mir Ali road from around 3 o'clock tonight. Local people say the check post was attacked from two sides and the firing continued for more than two hours.

Sources in Mir Ali told our page that four soldiers have been martyred and several attackers have been killed but there is no official confirmation yet. Mobile signals in Mir Ali and surrounding villages are off since the morning and the road from Mir Ali to Miranshah is closed for all traffic.

People are requested not to travel on the main road today and to stay inside their homes. We will update when more information comes. Allah protect our area and our people.""")

R("Armed Forces Media Directorate", "2026-09-01 17:30", ["D001"],
  "Security forces repulse khawarij attack on post in North Waziristan",
  """In the early hours of 1 September 2026, khawarij belonging to Indian-sponsored Fitna al-Khawarij attempted to attack a security forces post in the general area of Mir Ali, North Waziristan District.

Own troops effectively engaged the khawarij and thwarted their nefarious design. During the intense exchange of fire, five khawarij were neutralised while two were injured. However, during the fierce exchange of fire, three brave sons of the soil, having fought gallantly, embraced shahadat.

A sanitisation operation is being carried out to eliminate any other khawarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country, and such sacrifices of our brave soldiers further strengthen our resolve.""")

R("Crescent Wire Service", "2026-09-01 18:05", ["D001"],
  "Three soldiers martyred, five militants killed in Mir Ali attack: military",
  """MIRANSHAH, Sept 1 (CWS): Three soldiers were martyred and five militants were killed when militants attacked a security post in Mir Ali tehsil of North Waziristan in the early hours of Tuesday, the military's media wing said.

According to the Armed Forces Media Directorate, the attackers belonged to the proscribed Tehreek-e-Taliban Pakistan, which the state refers to as Fitna al-Khawarij. Two militants were also injured in the exchange of fire, the statement said, adding that a sanitisation operation was under way in the area.

Residents said the attack targeted the Khajori check post on the Bannu-Miranshah road and that mobile phone service remained suspended through the day. No group had claimed responsibility by the time of filing.""")

R("Frontier Ledger", "2026-09-02 08:30", ["D001"],
  "Curfew-like situation in Mir Ali after check post attack",
  """MIR ALI: A curfew-like situation prevailed in Mir Ali and adjoining villages on Tuesday after militants attacked the Khajori check post in the small hours, leaving three soldiers martyred.

Local elders told this correspondent that security forces had cordoned off at least five villages along the Tochi river and were conducting house-to-house searches. Traffic on the Bannu-Miranshah road remained suspended until late afternoon, stranding dozens of trucks and passenger vehicles at the Khajori and Esha check posts.

The military's media wing had said on Tuesday that five attackers were killed in the exchange of fire. A local citizen page had earlier put the number of martyred soldiers at four, but officials said the correct figure was three and that two other soldiers had received minor injuries and were shifted to the combined military hospital in Bannu.

Funeral prayers of the martyred soldiers were offered at the Miranshah garrison on Tuesday evening, after which the bodies were sent to their native towns. Shopkeepers in Mir Ali bazaar said most shops stayed closed and that mobile internet was still off on Wednesday morning.""")

# ---------------------------------------------------------------- D003 (Quetta IED) and D002 (Kech)
R("Sapphire News 24", "2026-09-02 09:05", ["D003"],
  "Blast on Quetta's Sariab Road, casualties feared",
  """An explosion has been reported on Sariab Road in Quetta this morning. Initial reports say the blast took place near a police vehicle on patrol duty close to the Sariab Mill stop.

Rescue sources told Sapphire News 24 that at least two people have been killed and several others injured. Ambulances have shifted the injured to the Civil Hospital Quetta where an emergency has been declared. Police and FC personnel have cordoned off the area.

The nature of the blast could not be immediately ascertained. Bomb disposal squad has been called to the site. More details to follow as this story develops.""")

R("Crescent Wire Service", "2026-09-02 11:20", ["D003"],
  "Two policemen martyred in Quetta roadside bombing",
  """QUETTA, Sept 2 (CWS): Two policemen were martyred and five other people, including two passers-by, were injured on Wednesday when a roadside bomb went off next to a police mobile on Sariab Road, police said.

A senior police official said the improvised explosive device, weighing around three to four kilograms, had been planted on a motorcycle parked along the roadside and was detonated by remote control as the patrol vehicle passed around 8:40am. The vehicle was badly damaged.

The injured were taken to the Civil Hospital, where the condition of one policeman was stated to be critical. No group immediately claimed responsibility. Police said a case had been registered with the Counter Terrorism Department.""")

R("CTD Balochistan Operations Desk", "2026-09-02 14:45", ["D003"],
  "Initial note: RCIED strike on police mobile, Sariab Road, Quetta",
  """At approx 0840 hrs on 02-09-2026, an RCIED planted on a parked motorcycle was detonated against a Quetta Police patrol mobile (Sariab Division) near Sariab Mill stop, Sariab Road. Two police personnel (one ASI, one constable) embraced shahadat at the spot. Three police personnel and two civilian passers-by sustained injuries and were shifted to Civil Hospital Quetta.

BDS assessment: approx 3-4 kg locally made explosive with ball bearings, remote detonation via modified wireless device. Motorcycle chassis number recovered and sent for tracing; the motorcycle is believed to have been snatched in Quetta city last month.

No claim observed so far. Modus operandi is consistent with previous attacks on police mobiles in Sariab and Kili Qambrani area. Case registered at CTD police station Quetta under sections of the Anti-Terrorism Act. Investigation team constituted; safe city footage of Sariab Road being obtained.""")

R("Quetta Evening Post", "2026-09-02 17:40", ["D003", "D002"],
  "Two cops martyred in Sariab blast; three labourers shot dead in Tump",
  """QUETTA: Two policemen embraced martyrdom and five other people were injured when a remote-controlled bomb planted on a motorcycle exploded near a police mobile on Sariab Road on Wednesday morning.

According to police, the patrolling vehicle of Sariab police station was on its routine round when the device went off near the Sariab Mill stop. Those injured included three policemen and two passers-by, one of them a student on his way to college. The deceased policemen were later given a guard of honour at Police Lines, where funeral prayers were offered in the presence of the Capital City Police Officer and other senior officers.

In a separate incident in Kech district, three labourers were shot dead by unidentified armed men near Tump late last night. Levies officials said the labourers, who hailed from different districts of south Punjab, were working on the installation of a mobile phone tower and were staying in a makeshift camp at the site when the attackers arrived on motorcycles and opened fire.

The bodies were shifted to the Teaching Hospital Turbat for medico-legal formalities. The deputy commissioner Kech said a search operation had been launched in the area. No one had claimed responsibility for either incident until the filing of this report.""")

R("CTD Balochistan Operations Desk", "2026-09-03 10:15", ["D002"],
  "Press note: killing of three labourers at Tump, District Kech",
  """During the night between 01/02 September 2026, unknown armed miscreants on motorcycles attacked a camp of labourers engaged in installation of a telecom tower near Tump, District Kech. Three labourers, all residents of Punjab province, lost their lives on the spot. The watchman of the site remained unhurt as he had gone to a nearby village.

On the morning of 03 September, a proscribed organisation BLF claimed responsibility for the heinous act through its social media handle, alleging that the labourers were working for security forces. The claim is baseless; the deceased were daily wage workers of a private contractor.

CTD along with Levies and FC has initiated investigation and a combing operation is under way in the surrounding area. Bodies have been dispatched to native towns via Karachi. Contractors working on projects in Kech are once again advised to coordinate movement and stay of workers with district administration.""", marking="GREEN")

R("Balochistan Home Department Statement Desk", "2026-09-03 13:00", [],
  "Home Minister condemns killing of labourers and attack on police",
  """The Provincial Minister for Home and Tribal Affairs has strongly condemned the killing of innocent labourers in Kech district and the cowardly attack on a police mobile in Quetta, and has sought reports from the Inspector General of Police and the Commissioner Makran Division.

In a statement issued here, the spokesperson of the Home Department said that the enemies of peace and development want to create fear among those who come to Balochistan to earn a livelihood, but the government would not allow the agents of Fitna al-Hindustan to succeed in their designs. Those who attack poor labourers cannot be called anything but terrorists, the Minister said.

The Minister directed that the families of the deceased labourers be given compensation as per government policy and that security arrangements for workers on development projects be reviewed in consultation with the district administrations. He also paid tribute to the police martyrs and said the nation stands by their families.""", bg=["D002", "D003"])

R("Indus Daily Monitor", "2026-09-03 21:30", ["D002"],
  "BLF claims killing of Punjabi labourers in Kech",
  """QUETTA: The banned Balochistan Liberation Front (BLF) on Thursday claimed responsibility for the killing of three labourers in Kech district, a day after the workers were shot dead at a mobile phone tower site near the town of Tump.

In a statement circulated on social media, the group alleged that the men were working for a project linked to security forces. Officials rejected the claim, saying the victims were ordinary labourers employed by a private contractor. A Levies official in Tump said the workers had arrived in the area about three weeks ago.

The killings drew condemnation from the provincial government and from political parties in Punjab, where the victims' families live. Relatives told local media in south Punjab that the men had gone to Balochistan because they could not find work at home.

Attacks on workers from other provinces have been a recurring feature of the insurgency in Kech, Gwadar and Panjgur districts, where separatist groups have repeatedly targeted labourers, truck drivers and travellers. The provincial home department said on Thursday that security arrangements for workers on development projects would be reviewed.""")

# ---------------------------------------------------------------- D004 Bannu, D005 Bajaur
R("KP Police Media Cell", "2026-09-03 11:40", ["D004"],
  "Constable embraces shahadat as quadcopter attack on Domel police station repulsed",
  """Bannu: During the night between 2nd and 3rd September at about 0145 hours, khawarij attacked Police Station Domel, District Bannu, by dropping explosive material through a quadcopter, followed by firing from the fields on the western side of the police station.

The police jawans on duty responded with full force and in a befitting manner, due to which the miscreants fled from the scene taking advantage of the darkness. As a result of the attack, Constable of Bannu Police embraced shahadat while two other police jawans received injuries who were shifted to DHQ Hospital Bannu, where their condition is stated to be out of danger.

Regional Police Officer Bannu along with District Police Officer reached the spot and reviewed the situation. The area was cordoned off and a search operation was launched. The Inspector General of Police Khyber Pakhtunkhwa paid rich tribute to the martyred constable and said that the morale of KP Police is high and such cowardly acts cannot shake our resolve.

Funeral prayer of the shaheed was offered at Police Lines Bannu with full official honour.""")

R("Crescent Wire Service", "2026-09-03 15:10", ["D005"],
  "Tribal elder among two killed in Bajaur bomb blast",
  """KHAR, Sept 3 (CWS): A member of a local peace committee and his driver were killed and three passers-by injured on Thursday when a remote-controlled bomb hit their vehicle in Bajaur's Mamund tehsil, officials said.

District police said the explosive device had been planted along a link road and was detonated as the double-cabin pickup passed by shortly after noon. The vehicle was destroyed in the blast. The injured were taken to the District Headquarters Hospital in Khar.

The elder, who belonged to a prominent local family, had been active in the area's peace committee, officials said. No group claimed responsibility. Members of peace committees have been repeatedly targeted in Bajaur and neighbouring districts.""")

R("Frontier Ledger", "2026-09-04 08:15", ["D004", "D005"],
  "Cop martyred in Bannu drone attack; peace committee member killed in Bajaur",
  """BANNU/KHAR: A policeman was martyred and two others were injured when militants attacked the Domel police station with a quadcopter in the early hours of Thursday, while a member of a peace committee and his driver were killed in a bomb blast in Bajaur later in the day.

Police officials said the attackers first dropped explosives on the police station with a quadcopter and then opened fire from nearby fields. This was the third quadcopter attack on a police installation in Bannu district in as many weeks, a senior officer said, adding that police had asked for anti-drone equipment for stations in Domel, Miryan and Baka Khel.

In Bajaur, the blast took place in the Mamund tehsil near the Pak-Afghan border. Local people said the slain elder had survived an attempt on his life two years ago. Traders in Mamund bazaar observed a shutter-down strike on Thursday evening to protest against what they called the deteriorating law and order situation.

Political parties in both districts condemned the attacks and demanded that the government take practical steps for the protection of police and local elders.""")

# ---------------------------------------------------------------- D006 Karachi
R("Metro Karachi Times", "2026-09-05 09:20", ["D006"],
  "Off-duty constable gunned down in Orangi Town",
  """KARACHI: An off-duty police constable was shot dead by two unidentified men riding a motorcycle in Orangi Town on Friday evening, police said.

According to the SHO of the Pakistan Bazaar police station, the constable, who was posted at a police station in District Keamari, was on his way home on his own motorcycle when the suspects intercepted him near a market in Sector 11-1/2 and fired at him from close range. He suffered three bullet wounds and died before he could be shifted to Abbasi Shaheed Hospital.

Police collected six 9mm empties from the scene. The officer said the killing appeared to be targeted and all aspects, including personal enmity and terrorism, were being investigated. CCTV footage from nearby shops was being examined.

The constable was the second policeman shot dead in the western district within a month. His funeral prayers were offered at the Garden Police Headquarters on Saturday morning.""")

R("Indus Daily Monitor", "2026-09-05 22:10", ["D006"],
  "Policeman shot dead in Karachi; CTD joins probe",
  """KARACHI: A policeman returning home from duty was shot dead in Orangi Town on Friday evening, in what police described as a targeted attack.

The constable was intercepted by two men on a motorcycle near a market and shot several times. He died on the way to hospital. The Counter Terrorism Department has joined the investigation, a police spokesperson said on Saturday, as the killing resembled a series of attacks on police personnel in western parts of the city in the past two years which investigators had linked to a cell of the proscribed Tehreek-e-Taliban Pakistan.

Officials stressed, however, that no evidence had yet been found linking Friday's killing to any militant organisation. "Personal enmity has not been ruled out," a senior officer said.

The Sindh Inspector General of Police took notice of the killing and directed the West zone police chief to submit a report.""")

# ---------------------------------------------------------------- D007, D008 D.I. Khan
R("KP Police Media Cell", "2026-09-05 10:30", ["D007"],
  "Two police jawans martyred as terrorists' attack on PS Kulachi foiled",
  """Dera Ismail Khan: In the intervening night of 4th and 5th September, at about 0100 hours, terrorists of Fitna al-Khawarij attacked Police Station Kulachi from different directions with heavy and sophisticated weapons.

The police jawans present at the police station, showing extraordinary bravery, retaliated in a timely manner and the exchange of fire continued for about two hours. Due to the effective response of the police, the terrorists could not achieve their nefarious designs and fled away. During the exchange of fire, a head constable and a constable embraced shahadat while three police jawans got injured, who were shifted to DHQ Hospital Dera Ismail Khan.

Heavy contingents of police, Elite Force and CTD reached the spot and the area was cordoned off. A search operation is under way. The District Police Officer said that blood stains found in the fields indicate that some terrorists were injured during the exchange of fire.""")

R("Crescent Wire Service", "2026-09-05 12:45", ["D007"],
  "Two policemen killed in militant attack on D.I. Khan police station",
  """DERA ISMAIL KHAN, Sept 5 (CWS): Two policemen were killed and three others wounded when militants attacked a police station in Kulachi tehsil of Dera Ismail Khan district early on Saturday, police said.

The attackers, armed with heavy weapons, struck the Kulachi police station at around 1am and exchanged fire with police for about two hours before retreating, a police spokesperson said. He said that blood trails suggested some of the attackers had been wounded.

Police said the attack was carried out by the Pakistani Taliban. There was no immediate claim of responsibility. Kulachi, which borders South Waziristan, has seen a number of attacks on police installations this year.""")

R("Sapphire News 24", "2026-09-05 16:05", ["D008", "D007"],
  "Teacher shot dead in Dera Ismail Khan",
  """A government school teacher has been shot dead by unidentified motorcyclists on Circular Road in Dera Ismail Khan this afternoon, police said.

According to police, the teacher was returning home from school on a motorcycle when two armed men riding another motorcycle opened fire on him near a petrol pump. He died on the spot while the attackers managed to escape. The body has been shifted to DHQ hospital.

Police have started investigation. Earlier today militants had attacked Kulachi police station in the same district in which two policemen were martyred. Sapphire News 24 will update this story.""")

R("Frontier Ledger", "2026-09-06 08:40", ["D007", "D008"],
  "Two cops martyred in Kulachi attack, teacher killed in D.I. Khan city",
  """D.I. KHAN: Two policemen were martyred and three were injured when militants attacked the Kulachi police station in the early hours of Saturday, while a schoolteacher was shot dead in the city in the afternoon, adding to the sense of insecurity in the southern district.

Police said a large group of militants had taken part in the attack on Kulachi police station, firing from the rooftops of under-construction houses and from fields along the Kulachi-Dera road. Reinforcements from the Elite Force reached the area after about an hour. One of the injured policemen had a bullet wound in the chest and was later referred to Peshawar.

In the second incident, a teacher of a government high school was killed on Circular Road when he was returning home from duty. A police official at Cantonment police station said the victim had no known enmity and investigators were examining whether he had received threats. Teachers' associations announced a boycott of classes in the district on Monday to protest the killing.

The two incidents come at a time when D.I. Khan and adjoining Tank district are witnessing a rise in attacks on police and targeted killings. The district administration has imposed Section 144, banning pillion riding on motorcycles, for 15 days.""")

R("KP Police Media Cell", "2026-09-06 09:50", ["D008"],
  "DIK police form special team to trace killers of teacher",
  """Dera Ismail Khan: On the directions of District Police Officer DIK, a special investigation team has been constituted under the supervision of SP Investigation to trace the killers of a government school teacher who was shot dead near Circular Road within the limits of Police Station Cantt yesterday afternoon.

According to the initial report, the deceased was on his way home when two unknown accused riding a motorcycle opened fire on him and escaped. A case has been registered against unknown accused on the report of the brother of the deceased. CCTV footage of the route has been obtained and geo-fencing of the area is being done.

DPO DIK assured the heirs of the deceased that the culprits will be arrested soon and brought to justice. Citizens are requested to share any information with police on the helpline; the identity of the informer will be kept secret.""")

# ---------------------------------------------------------------- D009 Dera Bugti pipeline
R("Quetta Evening Post", "2026-09-06 15:30", ["D009"],
  "Gas pipeline blown up in Dera Bugti",
  """DERA BUGTI: Unidentified miscreants blew up a gas pipeline in the Pir Koh area of Dera Bugti district in the early hours of Sunday, suspending the supply of gas to a purification plant, officials said.

Levies sources said the miscreants had planted explosives under the 12-inch pipeline, which caught fire after the blast. Flames could be seen from a long distance. Gas company officials said the supply to the affected section had been shut off and repair work would start once the area was cleared by security forces.

No loss of life was reported. The assistant commissioner said that FC and Levies had reached the spot and launched a search operation in the surrounding hills. No group has claimed responsibility so far. The gas infrastructure in Dera Bugti and adjoining Sui has been targeted several times in the past.""")

R("Crescent Wire Service", "2026-09-06 18:20", ["D009"],
  "Gas supply suspended after pipeline blast in Balochistan",
  """SUI, Sept 6 (CWS): Gas supply from a field in Dera Bugti district was partly suspended on Sunday after unidentified men blew up a pipeline in the Pir Koh area, officials said.

A spokesperson for the gas company said the damaged section of the pipeline fed a purification plant and that repair teams were on standby. He said production had been diverted through an alternative line but some shortfall was expected for two to three days.

Local officials said no one was hurt in the pre-dawn explosion. Separatist insurgents have frequently targeted gas installations in the district.""")

R("CTD Balochistan Operations Desk", "2026-09-07 09:30", ["D009"],
  "Pipeline sabotage, Pir Koh, Dera Bugti: follow-up",
  """Reference sabotage of gas pipeline in area Pir Koh, Dera Bugti at approx 0430 hrs on 06-09-2026. Joint team of CTD, Levies and FC visited the site on 06-09-2026 afternoon. Two craters approx 1.5 m apart observed beneath pipeline; remnants of detonating cord and a timer device recovered and sent to the forensic lab.

Footprints of 3-4 individuals traced towards the Loti hills before being lost on rocky ground. Local sources indicate involvement of a splinter group previously active in pipeline sabotage in the area; no claim received so far.

Repair work commenced on 07-09-2026 under FC cover. Recommended: increased night patrolling of pipeline route between Pir Koh and the purification plant, and activation of local informer network.""")

# ---------------------------------------------------------------- D010 Kurram
R("Frontier Ledger", "2026-09-07 16:50", ["D010"],
  "Four killed as gunmen fire on passenger van in Lower Kurram",
  """PARACHINAR: Four people were killed and six others injured on Monday when unidentified gunmen opened fire on a passenger van near Bagan in Lower Kurram, officials said.

According to local administration officials, the van was travelling from Parachinar towards Thall when it came under fire from the hills overlooking the road. The driver lost control and the vehicle overturned into a ditch. The injured were shifted to the Tehsil Headquarters Hospital in Alizai and later some of them were referred to Kohat.

The deputy commissioner Kurram said that traffic on the main road had been suspended and a search operation was under way. Elders of the area appealed for calm. The Thall-Parachinar road has been reopened for traffic only recently after remaining closed for months because of tensions in the district.""")

R("Crescent Wire Service", "2026-09-07 19:30", ["D010"],
  "Gunmen kill four passengers in northwest Pakistan",
  """PESHAWAR, Sept 7 (CWS): Gunmen opened fire on a passenger van in the Kurram district of Khyber Pakhtunkhwa on Monday, killing four people and wounding six, officials said.

The van came under fire near the village of Bagan on the main road linking Parachinar with Thall, a local official said. No group claimed responsibility. The provincial government ordered an inquiry and said additional police would be deployed along the road.

Kurram, which borders Afghanistan, has a long history of sectarian and tribal violence, and the main road has been closed for long periods in the past.""")

R("KP Police Media Cell", "2026-09-08 10:00", ["D010"],
  "Kurram police register case over firing on passenger vehicle",
  """Kurram: On 07.09.2026 unknown accused opened fire on a passenger vehicle near Bagan within the jurisdiction of Police Station Bagan, District Kurram, due to which three passengers died on the spot and seven got injured. All the injured were shifted to THQ Hospital for treatment.

On receiving information, DPO Kurram along with heavy contingent of police reached the spot. The area was cordoned off and search operation was launched in the adjoining heights. The case has been registered under relevant sections of law and ATA against unknown accused. Additional police pickets have been established on the main road and the movement of vehicles will be in convoys under police escort till further orders.

The general public is requested to cooperate with police and not pay heed to rumours on social media.""")

R("Indus Daily Monitor", "2026-09-08 21:45", ["D010"],
  "Kurram van attack toll rises to five; road reopened under escort",
  """PESHAWAR: The death toll from Monday's attack on a passenger van in Lower Kurram rose to five on Tuesday after one of the injured passengers died at a hospital in Kohat, officials said.

Police had initially put the number of dead at three in their press note, but local officials and hospital sources said four people had died at the scene or on the way to hospital. The fifth victim, a young man from Parachinar, had suffered bullet wounds in the abdomen. Five other injured remain under treatment.

The main Thall-Parachinar road was reopened on Tuesday afternoon for convoys escorted by police, the deputy commissioner said. Jirga members from both sides of the district met at the deputy commissioner's office and agreed to help the administration identify the attackers. No group has claimed responsibility for the attack.

Kurram was the scene of prolonged clashes in past years, and a peace agreement brokered by a grand jirga includes the removal of private bunkers along the road. Residents said that many of these bunkers had yet to be demolished.""")

# ---------------------------------------------------------------- JTAC threat alert before D011
R("Joint Threat Assessment Cell", "2026-09-04 19:00", [],
  "Threat alert: possible attack on crowded places and transport hubs, Quetta",
  """Credible intelligence indicates that elements of a proscribed Baloch separatist organisation are planning an attack on crowded places in Quetta in the coming two weeks. Likely targets include transport hubs (railway station, intercity bus terminals on Sariab and Airport Road), markets and gatherings of security personnel travelling on leave.

The modus operandi may include a suicide bomber, including a female bomber, or an explosive-laden vehicle. Reporting suggests a facilitator network in the Sariab and Kili Ismail areas may provide shelter and transport.

All concerned are requested to enhance security at the above locations, ensure physical checking of passengers and luggage at entry points, restrict parking near sensitive installations and brief personnel travelling on leave to avoid gathering in large groups in uniform. Any suspicious activity be reported to the cell immediately.""", marking="AMBER", hint="TA")

# ---------------------------------------------------------------- D011 Quetta railway station
R("Sapphire News 24", "2026-09-09 09:15", ["D011"],
  "BREAKING: Explosion at Quetta railway station",
  """A powerful explosion has been reported at the Quetta railway station this morning. The blast took place near the booking office at a time when a large number of passengers were present at the station to board a train leaving for Peshawar.

Initial reports suggest several people have been killed and dozens injured. Ambulances and rescue vehicles have reached the spot and the injured are being shifted to the Civil Hospital and the Combined Military Hospital. An emergency has been declared in all hospitals of Quetta.

Eyewitnesses told Sapphire News 24 that the sound of the blast was heard several kilometres away and that smoke was rising from the station building. Police and FC have sealed the area. The nature of the blast is not yet known. Stay with Sapphire News 24 for updates.""")

R("Crescent Wire Service", "2026-09-09 10:40", ["D011"],
  "At least 11 killed in blast at Quetta railway station",
  """QUETTA, Sept 9 (CWS): At least 11 people were killed and more than 40 injured when an explosion tore through a crowd outside the booking hall of Quetta railway station on Wednesday morning, officials said.

A senior police official said initial evidence suggested a suicide bombing. "The bomber was on foot and mixed with the passengers who were waiting to buy tickets," he said. Several of the dead were security personnel in plain clothes who were travelling home on leave, a railway official said.

The blast occurred shortly before 9am, when a Peshawar-bound train was due to depart. Television footage showed a damaged roof, shattered windows and blood-stained luggage on the platform. Officials said the death toll could rise as several of the injured were in critical condition.""")

R("Joint Threat Assessment Cell", "2026-09-09 13:30", ["D011"],
  "Daily situation summary 09 Sep: suicide attack Quetta railway station",
  """1. Quetta. At approx 0852 hrs a male suicide bomber (est. 8-10 kg explosive with ball bearings) detonated among passengers outside the booking hall, Quetta railway station. Casualties as of 1300 hrs: 21 killed including 8 security personnel on leave, 55 injured (CMH and Civil Hospital). Claim: BLA, via affiliated channel at approx 1040 hrs. Reference threat alert issued 04 Sep.

2. Assessment: attack consistent with stated intent to target security personnel in transit. Follow-on attack on hospitals or funerals cannot be ruled out. Facilitation likely from within Quetta; CTD leads investigation.

3. Actions recommended: suspension of train services from Quetta for 24-48 hrs, enhanced security at CMH and Civil Hospital, restriction on gatherings at Police Lines and FC HQ funerals, review of security of intercity bus terminals.

4. No other significant incident reported in Balochistan as of 1300 hrs.""", marking="AMBER")

R("Balochistan Home Department Statement Desk", "2026-09-09 15:45", ["D011"],
  "Government spokesperson's statement on Quetta railway station attack",
  """The Balochistan government spokesperson has said that 24 people were martyred and 58 injured in the suicide attack at Quetta railway station this morning. Among the martyred are nine personnel of security forces and police who were travelling to their homes on leave, while the rest are civilians including railway employees, a porter and two children.

The spokesperson said that a state of emergency has been declared in the hospitals of Quetta and the people have responded to the appeal for blood donations in large numbers. The provincial government has announced compensation for the families of the martyred and free treatment for the injured. Train operations from Quetta have been suspended till further orders.

The Chief Minister has chaired an emergency meeting and directed that those involved in the attack, who are agents of Fitna al-Hindustan, be brought to justice at the earliest. The government has announced three days of mourning across the province. The spokesperson said that the attackers targeted innocent passengers because they cannot face the security forces.""")

R("Quetta Evening Post", "2026-09-09 17:15", ["D011"],
  "24 martyred, 58 injured in suicide attack at Quetta railway station",
  """QUETTA: At least 24 people, including nine security personnel, were martyred and 58 others injured when a suicide bomber blew himself up among passengers at Quetta railway station on Wednesday morning.

According to police, the bomber entered the station premises from the side gate near the parking area and detonated his explosives outside the booking hall at around 8:50am, when passengers were queuing up for tickets of the Peshawar-bound train. Many of the passengers were soldiers and FC personnel going home on leave. The impact of the blast was so strong that the roof of the booking hall partially collapsed.

Heart-rending scenes were witnessed at the Civil Hospital where relatives gathered in search of their loved ones. Doctors said more than a dozen of the injured were in critical condition. The provincial government declared three days of mourning and suspended train operations from Quetta.

The banned Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement sent to the media. The attack came a week after a policeman and another police official were martyred in a bomb blast on Sariab Road.

Traders' associations announced a shutter-down strike in Quetta on Thursday to mourn the victims.""", bg=["D003"])

R("Indus Daily Monitor", "2026-09-10 08:00", ["D011"],
  "Quetta station bombing toll rises to 27 as BLA claims attack",
  """QUETTA: The death toll from Wednesday's suicide bombing at Quetta railway station rose to 27 on Thursday after three of the injured died overnight, officials said, making it the deadliest attack in the provincial capital this year.

Among the dead were nine soldiers and police personnel travelling on leave, a railway booking clerk, a porter and at least two children. Around 60 people were wounded, and doctors at the Combined Military Hospital said several remained in a critical condition.

The banned Baloch Liberation Army claimed the bombing in a statement, saying it had targeted security personnel. Officials rejected the claim that only security forces were hit, pointing out that most of the dead were civilians. Officials had received warnings of a possible attack on transport hubs in the city, two officials told the Monitor on condition of anonymity, and checking at the station's entrances had been tightened in recent days, though not at the side gate used by the bomber.

Train services from Quetta remained suspended on Thursday, and a shutter-down strike was observed in the city. The Counter Terrorism Department has formed a joint investigation team. Separatist violence has risen sharply in Balochistan, with militants targeting security forces, infrastructure and workers from other provinces. Earlier this month, three labourers from Punjab were shot dead in Kech district in an attack claimed by the BLF.""", bg=["D002"])

R("CTD Balochistan Operations Desk", "2026-09-11 20:10", ["D011"],
  "Quetta railway station SBIED: investigation update and arrest of facilitator",
  """Reference suicide attack at Quetta railway station on 09-09-2026. Head of the suicide bomber recovered and biometric match obtained through NADRA; bomber identified as a resident of a district in Makran division, reported missing by family in 2024. DNA samples of the family collected for confirmation.

Acting on human and technical intelligence, CTD Quetta conducted a raid in the Sariab area on the night of 10/11 September and arrested one suspected facilitator who allegedly provided shelter and transported the bomber to the vicinity of the station on a rickshaw. One pistol, two mobile phones and a quantity of ball bearings recovered from the house.

Preliminary interrogation indicates that the attack was planned by a handler based across the border and that a second bomber may be present in Quetta. Relevant units are requested to maintain high alert at hospitals, Police Lines and FC installations. Details not to be shared with media till further orders.""", marking="AMBER+STRICT")

R("Crescent Wire Service", "2026-09-12 12:30", ["D011"],
  "Quetta station attack death toll climbs to 29",
  """QUETTA, Sept 12 (CWS): The death toll from Wednesday's suicide bombing at Quetta railway station has risen to 29 after two more injured passengers died at the Combined Military Hospital, a provincial government spokesperson said on Saturday.

Both victims had suffered severe head injuries, a hospital official said. Around 30 of the 62 people injured in the attack are still under treatment. The spokesperson said the Counter Terrorism Department had arrested a suspected facilitator of the bomber, without giving details.

Train operations from Quetta resumed on Friday with enhanced security after a two-day suspension. The banned Baloch Liberation Army claimed responsibility for the attack.""")
